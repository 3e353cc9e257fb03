// The script-tag bundle's entry (dist/meeting-scheduler.embed.js): runs once when the script loads.
import { captureScriptUrl } from './embedAssetUrl';
import { embedFiles } from './embedFiles';
import { installEmbed } from './installEmbed';
import { runEffectsWithoutFrame } from './runEffectsWithoutFrame';

try {
  captureScriptUrl(embedFiles.embed);
  runEffectsWithoutFrame();
  installEmbed();
} catch (error) {
  // Never break the page that includes the script.
  console.error('[meeting-scheduler] the embed could not start:', error);
}
