import type { BookingInfo } from '../api/types';
import type { BrowseMessages } from '../i18n/browseMessages';
import { Header } from './Header';
import { Icon } from './Icon';

/** Props of {@link SummaryPanel}. */
export interface SummaryPanelProps {
  /** The page's booking info: who, what, where. */
  info: BookingInfo;
  /** The meeting length to show (ms); left out while the visitor has not picked one of several. */
  duration?: number;
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'roundRobinMembers' | 'groupMembers' | 'locationLabel' | 'labelSeparator' | 'summaryLabel' | 'durationLabel'>;
}

/**
 * Who the visitor meets, about what, for how long and where: beside the calendar on wide
 * containers, above it on narrow ones, and kept through the form and the confirmation so the
 * context never disappears (the way Calendly's and Cal.com's booking pages keep it).
 */
export function SummaryPanel({ info, duration, messages }: SummaryPanelProps) {
  return (
    <div className="ms-summary" role="group" aria-label={messages.summaryLabel}>
      <Header info={info} messages={messages} />
      {duration !== undefined && duration > 0 && (
        <p className="ms-summary__fact" data-fact="duration">
          <Icon name="clock" />
          <bdi>{messages.durationLabel(duration)}</bdi>
        </p>
      )}
    </div>
  );
}
