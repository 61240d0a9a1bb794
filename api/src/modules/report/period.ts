import type { T } from '../../platform/i18n';

/**
 * Report periods and local-time helpers. A period is a year, quarter or month of the department's
 * calendar: it starts at local midnight in the department's time zone (Asia/Ho_Chi_Minh by default,
 * the working calendar's) and ends, exclusive, at the next period's start.
 */

export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';

/** A half-open time range [from, to); a missing bound is open (null = since the exchange opened). */
export interface Range {
  from: Date | null;
  to: Date | null;
}

export interface Period extends Range {
  /** Normalised: `2026`, `2026-Q4`, `2026-11`. */
  code: string;
  kind: PeriodKind;
  year: number;
  /** Quarter 1–4 or month 1–12; 0 for a year. */
  index: number;
  from: Date;
  to: Date;
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export function inRange(range: Range, at: Date | null | undefined): at is Date {
  if (!at) return false;
  const ms = at.getTime();
  return (!range.from || ms >= range.from.getTime()) && (!range.to || ms < range.to.getTime());
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of an instant in a time zone. */
function wallParts(instant: number, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = formatter(timeZone)));
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(instant)) p[type] = Number(value);
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** Offset of the zone from UTC at an instant, in milliseconds (seconds precision). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallParts(instant, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant of local midnight starting day `day` of month `month` (1–12, may overflow) of `year`. */
export function localMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day);
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** `YYYY-MM` of an instant in the time zone. */
export function localMonth(at: Date, timeZone: string): string {
  const w = wallParts(at.getTime(), timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}`;
}

/** ISO-8601 local time with the zone's offset, e.g. `2026-11-21T15:00:00+07:00`. */
export function localIso(at: Date, timeZone: string): string {
  const ms = at.getTime();
  const w = wallParts(ms, timeZone);
  const offset = Math.round(offsetAt(ms, timeZone) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}:${two(w.second)}` +
    `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
  );
}

/** The same wall-clock time read as UTC: what a spreadsheet cell (which has no time zone) should hold. */
export function asLocalWallClock(at: Date, timeZone: string): Date {
  return new Date(at.getTime() + offsetAt(at.getTime(), timeZone));
}

function build(kind: PeriodKind, year: number, index: number, timeZone: string): Period {
  const [firstMonth, months] =
    kind === 'YEAR' ? [1, 12] : kind === 'QUARTER' ? [(index - 1) * 3 + 1, 3] : [index, 1];
  const code =
    kind === 'YEAR'
      ? `${year}`
      : kind === 'QUARTER'
        ? `${year}-Q${index}`
        : `${year}-${String(index).padStart(2, '0')}`;
  return {
    code,
    kind,
    year,
    index,
    from: localMidnight(year, firstMonth, 1, timeZone),
    to: localMidnight(year, firstMonth + months, 1, timeZone),
  };
}

/** Parses `2026`, `2026-Q4` (or `2026-q4`) or `2026-11`; null when it is none of these. */
export function parsePeriod(raw: string, timeZone: string): Period | null {
  const value = raw.trim();
  let m: RegExpExecArray | null;
  let kind: PeriodKind;
  let index = 0;
  if ((m = YEAR.exec(value))) kind = 'YEAR';
  else if ((m = QUARTER.exec(value))) [kind, index] = ['QUARTER', Number(m[2])];
  else if ((m = MONTH.exec(value))) [kind, index] = ['MONTH', Number(m[2])];
  else return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return build(kind, year, index, timeZone);
}

/** The current year in the time zone. */
export function currentYear(now: Date, timeZone: string): Period {
  return build('YEAR', wallParts(now.getTime(), timeZone).year, 0, timeZone);
}

/** The `count` months ending with the current one, oldest first, as `YYYY-MM`. */
export function lastMonths(now: Date, timeZone: string, count: number): string[] {
  const w = wallParts(now.getTime(), timeZone);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(w.year, w.month - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/** The months of a period, oldest first, as `YYYY-MM`. */
export function monthsOf(period: Period): string[] {
  const first =
    period.kind === 'YEAR' ? 1 : period.kind === 'QUARTER' ? (period.index - 1) * 3 + 1 : period.index;
  const count = period.kind === 'YEAR' ? 12 : period.kind === 'QUARTER' ? 3 : 1;
  return Array.from({ length: count }, (_, i) => `${period.year}-${String(first + i).padStart(2, '0')}`);
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Quý IV/2026", "Q4 2026", … */
export function periodLabel(t: T, period: Period): string {
  if (period.kind === 'YEAR') return t('report.periods.YEAR', { year: period.year });
  if (period.kind === 'QUARTER') {
    return t('report.periods.QUARTER', {
      year: period.year,
      quarter: period.index,
      roman: ROMAN[period.index - 1],
    });
  }
  return t('report.periods.MONTH', {
    year: period.year,
    month: period.index,
    monthName: t(`report.months.${period.index}`),
  });
}
