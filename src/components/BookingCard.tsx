import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/** Props of {@link BookingCard}. */
export interface BookingCardProps {
  /** The step shown: the card keeps the browse step's height for the steps after it. */
  step: 'loading' | 'browse' | 'book' | 'booked' | 'error';
  /** The summary panel (or its skeleton); none for a page that failed to load. */
  summary?: ReactNode;
  /** The step's view. */
  children: ReactNode;
}

/**
 * The booking card: the summary panel and the step beside it (wide containers) or below it
 * (narrow ones), capped at `--ms-card-max-width` and centred. It remembers the browse step's
 * height as `--ms-step-height`, which wide containers give the form (scrolling inside) and the
 * confirmation (as a least height), so choosing a time never makes the host page jump.
 */
export function BookingCard({ step, summary, children }: BookingCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [browseHeight, setBrowseHeight] = useState<number>();
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card || step !== 'browse' || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setBrowseHeight(card.offsetHeight));
    observer.observe(card);
    return () => observer.disconnect();
  }, [step]);
  const style =
    browseHeight !== undefined && (step === 'book' || step === 'booked')
      ? ({ '--ms-step-height': `${browseHeight}px` } as CSSProperties)
      : undefined;
  return (
    <div ref={ref} className="ms-card" data-step={step} data-has-summary={summary ? '' : undefined} style={style}>
      {summary && <div className="ms-card__summary">{summary}</div>}
      <div className="ms-card__main">{children}</div>
    </div>
  );
}
