import type { ReactNode } from 'react';
import { AnnounceContext, useAnnouncementState } from '../hooks/useAnnounce';

/**
 * One polite status region for the whole widget, for changes that move no focus or whose focused
 * element keeps its place ("Booking…", "Guest added"). Shared, so messages queue in one place
 * instead of several regions talking over each other; polite, so nothing the visitor is hearing is
 * cut off. The region is in the DOM from the start: screen readers ignore a region that appears
 * together with its text.
 */
export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const { announcement, announce } = useAnnouncementState();
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {/* aria-live without role="status": not a landmark-like status of its own view, only a voice. */}
      <div className="ms-visually-hidden" aria-live="polite" data-announcer="">
        {/* Keyed: a new node is an addition, so the same text announced twice is read twice. */}
        {announcement && <span key={announcement.id}>{announcement.text}</span>}
      </div>
    </AnnounceContext.Provider>
  );
}
