import { Anchor, Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterName } from '../hooks/useSearchState';

export interface FacetGroup {
  name: FilterName;
  values: { value: string; label: string; count: number }[];
}

const SHOWN = 8;

/** One facet as a group of checkboxes with counts; long lists show the first few until asked. */
function FacetFieldset({
  group,
  selected,
  onToggle,
}: {
  group: FacetGroup;
  selected: string[];
  onToggle: (value: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const values = expanded ? group.values : group.values.slice(0, SHOWN);
  const hidden = group.values.length - values.length;
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <Text component="legend" fw={700} size="sm" mb={6} p={0}>
        {t(`search.facets.${group.name}`)}
      </Text>
      <Stack gap={6}>
        {values.map((value) => (
          <Checkbox
            key={value.value}
            size="sm"
            checked={selected.includes(value.value)}
            onChange={(event) => onToggle(value.value, event.currentTarget.checked)}
            label={
              <>
                {value.label}{' '}
                <Text component="span" size="xs" c="gray.7">
                  ({value.count})
                </Text>
              </>
            }
          />
        ))}
        {(hidden > 0 || expanded) && group.values.length > SHOWN && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={600}
            onClick={() => setExpanded((e) => !e)}
            style={{ alignSelf: 'flex-start' }}
          >
            {expanded ? t('search.facets.showLess') : t('search.facets.showMore', { count: hidden })}
          </Anchor>
        )}
      </Stack>
    </fieldset>
  );
}

/** Every facet of the results, in a fixed order; selected values stay visible even at zero. */
export function FacetFilters({
  groups,
  selected,
  onToggle,
}: {
  groups: FacetGroup[];
  selected: Record<FilterName, string[]>;
  onToggle: (name: FilterName, value: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const shown = groups.filter((group) => group.values.length > 0);
  if (shown.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t('search.facets.none')}
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      {shown.map((group) => (
        <FacetFieldset
          key={group.name}
          group={group}
          selected={selected[group.name]}
          onToggle={(value, on) => onToggle(group.name, value, on)}
        />
      ))}
    </Stack>
  );
}
