import { Button, Group, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The search box: its text goes to the search page (or updates it) on submit.
 *
 * It works before the app has taken a server-rendered page over: a plain form that asks for
 * `/tim-kiem?q=…`, with an uncontrolled input, so that what someone typed before the app's scripts
 * arrived is neither wiped when they do nor lost on submit.
 */
export function SearchForm({
  initialQuery = '',
  onSearch,
  size = 'md',
  id = 'search-query',
  onDark = false,
}: {
  initialQuery?: string;
  onSearch: (query: string) => void;
  size?: 'md' | 'lg';
  id?: string;
  /** On a dark background (the home page's banner): a white button. */
  onDark?: boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  // The box follows the query when the page's query changes (back, a link), not at mount.
  const shown = useRef(initialQuery);
  useEffect(() => {
    if (shown.current === initialQuery || !input.current) return;
    shown.current = initialQuery;
    input.current.value = initialQuery;
  }, [initialQuery]);

  return (
    <form
      role="search"
      aria-label={t('search.form.label')}
      action="/tim-kiem"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        const query = String(new FormData(event.currentTarget).get('q') ?? '').trim();
        shown.current = query;
        onSearch(query);
      }}
    >
      <Group gap="xs" wrap="nowrap" align="stretch">
        <TextInput
          ref={input}
          id={id}
          name="q"
          type="search"
          aria-label={t('search.form.label')}
          placeholder={t('search.form.placeholder')}
          defaultValue={initialQuery}
          leftSection={<IconSearch size={size === 'lg' ? 22 : 18} aria-hidden />}
          size={size}
          style={{ flex: 1 }}
          maxLength={500}
        />
        <Button type="submit" size={size} variant={onDark ? 'white' : 'filled'}>
          {t('search.form.submit')}
        </Button>
      </Group>
    </form>
  );
}
