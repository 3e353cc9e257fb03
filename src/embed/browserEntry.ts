// The script-tag bundle's entry (dist/meeting-scheduler.embed.js): runs once when the script loads.
import { captureScriptUrl } from './embedAssetUrl';
import { installEmbed } from './installEmbed';
import { runEffectsWithoutFrame } from './runEffectsWithoutFrame';

try {
  captureScriptUrl();
  runEffectsWithoutFrame();
  installEmbed();
} catch (error) {
  // Never break the page that includes the script.
  console.error('[meeting-scheduler] the embed could not start:', error);
}
