import { useQuery } from '@apollo/client';
import { useEffect } from 'react';
import { graphql } from '../generated';

const SiteQuery = graphql(`
  query Site_site {
    site {
      departmentName
      exchangeName
      logoUrl
      devMailboxEnabled
      province {
        code
        name
      }
    }
  }
`);

/** Public facts about this exchange (department, logo, province), in the current language. */
export function useSite() {
  const { data, loading, error } = useQuery(SiteQuery);
  return { site: data?.site ?? null, loading, error };
}

/** Sets the document title: "<page> · <exchange name>". */
export function usePageTitle(title: string | null | undefined) {
  const { site } = useSite();
  useEffect(() => {
    const parts = [title, site?.exchangeName].filter(Boolean);
    if (parts.length > 0) document.title = parts.join(' · ');
  }, [title, site?.exchangeName]);
}
