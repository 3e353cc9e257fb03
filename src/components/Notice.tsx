import { useEffect, useRef } from 'react';

/** Props of {@link Notice}. */
export interface NoticeProps {
  /** The message. */
  children: string;
  /** Label of the close button. */
  dismissLabel: string;
  /** The visitor closed it. */
  onDismiss: () => void;
  /** Take focus when shown, e.g. when the view it belongs to replaced the one that had focus. */
  autoFocus?: boolean;
}

/**
 * A short message above the calendar (e.g. the chosen time was just taken). When it takes focus
 * it is read out as the visitor lands on it; a live role as well would read it twice.
 */
export function Notice({ children, dismissLabel, onDismiss, autoFocus = false }: NoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  return (
    <div ref={ref} className="ms-notice" tabIndex={-1} role={autoFocus ? undefined : 'status'}>
      <p className="ms-notice__text">{children}</p>
      <button type="button" className="ms-notice__dismiss" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
}
