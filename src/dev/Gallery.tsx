import { useLayoutEffect, useState } from 'react';
import type { DevBackend } from './createDevBackend';
import { EventLogPanel } from './EventLogPanel';
import { GalleryControls } from './GalleryControls';
import { defaultGalleryState } from './GalleryState';
import type { GalleryEntry } from './GalleryEntry';
import { GalleryTabs } from './GalleryTabs';
import { PreviewStage } from './PreviewStage';
import { ScriptTagPreview } from './ScriptTagPreview';
import { Sidebar } from './Sidebar';
import { useEventLog } from './useEventLog';
import { useGalleryHashState } from './useGalleryHashState';
import { WidgetPreview } from './WidgetPreview';

/** Props of the gallery page. */
export interface GalleryProps {
  /** Sidebar rows (see buildGalleryEntries); must not be empty. */
  entries: readonly GalleryEntry[];
  backend: DevBackend;
  /** Every IANA zone, for the time zone control. */
  allZones: readonly string[];
  isValidTimeZone: (zone: string) => boolean;
}

const TABS = [
  { id: 'component', label: 'React component' },
  { id: 'script-tag', label: 'Script tag' },
] as const;

/** The scenario gallery: sidebar, scenario header, controls, the widget, and the event log. */
export function Gallery({ entries, backend, allZones, isValidTimeZone }: GalleryProps) {
  const [state, update] = useGalleryHashState({
    scenarioIds: entries.map((entry) => entry.id),
    fallbackScenario: defaultGalleryState.scenario,
    isValidTimeZone,
  });
  const { entries: events, log, clear } = useEventLog();
  const [resets, setResets] = useState(0);
  const [activeSession, setActiveSession] = useState<string>();
  const entry = entries.find((candidate) => candidate.id === state.scenario) ?? entries[0];
  const session = `${state.scenario}#${resets}`;

  // A fresh fake backend before the widget mounts: the widget is rendered only once its session is
  // active, so its very first request already reaches the new scheduler and faults. A layout
  // effect, so the swap never paints an empty frame.
  useLayoutEffect(() => {
    if (!entry) return;
    backend.activate(entry, Number(state.latency));
    setActiveSession(session);
    // Only a new session resets the backend; latency changes are applied below without a reset.
  }, [backend, session]);

  useLayoutEffect(() => {
    backend.setLatency(Number(state.latency));
  }, [backend, state.latency]);

  if (!entry) return <p className="dev-fatal">The fake backend lists no scenarios.</p>;

  const embedAttributes = {
    slug: entry.slug,
    timezone: state.timezone,
    locale: state.locale,
    'color-scheme': state.colorScheme,
    'hour-cycle': state.hourCycle === '12' ? 'h12' : state.hourCycle === '24' ? 'h23' : undefined,
  };

  return (
    <div className="dev-app">
      <a
        className="dev-skip-link"
        href="#dev-main"
        onClick={(event) => {
          // The hash holds the gallery state: focus the target without navigating to it.
          event.preventDefault();
          document.getElementById('dev-main')?.focus();
        }}
      >
        Skip to the preview
      </a>
      <header className="dev-header">
        <p className="dev-header__title">
          <span className="dev-header__name">meeting-scheduler</span> scenario gallery
        </p>
        <p className="dev-header__tagline">Every scenario runs against the fake HubSpot backend in your browser.</p>
      </header>
      <div className="dev-layout">
        <Sidebar entries={entries} state={state} />
        <main id="dev-main" className="dev-main" tabIndex={-1} aria-labelledby="dev-scenario-title">
          <div className="dev-scenario">
            <div className="dev-scenario__text">
              <h1 id="dev-scenario-title" className="dev-scenario__title">
                {entry.title}
                {entry.kind === 'failure' && <span className="dev-badge">Failure</span>}
              </h1>
              <p className="dev-scenario__description">{entry.description}</p>
              <p className="dev-scenario__slug">
                slug <code>{entry.slug}</code>
              </p>
            </div>
            <button type="button" className="dev-button" onClick={() => setResets((count) => count + 1)}>
              Reset backend
            </button>
          </div>
          <GalleryControls
            state={state}
            onChange={update}
            allZones={allZones}
            isValidTimeZone={isValidTimeZone}
            scenarioLatencyMs={backend.scenarioLatencyMs(entry.id)}
          />
          <GalleryTabs label="Rendering" tabs={TABS} selected={state.tab} onSelect={(tab) => update({ tab })}>
            {activeSession !== session ? null : state.tab === 'component' ? (
              <PreviewStage width={state.width} locale={state.locale} colorScheme={state.colorScheme}>
                {/* Remount per session and prefill: the widget reads prefill once, like a host page load. */}
                <WidgetPreview key={`${session}|${state.prefill}`} slug={entry.slug} state={state} onEvent={log} />
              </PreviewStage>
            ) : (
              <ScriptTagPreview key={session} attributes={embedAttributes} stage={state} onEvent={log} />
            )}
          </GalleryTabs>
        </main>
        <EventLogPanel entries={events} onClear={clear} />
      </div>
    </div>
  );
}
