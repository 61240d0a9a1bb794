import { describe, expect, it } from 'vitest';
import { formatViDate } from './vi-date';

const dates = [
  new Date(2026, 10, 2, 9, 5),
  new Date(2026, 0, 1, 0, 0),
  new Date(2026, 11, 31, 23, 59),
  new Date(1999, 5, 15, 12, 30),
  new Date('2026-12-06T02:30:00Z'),
];

describe('formatViDate', () => {
  it('writes a day as Intl does in Vietnamese', () => {
    const intl = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
    for (const date of dates) expect(formatViDate(date)).toBe(intl.format(date));
  });

  it('writes a day and time as Intl does in Vietnamese', () => {
    const intl = new Intl.DateTimeFormat('vi-VN', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    for (const date of dates) expect(formatViDate(date, { withTime: true })).toBe(intl.format(date));
  });

  it('reads the calendar day in UTC when asked, as Intl does with timeZone UTC', () => {
    const intl = new Intl.DateTimeFormat('vi-VN', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (const date of dates) expect(formatViDate(date, { utc: true })).toBe(intl.format(date));
    expect(formatViDate(new Date(Date.UTC(2026, 1, 28)), { utc: true })).toBe('28/02/2026');
  });
});
