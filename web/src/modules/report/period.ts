/** Report periods as the API names them: a year `2026`, a quarter `2026-Q4`, a month `2026-11`. */
export type PeriodKind = 'month' | 'quarter' | 'year';

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** Month 1–12 or quarter 1–4; ignored for a year. */
  index: number;
}

/** Now in the department's time zone (Asia/Ho_Chi_Minh). */
function nowInVietnam(): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number);
  return { year, month };
}

export function currentPeriod(kind: PeriodKind = 'quarter'): PeriodChoice {
  const { year, month } = nowInVietnam();
  return { kind, year, index: kind === 'month' ? month : kind === 'quarter' ? Math.ceil(month / 3) : 0 };
}

export function periodCode(p: PeriodChoice): string {
  if (p.kind === 'year') return String(p.year);
  if (p.kind === 'quarter') return `${p.year}-Q${p.index}`;
  return `${p.year}-${String(p.index).padStart(2, '0')}`;
}

export function parsePeriod(code: string | null): PeriodChoice | null {
  if (!code) return null;
  let m = /^(\d{4})$/.exec(code);
  if (m) return { kind: 'year', year: Number(m[1]), index: 0 };
  m = /^(\d{4})-Q([1-4])$/i.exec(code);
  if (m) return { kind: 'quarter', year: Number(m[1]), index: Number(m[2]) };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (m) return { kind: 'month', year: Number(m[1]), index: Number(m[2]) };
  return null;
}

/** Years offered by the picker: from 2024 to this year, newest first. */
export function yearChoices(): number[] {
  const { year } = nowInVietnam();
  const years: number[] = [];
  for (let y = year; y >= Math.min(2024, year); y -= 1) years.push(y);
  return years;
}
