/** The script-tag embed's pieces in one place, for its tests (not a package entry: hosts use the script tag or `mount`). */
export { adoptStyles } from './adoptStyles';
export { attributesToProps, type AttributeProps } from './attributesToProps';
export { defineMeetingSchedulerElement, MEETING_SCHEDULER_TAG } from './defineMeetingSchedulerElement';
export { dispatchSchedulerEvent } from './dispatchSchedulerEvent';
export { elementAttributes, type ElementAttribute } from './elementAttributes';
export { embedStyles } from './embedStyles';
export { installEmbed } from './installEmbed';
export type { MeetingSchedulerGlobal } from './MeetingSchedulerGlobal';
export type {
  EmbedErrorDetail,
  MeetingSchedulerEventDetail,
  MeetingSchedulerEventMap,
  MeetingSchedulerEventName,
} from './MeetingSchedulerEventMap';
export { mount } from './mount';
export type { MountHandle } from './MountHandle';
export { toEmbedErrorDetail } from './toEmbedErrorDetail';
