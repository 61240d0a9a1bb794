import type { ReactNode } from 'react';
import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

/** One headline figure: what it is, the number, and a line of context. */
export function StatTile({
  label,
  value,
  detail,
  icon: TileIcon,
  color = 'brand',
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  icon: Icon;
  color?: string;
}) {
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} c="gray.8">
          {label}
        </Text>
        <ThemeIcon variant="light" color={color} radius="md" size={34} aria-hidden visibleFrom="xs">
          <TileIcon size={20} />
        </ThemeIcon>
      </Group>
      <Text fz={{ base: 22, sm: 28 }} fw={800} lh={1.2} mt={4} c="gray.9">
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="gray.7" mt={4}>
          {detail}
        </Text>
      )}
    </Paper>
  );
}
