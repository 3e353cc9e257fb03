import { defineMeetingSchedulerElement } from './defineMeetingSchedulerElement';
import type { MeetingSchedulerGlobal } from './MeetingSchedulerGlobal';
import { mount } from './mount';

// Replaced by the embed build (scripts/build/vite.embed.config.ts) with package.json's version.
declare const __MEETING_SCHEDULER_VERSION__: string | undefined;

declare global {
  interface Window {
    /** Set by the script-tag bundle. */
    MeetingScheduler?: MeetingSchedulerGlobal;
  }
}

/**
 * What the script-tag bundle does when it loads: sets `window.MeetingScheduler` and defines
 * `<meeting-scheduler>`. A second copy of the script changes nothing: the first global and element
 * definition stay, so widgets already on the page keep running on the code that rendered them.
 */
export function installEmbed(target: Window = window): MeetingSchedulerGlobal {
  if (!target.MeetingScheduler) {
    const version = typeof __MEETING_SCHEDULER_VERSION__ === 'string' ? __MEETING_SCHEDULER_VERSION__ : '0.0.0-dev';
    target.MeetingScheduler = Object.freeze({ mount, version });
  }
  defineMeetingSchedulerElement();
  return target.MeetingScheduler;
}
