import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../theme/styles.css';
import './gallery.css';
import { failureVariants, scenarios } from '../mock';
import { isValidTimeZone } from '../scheduling/isValidTimeZone';
import { listTimeZones } from '../scheduling/listTimeZones';
import { buildGalleryEntries } from './buildGalleryEntries';
import { Gallery } from './Gallery';
import { StartupError } from './StartupError';

// The dev page's entry (index.html). The widget's stylesheet is imported here, as a host app
// would import `meeting-scheduler/style.css`; components never import CSS themselves.
const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
const root = createRoot(container);

// Registering the service worker takes a moment on the first visit: say what is happening.
root.render(
  <p className="dev-starting" role="status">
    Starting the fake backend…
  </p>,
);

try {
  const { startDevBackend } = await import('./startDevBackend');
  const backend = await startDevBackend();
  root.render(
    <StrictMode>
      <Gallery
        entries={buildGalleryEntries(scenarios, failureVariants)}
        backend={backend}
        allZones={listTimeZones()}
        isValidTimeZone={isValidTimeZone}
      />
    </StrictMode>,
  );
} catch (error) {
  root.render(<StartupError detail={error instanceof Error ? error.message : String(error)} />);
}
