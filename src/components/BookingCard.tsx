import type { ReactNode } from 'react';

/** Props of {@link BookingCard}. */
export interface BookingCardProps {
  /** The step shown: the card keeps one height across steps on wide containers. */
  step: 'loading' | 'browse' | 'book' | 'booked' | 'error';
  /** The summary panel (or its skeleton); none for a page that failed to load. */
  summary?: ReactNode;
  /** The step's view. */
  children: ReactNode;
}

/**
 * The booking card: the summary panel and the step beside it (wide containers) or below it
 * (narrow ones), capped at `--ms-card-max-width` and centred. Layout only; the step owns focus.
 */
export function BookingCard({ step, summary, children }: BookingCardProps) {
  return (
    <div className="ms-card" data-step={step} data-has-summary={summary ? '' : undefined}>
      {summary && <div className="ms-card__summary">{summary}</div>}
      <div className="ms-card__main">{children}</div>
    </div>
  );
}
