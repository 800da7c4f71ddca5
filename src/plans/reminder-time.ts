/** Reminders arrive between these local hours. */
export const REMINDER_WINDOW = { from: 10, to: 20 } as const;

/** The local hour (0-23) and minute at an instant in a time zone. */
function localTime(at: Date, timeZone: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { hour: get('hour'), minute: get('minute') };
}

/**
 * The first instant at or after `earliest` that falls within the reminder window in the
 * follower's time zone (10:00-20:00 local), so nobody is nudged at night.
 */
export function nextReasonableTime(earliest: Date, timeZone: string): Date {
  let zone = timeZone;
  try {
    localTime(earliest, zone);
  } catch {
    zone = 'UTC';
  }
  const { hour, minute } = localTime(earliest, zone);
  if (hour >= REMINDER_WINDOW.from && hour < REMINDER_WINDOW.to) return earliest;
  // Hours until 10:00 local, counted on the local clock (DST shifts of an hour are tolerable here).
  const hoursAhead = hour < REMINDER_WINDOW.from ? REMINDER_WINDOW.from - hour : 24 - hour + REMINDER_WINDOW.from;
  return new Date(earliest.getTime() + hoursAhead * 3_600_000 - minute * 60_000);
}
