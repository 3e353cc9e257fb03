import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BrowseMessages } from '../i18n/browseMessages';

/** Props of {@link ErrorView}. */
export interface ErrorViewProps {
  /** The failure; undefined for an unexpected error of the widget itself. */
  error?: MeetingsApiError;
  /** The strings it shows. */
  messages: Pick<
    BrowseMessages,
    'pageNotFound' | 'pageNotFoundDescription' | 'loadFailed' | 'errorDescription' | 'unexpectedError' | 'tryAgain'
  >;
  /** Shows a "Try again" button (not for a page that does not exist). */
  onRetry?: () => void;
  /** Heading level: 2 when the error replaces the whole widget, 3 inside it. */
  headingLevel?: 2 | 3;
}

/**
 * A failure the visitor can understand: an unknown page, or what went wrong and a way to try
 * again. `role="alert"` so screen readers announce it, since it replaces what was loading.
 */
export function ErrorView({ error, messages, onRetry, headingLevel = 2 }: ErrorViewProps) {
  const notFound = error?.kind === 'not-found';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = notFound ? messages.pageNotFound : messages.loadFailed;
  const description = notFound
    ? messages.pageNotFoundDescription
    : error
      ? messages.errorDescription(error)
      : messages.unexpectedError;
  return (
    <div className="ms-error" role="alert" data-kind={error?.kind ?? 'unexpected'}>
      <Heading className="ms-error__title">{title}</Heading>
      <p className="ms-error__description">{description}</p>
      {!notFound && onRetry && (
        <button type="button" className="ms-error__retry" onClick={onRetry}>
          {messages.tryAgain}
        </button>
      )}
    </div>
  );
}
