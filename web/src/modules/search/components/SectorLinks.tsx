import { useQuery } from '@apollo/client';
import { Button, Group, Skeleton } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { searchUrl } from '../hooks/useSearchState';

/** Exported for pages that wait for it before showing anything (HomePage): nothing moves afterwards. */
export const SectorLinksQuery = graphql(`
  query SectorLinks_sectors {
    sectors {
      id
      code
      label
    }
  }
`);

/** The department's sectors, each a link to the search filtered by it. */
export function SectorLinks() {
  const { data, loading } = useQuery(SectorLinksQuery);
  if (loading && !data) {
    return (
      <Group gap="xs">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} h={36} w={140} radius="xl" />
        ))}
      </Group>
    );
  }
  return (
    <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {(data?.sectors ?? []).map((sector) => (
        <li key={sector.id}>
          <Button
            component={Link}
            to={searchUrl({ filters: { sector: [sector.code] } })}
            variant="default"
            radius="xl"
          >
            {sector.label}
          </Button>
        </li>
      ))}
    </Group>
  );
}
