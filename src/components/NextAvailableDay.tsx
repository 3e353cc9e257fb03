import { useAvailableDays } from '../hooks/useAvailableDays';
import type { BrowseMessages } from '../i18n/browseMessages';
import { addMonthsToKey } from '../scheduling/addMonthsToKey';

/** Props of {@link NextAvailableDay}. */
export interface NextAvailableDayProps {
  slug: string;
  timezone: string;
  duration: number;
  /** The empty month shown (`yyyy-MM`). */
  month: string;
  /** BCP 47 locale of the date. */
  locale: string;
  /** Jump to that day (`yyyy-MM-dd`) in its month. */
  onJump: (date: string) => void;
  messages: Pick<BrowseMessages, 'noTimesThisMonth' | 'nextAvailable'>;
}

/**
 * An empty month's way forward: "Next available: Tuesday, November 4" as a button that shows that
 * day. It looks one month ahead, which the calendar has already prefetched, so it usually costs no
 * request; further out the month arrows remain.
 */
export function NextAvailableDay({ slug, timezone, duration, month, locale, onJump, messages }: NextAvailableDayProps) {
  const next = useAvailableDays({ slug, timezone, duration, month: addMonthsToKey(month, 1) });
  const date = next.days[0]?.date;
  return (
    <div className="ms-slots__empty">
      <p>{messages.noTimesThisMonth}</p>
      {date !== undefined && (
        <button type="button" className="ms-next-available" onClick={() => onJump(date)}>
          {messages.nextAvailable(date, locale)}
        </button>
      )}
    </div>
  );
}
