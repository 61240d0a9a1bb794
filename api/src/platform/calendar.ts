import data from './data/holidays.json' with { type: 'json' };

/**
 * Working-day arithmetic for brokering deadlines.
 *
 * A working day is a local calendar day (in the calendar's time zone, Asia/Ho_Chi_Minh by default:
 * UTC+7, no DST) that is neither a Saturday, a Sunday nor a configured public holiday. Nothing here
 * depends on the process time zone: every calendar day is derived with `Intl` in the calendar's zone
 * and handled internally as a whole number of days since 1970-01-01.
 *
 * The default holidays (`data/holidays.json`, data, not code) are Vietnam's public holidays for
 * 2025–2027. Lunar-calendar holidays (Tết Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch) are entered as
 * solar dates per year. The Tết day-off ranges are the ones announced by the government (2025:
 * 25/1–2/2, 2026: 14/2–22/2) or expected from the Labour Code (2027: 4/2–10/2); Quốc khánh is 2/9
 * plus one adjacent day; a holiday falling on a weekend is followed by the compensatory day off
 * (nghỉ bù) the Labour Code grants (27/4/2026, 3/5/2027). The government confirms the exact days
 * each year: administrators correct the file, and extra days can be added through an environment
 * variable read with {@link parseHolidayList}.
 */

/** A public holiday: `date` is a local calendar day, `YYYY-MM-DD`. */
export type Holiday = { date: string; nameVi: string; nameEn: string };

/** The default Vietnamese public holidays (2025–2027), sorted by date. */
export function loadDefaultHolidays(): Holiday[] {
  return data
    .map((h) => ({ date: h.date, nameVi: h.name_vi, nameEn: h.name_en }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date, or null if it is not a real date. */
function parseIsoDay(value: string): number | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

function invalidHoliday(entry: string): Error {
  return new Error(`Invalid holiday date "${entry}": expected a calendar date as YYYY-MM-DD`);
}

/**
 * Parses an extra-holiday list from an environment variable: comma-separated `YYYY-MM-DD` dates,
 * spaces around entries and empty entries ignored. Throws an Error naming the first bad entry.
 */
export function parseHolidayList(env: string | undefined): string[] {
  if (env === undefined) return [];
  const out: string[] = [];
  for (const raw of env.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    if (parseIsoDay(entry) === null) throw invalidHoliday(entry);
    out.push(entry);
  }
  return out;
}

export type DeadlineStatus = 'ON_TIME' | 'DUE_SOON' | 'LATE';

export interface DeadlineClock {
  status: DeadlineStatus;
  /** Working days left until the deadline; negative (minus the working days late) when late. */
  workingDaysLeft: number;
}

export class WorkingCalendar {
  readonly timeZone: string;
  private readonly holidays: Set<number>;
  private readonly parts: Intl.DateTimeFormat;

  constructor(holidays: Iterable<string /* YYYY-MM-DD */>, timeZone = 'Asia/Ho_Chi_Minh') {
    this.timeZone = timeZone;
    // Throws RangeError on an unknown time zone.
    this.parts = new Intl.DateTimeFormat('en-US', {
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
    this.holidays = new Set();
    for (const date of holidays) {
      const day = parseIsoDay(date);
      if (day === null) throw invalidHoliday(date);
      this.holidays.add(day);
    }
  }

  /** Whether the local calendar day of `date` (in the calendar's time zone) is a working day. */
  isWorkingDay(date: Date): boolean {
    return this.isWorkingDayNumber(this.localDay(date));
  }

  /**
   * The deadline `days` working days after `start`: the end (23:59:59.999 local time) of the
   * `days`-th working day after `start`'s local day, which itself never counts. A case received on
   * a Friday with 2 working days is due at the end of Tuesday; one received on a weekend or holiday
   * starts counting from the next working day. With `days` = 0 the deadline is the end of the start
   * day if it is a working day, else the end of the next working day.
   */
  addWorkingDays(start: Date, days: number): Date {
    if (!Number.isSafeInteger(days) || days < 0) {
      throw new RangeError(`Working days must be a non-negative integer, got ${days}`);
    }
    let day = this.localDay(start);
    if (days === 0) {
      while (!this.isWorkingDayNumber(day)) day++;
    } else {
      for (let counted = 0; counted < days;) {
        day++;
        if (this.isWorkingDayNumber(day)) counted++;
      }
    }
    return this.endOfDay(day);
  }

  /**
   * The number of working days strictly after `from`'s local day up to and including `to`'s local
   * day; 0 when `to`'s local day is not after `from`'s.
   */
  workingDaysBetween(from: Date, to: Date): number {
    const first = this.localDay(from);
    const last = this.localDay(to);
    let count = 0;
    for (let day = first + 1; day <= last; day++) {
      if (this.isWorkingDayNumber(day)) count++;
    }
    return count;
  }

  /**
   * Where a case stands against its deadline, at `closedAt` for a closed case, else at `now`.
   *
   * - LATE when that instant is after `dueAt`; `workingDaysLeft` is minus the working days late,
   *   at least -1 (a case past its deadline on a weekend or holiday has lost the next working day).
   * - DUE_SOON when an open case is not late and has at most 1 working day left (0 = due today).
   * - ON_TIME otherwise; a case closed before its deadline is ON_TIME, never DUE_SOON.
   */
  clock(dueAt: Date, now: Date, closedAt?: Date | null): DeadlineClock {
    const at = closedAt ?? now;
    assertValid(dueAt);
    assertValid(at);
    if (at.getTime() > dueAt.getTime()) {
      return { status: 'LATE', workingDaysLeft: -Math.max(1, this.workingDaysBetween(dueAt, at)) };
    }
    const workingDaysLeft = this.workingDaysBetween(at, dueAt);
    const status = closedAt == null && workingDaysLeft <= 1 ? 'DUE_SOON' : 'ON_TIME';
    return { status, workingDaysLeft };
  }

  /** The local calendar day of `date` (in the calendar's time zone) as `YYYY-MM-DD`. */
  isoDay(date: Date): string {
    // Asked on every page view: the answer is kept for the minute it was computed in.
    const minute = Math.floor(date.getTime() / 60_000);
    if (minute !== this.lastIsoDay.minute) {
      this.lastIsoDay = { minute, day: new Date(this.localDay(date) * DAY_MS).toISOString().slice(0, 10) };
    }
    return this.lastIsoDay.day;
  }

  private lastIsoDay = { minute: Number.NaN, day: '' };

  private isWorkingDayNumber(day: number): boolean {
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(day);
  }

  /** The local wall-clock time of `instant`, read as if it were UTC (milliseconds dropped). */
  private wallClock(instant: number): number {
    const p: Record<string, string> = {};
    for (const { type, value } of this.parts.formatToParts(instant)) p[type] = value;
    return Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
    );
  }

  /** Days since 1970-01-01 of the local calendar day of `date`. */
  private localDay(date: Date): number {
    assertValid(date);
    return Math.floor(this.wallClock(date.getTime()) / DAY_MS);
  }

  /** The last millisecond of local day `day`, as a UTC instant. */
  private endOfDay(day: number): Date {
    const nextMidnight = (day + 1) * DAY_MS; // local midnight, as wall-clock time
    // Offset = wall clock − UTC; refine once for zones whose offset changes around that midnight.
    let instant = nextMidnight - (this.wallClock(nextMidnight) - nextMidnight);
    instant = nextMidnight - (this.wallClock(instant) - instant);
    return new Date(instant - 1);
  }
}

function assertValid(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError('Invalid date');
  }
}
