import type { HourCycle } from '../../model/HourCycle';

/** How to print a time of day. */
export interface TimeFormatOptions {
  /** IANA zone the time is shown in. */
  timezone: string;
  /** BCP 47 locale; an unsupported one falls back to en-US. */
  locale: string;
  /**
   * 12- or 24-hour clock.
   * @defaultValue the locale's (see `defaultHourCycle`)
   */
  hourCycle?: HourCycle;
  /**
   * `'short'` adds the zone's short name or offset ('1:30 AM EDT'): for a wall time a DST
   * fall-back repeats, where the time alone names two instants.
   * @defaultValue none (the time alone)
   */
  timeZoneName?: 'short';
}
