import type { WelcomeScreen } from '../types';
import { isRecord } from './isRecord';
import { readBoolean } from './readBoolean';
import { readText } from './readText';
import { withDefined } from './withDefined';

/** `welcomeScreenInfo`; a missing block is an empty welcome screen. */
export function parseWelcomeScreen(value: unknown): WelcomeScreen {
  const screen = isRecord(value) ? value : {};
  return withDefined<WelcomeScreen>(
    { useCompanyLogo: readBoolean(screen.useCompanyLogo) ?? false },
    { title: readText(screen.title), description: readText(screen.description), logoUrl: readText(screen.logoUrl) },
  );
}
