import type { BrowseMessages } from '../i18n/browseMessages';

/** Props of {@link LoadingView}. */
export interface LoadingViewProps {
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'loading'>;
  /** `page`: header, tabs and calendar (first load); `panel`: only the calendar and times. */
  variant?: 'page' | 'panel';
}

const SKELETON_WEEKS = 5;

/**
 * Placeholder shaped like the view it stands for, so nothing jumps when the data arrives. The
 * skeleton is hidden from assistive technology; a status line says what is happening instead.
 */
export function LoadingView({ messages, variant = 'page' }: LoadingViewProps) {
  return (
    <div className="ms-loading" aria-busy="true" data-variant={variant}>
      <p role="status" className="ms-visually-hidden">
        {messages.loading}
      </p>
      <div className="ms-loading__skeleton" aria-hidden="true">
        {variant === 'page' && (
          <>
            <div className="ms-skeleton ms-skeleton--title" />
            <div className="ms-skeleton ms-skeleton--tabs" />
          </>
        )}
        <div className="ms-panel__body">
          <div className="ms-loading__calendar">
            <div className="ms-skeleton ms-skeleton--caption" />
            {Array.from({ length: SKELETON_WEEKS }, (_, week) => (
              <div key={week} className="ms-skeleton ms-skeleton--week" />
            ))}
          </div>
          <div className="ms-loading__slots">
            <div className="ms-skeleton ms-skeleton--slot" />
            <div className="ms-skeleton ms-skeleton--slot" />
            <div className="ms-skeleton ms-skeleton--slot" />
          </div>
        </div>
      </div>
    </div>
  );
}
