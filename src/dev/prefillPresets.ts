import type { Prefill } from '../model/Prefill';
import type { GalleryPrefill } from './GalleryState';

/**
 * What each prefill choice passes as the widget's `prefill` prop. `locked-email` is the common
 * host case of a signed-in visitor whose address must not be edited.
 */
export const prefillPresets: Readonly<Record<GalleryPrefill, Prefill | undefined>> = {
  none: undefined,
  sample: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
  'locked-email': {
    firstName: 'Grace',
    lastName: 'Hopper',
    email: { value: 'grace.hopper@example.com', locked: true },
  },
};
