// The script-tag bundle's entry (dist/meeting-scheduler.embed.js): runs once when the script loads.
import { rememberEmbedScriptUrl } from './embedScriptUrl';
import { installEmbed } from './installEmbed';

try {
  rememberEmbedScriptUrl();
  installEmbed();
} catch (error) {
  // Never break the page that includes the script.
  console.error('[meeting-scheduler] the embed could not start:', error);
}
