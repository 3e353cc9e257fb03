import type { FakeScenario } from './FakeScenario';
import type { ScenarioId } from './ScenarioId';
import { consentRequiredScenario } from './scenarios/consentRequiredScenario';
import { customFieldsScenario } from './scenarios/customFieldsScenario';
import { farTimezoneScenario } from './scenarios/farTimezoneScenario';
import { groupCalendarScenario } from './scenarios/groupCalendarScenario';
import { guestsScenario } from './scenarios/guestsScenario';
import { menelsonScenario } from './scenarios/menelsonScenario';
import { noAvailabilityScenario } from './scenarios/noAvailabilityScenario';
import { offlineOrganizerScenario } from './scenarios/offlineOrganizerScenario';
import { roundRobinScenario } from './scenarios/roundRobinScenario';
import { twoMonthsAheadScenario } from './scenarios/twoMonthsAheadScenario';
import { webConferenceScenario } from './scenarios/webConferenceScenario';

/**
 * The built-in scheduling links, by id (= slug), in the order a newcomer should meet them. Busy
 * calendars and custom windows are computed from "now", so every scenario looks the same on
 * any clock; the documentation sample (`menelson`) keeps its fixed slots.
 */
export const scenarios: Readonly<Record<ScenarioId, FakeScenario>> = {
  menelson: menelsonScenario,
  'round-robin': roundRobinScenario,
  'group-calendar': groupCalendarScenario,
  'offline-organizer': offlineOrganizerScenario,
  'web-conference': webConferenceScenario,
  'consent-required': consentRequiredScenario,
  'custom-fields': customFieldsScenario,
  guests: guestsScenario,
  'no-availability': noAvailabilityScenario,
  'two-months-ahead': twoMonthsAheadScenario,
  'far-timezone': farTimezoneScenario,
};
