import type { mount } from './mount';

/** `window.MeetingScheduler`: the only global the script-tag bundle defines. */
export interface MeetingSchedulerGlobal {
  /** See `mount()`: renders a widget into an element, returns `{ update, unmount }`. */
  mount: typeof mount;
  /** The package version the bundle was built from. */
  version: string;
}
