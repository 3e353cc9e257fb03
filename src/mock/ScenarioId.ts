/** Slugs of the built-in scenarios; each scenario's link uses its id as slug. */
export type ScenarioId =
  | 'menelson'
  | 'round-robin'
  | 'group-calendar'
  | 'offline-organizer'
  | 'web-conference'
  | 'consent-required'
  | 'custom-fields'
  | 'guests'
  | 'no-availability'
  | 'two-months-ahead'
  | 'far-timezone';
