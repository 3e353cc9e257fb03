/** Strings of the browse part: header, duration tabs, calendar, time zones, slots, errors. */
export interface BrowseMessages {
  /** Shown while booking info loads. */
  loading: string;
}

export const defaultBrowseMessages: BrowseMessages = {
  loading: 'Loading available times…',
};
