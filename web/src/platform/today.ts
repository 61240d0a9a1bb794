/** Vietnam's offset from UTC: +07:00 all year (no daylight saving time since 1975). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today as `YYYY-MM-DD` in the exchange's time zone (Asia/Ho_Chi_Minh), e.g. to compare with a request's
 * deadline. Plain arithmetic: an `Intl.DateTimeFormat` with a time zone loads the browser's time-zone
 * data the first time, about 100 ms on a slow phone while the page is being taken over.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
