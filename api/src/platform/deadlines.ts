import type { Config } from './config';
import { WorkingCalendar, loadDefaultHolidays, parseHolidayList } from './calendar';

const cache = new WeakMap<Config, WorkingCalendar>();

/** The department's working calendar: weekends, the holiday list and `EXTRA_HOLIDAYS`. */
export function workingCalendar(config: Config): WorkingCalendar {
  let cal = cache.get(config);
  if (!cal) {
    const days = [...loadDefaultHolidays().map((h) => h.date), ...parseHolidayList(config.EXTRA_HOLIDAYS)];
    cal = new WorkingCalendar(days);
    cache.set(config, cal);
  }
  return cal;
}

/** Working days allowed per stage, from `CASE_STAGE_DAYS`. */
export function stageDays(config: Config, stage: string): number | null {
  for (const pair of config.CASE_STAGE_DAYS.split(',')) {
    const [name, days] = pair.trim().split('=');
    if (name === stage) return Number(days);
  }
  return null;
}
