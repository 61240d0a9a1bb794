import { Button, Group, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The search box: its text goes to the search page (or updates it) on submit. */
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
  const [query, setQuery] = useState(initialQuery);
  useEffect(() => setQuery(initialQuery), [initialQuery]);

  return (
    <form
      role="search"
      aria-label={t('search.form.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(query.trim());
      }}
    >
      <Group gap="xs" wrap="nowrap" align="stretch">
        <TextInput
          id={id}
          type="search"
          aria-label={t('search.form.label')}
          placeholder={t('search.form.placeholder')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
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
