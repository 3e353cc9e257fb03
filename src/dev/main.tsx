import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../theme/styles.css';
import './gallery.css';
import { failureVariants, scenarios } from '../mock';
import { isValidTimeZone, listTimeZones } from '../scheduling';
import { buildGalleryEntries } from './buildGalleryEntries';
import { createDevBackend } from './createDevBackend';
import { Gallery } from './Gallery';
import { startDevWorker } from './startDevWorker';
import { StartupError } from './StartupError';

// The dev page's entry (index.html). The widget's stylesheet is imported here, as a host app
// would import `meeting-scheduler/style.css`; components never import CSS themselves.
const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
const root = createRoot(container);

try {
  const worker = await startDevWorker();
  root.render(
    <StrictMode>
      <Gallery
        entries={buildGalleryEntries(scenarios, failureVariants)}
        backend={createDevBackend(worker)}
        allZones={listTimeZones()}
        isValidTimeZone={isValidTimeZone}
      />
    </StrictMode>,
  );
} catch (error) {
  root.render(<StartupError detail={error instanceof Error ? error.message : String(error)} />);
}
