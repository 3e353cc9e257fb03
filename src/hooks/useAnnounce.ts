import { createContext, useCallback, useContext, useState } from 'react';
import type { Announcement } from '../model/Announcement';

/** Says a text in the widget's shared live region (see `LiveAnnouncer`). */
export type Announce = (text: string) => void;

/** Outside a `LiveAnnouncer` (a part rendered alone) announcing does nothing. */
export const AnnounceContext = createContext<Announce>(() => {});

/** The `announce` of the nearest `LiveAnnouncer`. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

/** The state behind a `LiveAnnouncer`: the latest announcement and the function that makes one. */
export function useAnnouncementState(): { announcement: Announcement | undefined; announce: Announce } {
  const [announcement, setAnnouncement] = useState<Announcement>();
  const announce = useCallback<Announce>((text) => setAnnouncement((last) => ({ text, id: (last?.id ?? 0) + 1 })), []);
  return { announcement, announce };
}
