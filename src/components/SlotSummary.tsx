import { formatFullDate } from '../i18n/formatters/formatFullDate';
import { formatSlotTimeRange } from '../i18n/formatters/formatSlotTimeRange';
import { formatTimeZoneName } from '../i18n/formatters/formatTimeZoneName';
import type { Messages } from '../i18n/Messages';
import { toDateKey } from '../scheduling/toDateKey';
import type { HourCycle } from '../model/HourCycle';
import type { SlotSelection } from '../model/SlotSelection';

/** Props of {@link SlotSummary}. */
export interface SlotSummaryProps {
  /** The chosen slot and the zone it is shown in. */
  slot: SlotSelection;
  /** BCP 47 locale for dates and times. */
  locale: string;
  /** 12- or 24-hour clock. */
  hourCycle: HourCycle;
  /** UI strings. */
  messages: Messages;
  /** Back to the calendar; what was typed is kept by the root. */
  onBack: () => void;
  /** While booking: going back then would hide the outcome of a request already sent. */
  backDisabled?: boolean;
}

/** The chosen time above the form — date, time range, zone, length — with a way back. */
export function SlotSummary({ slot, locale, hourCycle, messages, onBack, backDisabled }: SlotSummaryProps) {
  const { timezone } = slot;
  return (
    <div className="ms-slot-summary" role="group" aria-label={messages.slotSummaryLabel}>
      <div className="ms-slot-summary__text">
        <p className="ms-slot-summary__date">{formatFullDate(toDateKey(slot.start, timezone), locale)}</p>
        <p className="ms-slot-summary__time">
          {formatSlotTimeRange(slot.start, slot.end, { timezone, locale, hourCycle })}
          <span className="ms-slot-summary__duration"> · <bdi>{messages.durationLabel(slot.duration)}</bdi></span>
        </p>
        <p className="ms-slot-summary__zone">{formatTimeZoneName(timezone, locale, slot.start)}</p>
      </div>
      <button
        type="button"
        className="ms-booking-button ms-booking-button--secondary ms-slot-summary__change"
        // aria-disabled keeps a focused button focused while the request is out (see BookingForm).
        onClick={() => {
          if (!backDisabled) onBack();
        }}
        aria-disabled={backDisabled || undefined}
        // The visible word stays short; the name says what changes and starts with the visible
        // word, so voice control users can still say "click Change" (WCAG 2.5.3).
        aria-label={messages.changeSlotLabel}
      >
        {messages.changeSlot}
      </button>
    </div>
  );
}
