import type { BrowseMessages } from '../i18n/browseMessages';

/** Props of {@link EmptyView}. */
export interface EmptyViewProps {
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'noTimesAvailable' | 'noTimesAvailableDescription'>;
}

/** The page has no free time in any month the server advertises. */
export function EmptyView({ messages }: EmptyViewProps) {
  return (
    <section className="ms-empty">
      <h3 className="ms-empty__title">{messages.noTimesAvailable}</h3>
      <p className="ms-empty__description">{messages.noTimesAvailableDescription}</p>
    </section>
  );
}
