import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * State that starts from a prop, can be changed by the visitor, and follows the prop again
 * whenever the prop itself changes (the time zone and the 12/24-hour choice work this way).
 * Adjusts during render, as React recommends for state derived from a changing prop, so no
 * effect runs and no frame shows the stale value.
 */
export function useFollowedState<P, S>(prop: P, resolve: (prop: P) => S): [S, Dispatch<SetStateAction<S>>] {
  const [state, setState] = useState(() => resolve(prop));
  const [followed, setFollowed] = useState(prop);
  if (!Object.is(followed, prop)) {
    setFollowed(prop);
    setState(resolve(prop));
  }
  return [state, setState];
}
