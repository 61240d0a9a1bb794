import type { ReactNode } from 'react';
import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its title, and the same numbers as a table under "Xem dạng bảng" for screen readers and
 * for anyone who wants the exact figures. The drawing itself is hidden from assistive technology.
 */
export function ChartFigure({
  title,
  description,
  chart,
  columns,
  rows,
}: {
  title: string;
  description?: string;
  chart: ReactNode;
  columns: string[];
  rows: (string | number)[][];
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="figure" m={0}>
      <Stack gap="sm">
        <div>
          <Title order={3} fz={17} component="figcaption">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="gray.7">
              {description}
            </Text>
          )}
        </div>
        {rows.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('report.charts.noData')}
          </Text>
        ) : (
          <Box aria-hidden>{chart}</Box>
        )}
        {rows.length > 0 && (
          <details>
            <summary style={{ cursor: 'pointer', fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' }}>
              {t('report.charts.asTable')}
            </summary>
            <Table.ScrollContainer minWidth={320} mt="xs">
              <Table striped withTableBorder fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column, i) => (
                      <Table.Th key={column} ta={i === 0 ? undefined : 'right'}>
                        {column}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={String(row[0])}>
                      {row.map((cell, i) =>
                        i === 0 ? (
                          <Table.Th key={i} scope="row" fw={500}>
                            {cell}
                          </Table.Th>
                        ) : (
                          <Table.Td key={i} ta="right">
                            {cell}
                          </Table.Td>
                        ),
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </details>
        )}
      </Stack>
    </Paper>
  );
}
