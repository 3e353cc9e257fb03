import type { BrowseMessages } from '../i18n/browseMessages';

/** Props of {@link LoadingView}. */
export interface LoadingViewProps {
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'loading'>;
  /** `page`: header, tabs and calendar (first load); `panel`: only the calendar and times. */
  variant?: 'page' | 'panel';
}

const WEEKS = 6;
const DAYS = 7;
const TIMES = 6;

/**
 * Placeholder shaped like the view it stands for: duration tabs, the month with its caption,
 * weekday row and six weeks of day circles, and the time column with its zone control, built from
 * the real view's classes so it takes the real view's size (the summary panel has its own
 * placeholder). Hidden from assistive technology; a status line says what is happening instead.
 */
export function LoadingView({ messages, variant = 'page' }: LoadingViewProps) {
  return (
    <div className="ms-loading" aria-busy="true" data-variant={variant}>
      <p role="status" className="ms-visually-hidden">
        {messages.loading}
      </p>
      <div className="ms-loading__skeleton ms-panel" aria-hidden="true">
        {variant === 'page' && (
          <div className="ms-durations__list">
            <div className="ms-skeleton ms-skeleton--tab" />
            <div className="ms-skeleton ms-skeleton--tab" />
          </div>
        )}
        <div className="ms-panel__body">
          <div className="ms-calendar">
            <div className="ms-calendar__nav">
              <div className="ms-skeleton ms-skeleton--caption" />
            </div>
            <div className="ms-loading__grid">
              {Array.from({ length: DAYS * (WEEKS + 1) }, (_, cell) => (
                <div key={cell} className="ms-calendar__cell">
                  <div className={`ms-calendar__day ms-skeleton${cell < DAYS ? ' ms-skeleton--weekday' : ''}`} />
                </div>
              ))}
            </div>
          </div>
          <div className="ms-panel__times">
            <div className="ms-skeleton ms-skeleton--field" />
            <div className="ms-panel__scroll">
              <div className="ms-slots">
                <div className="ms-skeleton ms-skeleton--heading" />
                <div className="ms-slots__list">
                  {Array.from({ length: TIMES }, (_, time) => (
                    <div key={time} className="ms-slots__slot ms-skeleton" />
                  ))}
                </div>
              </div>
            </div>
            <div className="ms-skeleton ms-skeleton--field" />
          </div>
        </div>
      </div>
    </div>
  );
}
