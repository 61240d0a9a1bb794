import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar, loadDefaultHolidays, parseHolidayList } from './calendar';

/**
 * Pure unit tests, no server. Every expected deadline below was worked out by hand from
 * `data/holidays.json`; they must hold whatever the process time zone (run with TZ=UTC and
 * TZ=America/New_York).
 */

const holidays = loadDefaultHolidays();
const cal = new WorkingCalendar(holidays.map((h) => h.date));

/** An instant given as Hà Nội wall-clock time (UTC+7). */
const hn = (local: string) => new Date(`${local}+07:00`);
/** The deadline instant for the end of a Hà Nội calendar day. */
const endOf = (day: string) => hn(`${day}T23:59:59.999`);

describe('default holidays', () => {
  it('are real, unique, sorted calendar dates with names in both languages', () => {
    const dates = holidays.map((h) => h.date);
    expect(parseHolidayList(dates.join(','))).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const h of holidays) {
      expect(h.nameVi.length).toBeGreaterThan(0);
      expect(h.nameEn.length).toBeGreaterThan(0);
    }
    for (const year of ['2025', '2026', '2027']) {
      expect(dates).toContain(`${year}-01-01`);
      expect(dates).toContain(`${year}-04-30`);
      expect(dates).toContain(`${year}-05-01`);
      expect(dates).toContain(`${year}-09-02`);
    }
  });

  it('hold the Tết ranges, Giỗ Tổ and Quốc khánh days', () => {
    const dates = new Set(holidays.map((h) => h.date));
    const range = (from: string, to: string) => {
      const out: string[] = [];
      for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`);) {
        out.push(d.toISOString().slice(0, 10));
        d = new Date(d.getTime() + 86_400_000);
      }
      return out;
    };
    for (const d of [
      ...range('2025-01-25', '2025-02-02'),
      ...range('2026-02-14', '2026-02-22'),
      ...range('2027-02-04', '2027-02-10'),
    ]) {
      expect(dates.has(d), d).toBe(true);
    }
    expect(dates.has('2025-01-24')).toBe(false);
    expect(dates.has('2026-02-23')).toBe(false);
    for (const d of ['2025-04-07', '2026-04-26', '2027-04-16']) expect(dates.has(d), d).toBe(true);
    for (const d of ['2025-09-01', '2026-09-01', '2027-09-03']) expect(dates.has(d), d).toBe(true);
    const tet = holidays.find((h) => h.date === '2026-02-17');
    expect(tet).toEqual({ date: '2026-02-17', nameVi: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' });
    expect(holidays.find((h) => h.date === '2026-04-26')?.nameVi).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  });
});

describe('isWorkingDay', () => {
  it('excludes weekends and holidays', () => {
    expect(cal.isWorkingDay(hn('2026-03-06T12:00:00'))).toBe(true); // Friday
    expect(cal.isWorkingDay(hn('2026-03-07T12:00:00'))).toBe(false); // Saturday
    expect(cal.isWorkingDay(hn('2026-03-08T12:00:00'))).toBe(false); // Sunday
    expect(cal.isWorkingDay(hn('2026-02-17T12:00:00'))).toBe(false); // Tết, a Tuesday
    expect(cal.isWorkingDay(hn('2026-09-02T12:00:00'))).toBe(false); // Quốc khánh, a Wednesday
    expect(cal.isWorkingDay(hn('2026-09-03T12:00:00'))).toBe(true);
  });

  it('reads the calendar day in Hà Nội, not in the process time zone', () => {
    // 17:30 UTC on Friday 6 March is already 00:30 on Saturday 7 March in Hà Nội.
    expect(cal.isWorkingDay(new Date('2026-03-06T17:30:00Z'))).toBe(false);
    expect(cal.isWorkingDay(new Date('2026-03-06T16:59:59.999Z'))).toBe(true);
    // 23:00 UTC on Sunday 8 March is 06:00 on Monday 9 March in Hà Nội (still Sunday in New York).
    expect(cal.isWorkingDay(new Date('2026-03-08T23:00:00Z'))).toBe(true);
  });
});

describe('isoDay', () => {
  it('names the calendar day in Hà Nội, which is ahead of UTC from 17:00 UTC', () => {
    expect(cal.isoDay(new Date('2026-12-05T16:59:59.999Z'))).toBe('2026-12-05');
    expect(cal.isoDay(new Date('2026-12-05T17:00:00Z'))).toBe('2026-12-06');
    expect(cal.isoDay(new Date('2026-12-31T18:15:00Z'))).toBe('2027-01-01');
  });
});

describe('addWorkingDays', () => {
  it('counts from the day after receipt and ends at 23:59:59.999 Hà Nội time', () => {
    // Friday afternoon + 2 working days → end of Tuesday.
    const due = cal.addWorkingDays(hn('2026-03-13T15:00:00'), 2);
    expect(due.toISOString()).toBe('2026-03-17T16:59:59.999Z');
    expect(due).toEqual(endOf('2026-03-17'));
    // Monday + 5 → the next Monday.
    expect(cal.addWorkingDays(hn('2026-03-09T08:00:00'), 5)).toEqual(endOf('2026-03-16'));
  });

  it('skips Tết 2026 (14–22 February)', () => {
    // Thu 12 Feb: Fri 13 (1), 14–22 off, Mon 23 (2), Tue 24 (3), Wed 25 (4), Thu 26 (5).
    expect(cal.addWorkingDays(hn('2026-02-12T10:00:00'), 5).toISOString()).toBe('2026-02-26T16:59:59.999Z');
    expect(cal.addWorkingDays(hn('2026-02-13T16:00:00'), 1)).toEqual(endOf('2026-02-23'));
    // Tết 2025 (25 January – 2 February): Fri 24 Jan + 1 → Mon 3 Feb.
    expect(cal.addWorkingDays(hn('2025-01-24T09:00:00'), 1)).toEqual(endOf('2025-02-03'));
  });

  it('skips 30/4–1/5 and Giỗ Tổ with its compensatory day', () => {
    // Tue 29 Apr 2025: Wed 30 and Thu 1 off, Fri 2 May (1), Mon 5 May (2).
    expect(cal.addWorkingDays(hn('2025-04-29T11:00:00'), 2)).toEqual(endOf('2025-05-05'));
    // Wed 29 Apr 2026: Thu 30 and Fri 1 off, weekend, Mon 4 May (1).
    expect(cal.addWorkingDays(hn('2026-04-29T11:00:00'), 1)).toEqual(endOf('2026-05-04'));
    // Fri 24 Apr 2026: weekend (Sun 26 = Giỗ Tổ), Mon 27 nghỉ bù, Tue 28 (1), Wed 29 (2), Mon 4 May (3).
    expect(cal.addWorkingDays(hn('2026-04-24T11:00:00'), 3)).toEqual(endOf('2026-05-04'));
  });

  it('starts counting from the next working day when received on a weekend or holiday', () => {
    // Sunday 8 March 2026 + 1 → Monday 9 March; + 2 → Tuesday 10 March.
    expect(cal.addWorkingDays(hn('2026-03-08T10:00:00'), 1)).toEqual(endOf('2026-03-09'));
    expect(cal.addWorkingDays(hn('2026-03-08T10:00:00'), 2)).toEqual(endOf('2026-03-10'));
    // Quốc khánh, Wednesday 2 September 2026 + 1 → Thursday 3 September.
    expect(cal.addWorkingDays(hn('2026-09-02T10:00:00'), 1)).toEqual(endOf('2026-09-03'));
    // Mid-Tết (Tue 17 Feb 2026) + 2 → Tue 24 Feb.
    expect(cal.addWorkingDays(hn('2026-02-17T10:00:00'), 2)).toEqual(endOf('2026-02-24'));
  });

  it('with 0 days ends the start day if it is a working day, else the next working day', () => {
    expect(cal.addWorkingDays(hn('2026-03-10T09:00:00'), 0).toISOString()).toBe('2026-03-10T16:59:59.999Z');
    expect(cal.addWorkingDays(hn('2026-03-08T09:00:00'), 0)).toEqual(endOf('2026-03-09'));
    expect(cal.addWorkingDays(hn('2026-02-17T09:00:00'), 0)).toEqual(endOf('2026-02-23'));
    expect(cal.addWorkingDays(hn('2026-09-01T09:00:00'), 0)).toEqual(endOf('2026-09-03'));
  });

  it('uses the Hà Nội day at the time-zone edge', () => {
    // 2026-03-06T17:30:00Z is Saturday 7 March in Hà Nội; 16:30Z is still Friday.
    expect(cal.addWorkingDays(new Date('2026-03-06T17:30:00Z'), 0).toISOString()).toBe(
      '2026-03-09T16:59:59.999Z',
    );
    expect(cal.addWorkingDays(new Date('2026-03-06T16:30:00Z'), 0).toISOString()).toBe(
      '2026-03-06T16:59:59.999Z',
    );
    expect(cal.addWorkingDays(new Date('2026-03-06T17:30:00Z'), 1).toISOString()).toBe(
      '2026-03-09T16:59:59.999Z',
    );
  });

  it('rejects negative, fractional or non-finite days and invalid dates', () => {
    const start = hn('2026-03-10T09:00:00');
    expect(() => cal.addWorkingDays(start, -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(start, 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(start, Number.NaN)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(new Date('nope'), 1)).toThrow(RangeError);
  });

  it('is the inverse of workingDaysBetween and always lands on the end of a working day', () => {
    const from = Date.parse('2025-01-01T00:00:00Z');
    const to = Date.parse('2027-10-31T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: 60 }), (ms, n) => {
        const start = new Date(ms);
        const due = cal.addWorkingDays(start, n);
        expect(cal.isWorkingDay(due)).toBe(true);
        // 23:59:59.999 in UTC+7: one millisecond later is a Hà Nội midnight.
        expect((due.getTime() + 1 + 7 * 3_600_000) % 86_400_000).toBe(0);
        expect(due.getTime()).toBeGreaterThan(start.getTime());
        const expected = n > 0 ? n : cal.isWorkingDay(start) ? 0 : 1;
        expect(cal.workingDaysBetween(start, due)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first day up to and including the last', () => {
    expect(cal.workingDaysBetween(hn('2026-03-09T08:00:00'), hn('2026-03-16T08:00:00'))).toBe(5);
    expect(cal.workingDaysBetween(hn('2026-03-13T17:00:00'), hn('2026-03-16T09:00:00'))).toBe(1);
    expect(cal.workingDaysBetween(hn('2026-03-13T17:00:00'), hn('2026-03-15T09:00:00'))).toBe(0);
  });

  it('skips a holiday week', () => {
    // Fri 13 Feb → Fri 27 Feb 2026: 23, 24, 25, 26, 27 (14–22 is Tết).
    expect(cal.workingDaysBetween(hn('2026-02-13T09:00:00'), hn('2026-02-27T09:00:00'))).toBe(5);
    // Thu 12 Feb → Mon 23 Feb 2026: 13 and 23.
    expect(cal.workingDaysBetween(hn('2026-02-12T09:00:00'), hn('2026-02-23T09:00:00'))).toBe(2);
    // Fri 24 Jan → Mon 3 Feb 2025 (25 Jan – 2 Feb is Tết).
    expect(cal.workingDaysBetween(hn('2025-01-24T09:00:00'), hn('2025-02-03T09:00:00'))).toBe(1);
    // Tue 28 Apr → Tue 5 May 2026: 29 Apr, 4 and 5 May (30/4 and 1/5 off).
    expect(cal.workingDaysBetween(hn('2026-04-28T09:00:00'), hn('2026-05-05T09:00:00'))).toBe(3);
  });

  it('is 0 when the end is not after the start day', () => {
    expect(cal.workingDaysBetween(hn('2026-03-10T08:00:00'), hn('2026-03-10T20:00:00'))).toBe(0);
    expect(cal.workingDaysBetween(hn('2026-03-10T08:00:00'), hn('2026-03-02T08:00:00'))).toBe(0);
  });

  it('uses Hà Nội days at the time-zone edge', () => {
    // Fri 23:30 Hà Nội → Mon 00:30 Hà Nội: Monday only.
    expect(cal.workingDaysBetween(new Date('2026-03-06T16:30:00Z'), new Date('2026-03-08T17:30:00Z'))).toBe(
      1,
    );
    // Sat 00:30 Hà Nội → Sun 23:30 Hà Nội: none.
    expect(cal.workingDaysBetween(new Date('2026-03-06T17:30:00Z'), new Date('2026-03-08T16:30:00Z'))).toBe(
      0,
    );
  });
});

describe('clock', () => {
  // Received Thu 12 Feb 2026 with 5 working days: due end of Thu 26 Feb.
  const dueAt = cal.addWorkingDays(hn('2026-02-12T10:00:00'), 5);

  it('is ON_TIME with more than one working day left', () => {
    expect(cal.clock(dueAt, hn('2026-02-12T10:00:00'))).toEqual({ status: 'ON_TIME', workingDaysLeft: 5 });
    expect(cal.clock(dueAt, hn('2026-02-24T10:00:00'))).toEqual({ status: 'ON_TIME', workingDaysLeft: 2 });
  });

  it('is DUE_SOON with one or zero working days left', () => {
    expect(cal.clock(dueAt, hn('2026-02-25T09:00:00'))).toEqual({ status: 'DUE_SOON', workingDaysLeft: 1 });
    expect(cal.clock(dueAt, hn('2026-02-26T16:00:00'))).toEqual({ status: 'DUE_SOON', workingDaysLeft: 0 });
    expect(cal.clock(dueAt, endOf('2026-02-26'))).toEqual({ status: 'DUE_SOON', workingDaysLeft: 0 });
    // Sunday with the deadline on Monday: one working day left.
    expect(cal.clock(endOf('2026-03-16'), hn('2026-03-15T10:00:00'))).toEqual({
      status: 'DUE_SOON',
      workingDaysLeft: 1,
    });
  });

  it('is LATE past the deadline, with minus the working days late', () => {
    expect(cal.clock(dueAt, new Date(dueAt.getTime() + 1))).toEqual({ status: 'LATE', workingDaysLeft: -1 });
    expect(cal.clock(dueAt, hn('2026-02-27T08:00:00'))).toEqual({ status: 'LATE', workingDaysLeft: -1 });
    // Saturday after a Thursday deadline: Friday 27 lost.
    expect(cal.clock(dueAt, hn('2026-02-28T08:00:00'))).toEqual({ status: 'LATE', workingDaysLeft: -1 });
    // Tue 3 Mar: 27 Feb, 2 and 3 Mar.
    expect(cal.clock(dueAt, hn('2026-03-03T08:00:00'))).toEqual({ status: 'LATE', workingDaysLeft: -3 });
    // Late on a weekend right after a Friday deadline still counts as late.
    expect(cal.clock(endOf('2026-03-13'), hn('2026-03-14T08:00:00'))).toEqual({
      status: 'LATE',
      workingDaysLeft: -1,
    });
  });

  it('judges a closed case at its closing time', () => {
    const later = hn('2026-03-20T10:00:00');
    expect(cal.clock(dueAt, later, hn('2026-03-02T10:00:00'))).toEqual({
      status: 'LATE',
      workingDaysLeft: -2,
    });
    // Closed on time: ON_TIME (never DUE_SOON), with the working days that were left.
    expect(cal.clock(dueAt, later, hn('2026-02-25T10:00:00'))).toEqual({
      status: 'ON_TIME',
      workingDaysLeft: 1,
    });
    expect(cal.clock(dueAt, later, hn('2026-02-13T10:00:00'))).toEqual({
      status: 'ON_TIME',
      workingDaysLeft: 4,
    });
    // null means open.
    expect(cal.clock(dueAt, hn('2026-02-25T09:00:00'), null)).toEqual({
      status: 'DUE_SOON',
      workingDaysLeft: 1,
    });
    expect(cal.clock(dueAt, later, null).status).toBe('LATE');
  });
});

describe('parseHolidayList', () => {
  it('accepts a comma-separated list of YYYY-MM-DD, ignoring spaces and empty entries', () => {
    expect(parseHolidayList(undefined)).toEqual([]);
    expect(parseHolidayList('')).toEqual([]);
    expect(parseHolidayList(' 2026-11-24 , 2026-12-31,')).toEqual(['2026-11-24', '2026-12-31']);
    expect(parseHolidayList('2028-02-29')).toEqual(['2028-02-29']);
  });

  it('throws an Error naming the bad entry', () => {
    expect(() => parseHolidayList('2026-11-24,2026-13-01')).toThrow(/"2026-13-01"/);
    expect(() => parseHolidayList('2026-02-30')).toThrow(/"2026-02-30"/);
    expect(() => parseHolidayList('2027-02-29')).toThrow(/"2027-02-29"/);
    expect(() => parseHolidayList('24/11/2026')).toThrow(/"24\/11\/2026"/);
    expect(() => parseHolidayList('2026-1-5')).toThrow(/"2026-1-5"/);
    expect(() => parseHolidayList('2026-11-24;2026-12-31')).toThrow(/"2026-11-24;2026-12-31"/);
  });

  it('feeds a calendar with extra holidays', () => {
    const extra = new WorkingCalendar([...holidays.map((h) => h.date), ...parseHolidayList('2026-11-24')]);
    expect(cal.isWorkingDay(hn('2026-11-24T10:00:00'))).toBe(true);
    expect(extra.isWorkingDay(hn('2026-11-24T10:00:00'))).toBe(false);
    expect(extra.addWorkingDays(hn('2026-11-23T10:00:00'), 1)).toEqual(endOf('2026-11-25'));
  });
});

describe('WorkingCalendar', () => {
  it('rejects a bad holiday or an unknown time zone', () => {
    expect(() => new WorkingCalendar(['2026-02-31'])).toThrow(/"2026-02-31"/);
    expect(() => new WorkingCalendar([], 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('works in another time zone, across a DST change', () => {
    const ny = new WorkingCalendar([], 'America/New_York');
    // 2026-03-06T17:30:00Z is still Friday in New York.
    expect(ny.isWorkingDay(new Date('2026-03-06T17:30:00Z'))).toBe(true);
    // End of Fri 6 March (EST, UTC−5).
    expect(ny.addWorkingDays(new Date('2026-03-06T17:30:00Z'), 0).toISOString()).toBe(
      '2026-03-07T04:59:59.999Z',
    );
    // DST starts Sun 8 March: end of Tue 10 March is EDT (UTC−4).
    expect(ny.addWorkingDays(new Date('2026-03-06T17:30:00Z'), 2).toISOString()).toBe(
      '2026-03-11T03:59:59.999Z',
    );
  });
});
