import { describe, expect, it, vi } from 'vitest';
import { MeetingsApiError } from '../../../src/api/MeetingsApiError';
import type { BookingInfo, BookingResult } from '../../../src/api/types';
import type { SlotSelection } from '../../../src/components/MeetingSchedulerProps';
import { dispatchSchedulerEvent } from '../../../src/embed/dispatchSchedulerEvent';
import type { EmbedErrorDetail } from '../../../src/embed/MeetingSchedulerEventMap';
import { reportEmbedError } from '../../../src/embed/reportEmbedError';
import { toEmbedErrorDetail } from '../../../src/embed/toEmbedErrorDetail';
import { withEventDispatch } from '../../../src/embed/withEventDispatch';

/** A host inside a shadow root inside the document, and every event the document hears. */
function hostInShadowTree() {
  const outer = document.createElement('div');
  document.body.append(outer);
  const host = document.createElement('div');
  outer.attachShadow({ mode: 'open' }).append(host);
  const heard: CustomEvent[] = [];
  const names = ['ready', 'slot-select', 'booked', 'error'];
  const listener = (event: Event) => heard.push(event as CustomEvent);
  for (const name of names) document.addEventListener(`meeting-scheduler:${name}`, listener);
  const dispose = () => {
    for (const name of names) document.removeEventListener(`meeting-scheduler:${name}`, listener);
    outer.remove();
  };
  return { host, outer, heard, dispose };
}

const info = { linkId: 'l-1', slug: 'jdoe' } as unknown as BookingInfo;
const slot: SlotSelection = { start: 1, end: 2, duration: 1, timezone: 'UTC' } as SlotSelection;
const result = { isOffline: true } as unknown as BookingResult;

describe('dispatchSchedulerEvent', () => {
  it('dispatches meeting-scheduler:<name>, bubbling out of shadow roots, with the payload as detail', () => {
    const { host, outer, heard, dispose } = hostInShadowTree();
    dispatchSchedulerEvent(host, 'slot-select', slot);
    expect(heard).toHaveLength(1);
    const [event] = heard;
    expect(event?.type).toBe('meeting-scheduler:slot-select');
    expect(event?.bubbles).toBe(true);
    expect(event?.composed).toBe(true);
    expect(event?.cancelable).toBe(false);
    expect(event?.detail).toBe(slot);
    // Retargeted at the shadow tree's host once it leaves the shadow root.
    expect(event?.target).toBe(outer);
    dispose();
  });
});

describe('withEventDispatch', () => {
  it('makes each evented callback dispatch its DOM event, then call the page’s callback', () => {
    const { host, heard, dispose } = hostInShadowTree();
    const order: string[] = [];
    const onReady = vi.fn(() => order.push('callback'));
    document.addEventListener('meeting-scheduler:ready', () => order.push('event'), { once: true });
    const props = withEventDispatch(host, { slug: 'jdoe', onReady });
    props.onReady?.(info);
    props.onSlotSelect?.(slot);
    props.onBooked?.(result);
    const apiError = new MeetingsApiError({ kind: 'not-found', message: 'No such page', status: 404 });
    props.onError?.(apiError);
    expect(heard.map((event) => [event.type, event.detail])).toEqual([
      ['meeting-scheduler:ready', info],
      ['meeting-scheduler:slot-select', slot],
      ['meeting-scheduler:booked', result],
      ['meeting-scheduler:error', { kind: 'not-found', message: 'No such page', status: 404, error: apiError }],
    ]);
    expect(onReady).toHaveBeenCalledWith(info);
    expect(order).toEqual(['event', 'callback']);
    dispose();
  });

  it('keeps other props and callbacks as given', () => {
    const onSubmit = vi.fn();
    const props = withEventDispatch(document.createElement('div'), { slug: 'jdoe', locale: 'de', onSubmit });
    expect(props.slug).toBe('jdoe');
    expect(props.locale).toBe('de');
    expect(props.onSubmit).toBe(onSubmit);
  });

  it('logs a page callback that throws instead of breaking the widget, and still dispatches', () => {
    const { host, heard, dispose } = hostInShadowTree();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const props = withEventDispatch(host, {
      slug: 'jdoe',
      onBooked: () => {
        throw new Error('analytics is down');
      },
    });
    expect(() => props.onBooked?.(result)).not.toThrow();
    expect(heard.map((event) => event.type)).toEqual(['meeting-scheduler:booked']);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('callback passed to mount() threw'), expect.any(Error));
    dispose();
  });
});

describe('reportEmbedError and toEmbedErrorDetail', () => {
  it('flattens API errors and anything thrown into plain fields', () => {
    const apiError = new MeetingsApiError({ kind: 'server', message: 'Down', status: 503 });
    expect(toEmbedErrorDetail(apiError)).toEqual({ kind: 'server', message: 'Down', status: 503, error: apiError });
    const bug = new TypeError('bad');
    expect(toEmbedErrorDetail(bug)).toEqual({ kind: 'embed', message: 'bad', error: bug });
    expect(toEmbedErrorDetail('text')).toEqual({ kind: 'embed', message: 'text', error: 'text' });
  });

  it('dispatches an error event every time but logs once per host, and never throws', () => {
    const { host, heard, dispose } = hostInShadowTree();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    reportEmbedError(host, new Error('first'));
    reportEmbedError(host, new Error('second'));
    expect(heard.map((event) => (event.detail as EmbedErrorDetail).message)).toEqual(['first', 'second']);
    expect(log).toHaveBeenCalledTimes(1);
    expect(() => reportEmbedError({} as EventTarget, new Error('no dispatchEvent'))).not.toThrow();
    dispose();
  });
});
