// The loader's entry (dist/meeting-scheduler.js): runs once when the script loads.
import { captureScriptUrl } from './embedAssetUrl';
import { embedFiles } from './embedFiles';
import { startLoader } from './startLoader';

try {
  captureScriptUrl(embedFiles.loader);
  startLoader();
} catch (error) {
  // Never break the page that includes the script.
  console.error('[meeting-scheduler] the loader could not start:', error);
}
