import { notifyManager } from '@tanstack/react-query';
import { options } from 'preact';

/** A macrotask without setTimeout's 4 ms clamp on nested calls: a MessageChannel message. */
function nextTask(): (callback: () => void) => void {
  if (typeof MessageChannel === 'undefined') return (callback) => void setTimeout(callback, 0);
  const queue: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    for (const callback of queue.splice(0)) callback();
  };
  return (callback) => {
    queue.push(callback);
    if (queue.length === 1) channel.port2.postMessage(null);
  };
}

/**
 * The embed's first render is a chain of small steps (mount, query subscribed in an effect, data
 * in, calendar), and each step waited: Preact runs `useEffect` after the next animation frame, and
 * React Query batches its notifications with `setTimeout(0)`. Both now run on the next task,
 * still after the commit (never inside it) but without waiting for a paint or a clamped timer.
 * Set by the embed entry only: the embed owns its Preact and its React Query copy, while the npm
 * library runs on the host's React and React Query and leaves their scheduling alone.
 */
export function runEffectsWithoutFrame(): void {
  const schedule = nextTask();
  options.requestAnimationFrame = schedule;
  notifyManager.setScheduler(schedule);
}
