import { galleryLabels } from './galleryLabels';
import {
  galleryColorSchemes,
  galleryHourCycles,
  galleryLatencies,
  galleryLocales,
  galleryPrefills,
  galleryWidths,
  type GalleryState,
} from './GalleryState';
import { SelectControl } from './SelectControl';
import { TimeZoneControl } from './TimeZoneControl';

/** Props of the controls toolbar. */
export interface GalleryControlsProps {
  state: GalleryState;
  onChange: (patch: Partial<GalleryState>) => void;
  /** Every IANA zone, for the time zone control's suggestions. */
  allZones: readonly string[];
  isValidTimeZone: (zone: string) => boolean;
  /** A failure variant's own latency (ms), which wins over a smaller chosen one. */
  scenarioLatencyMs?: number;
}

/** The toolbar above the widget: visitor settings, container width and fake-backend behaviour. */
export function GalleryControls({ state, onChange, allZones, isValidTimeZone, scenarioLatencyMs }: GalleryControlsProps) {
  return (
    <section className="dev-controls" aria-label="Preview settings">
      <TimeZoneControl
        value={state.timezone}
        onChange={(timezone) => onChange({ timezone })}
        allZones={allZones}
        isValidTimeZone={isValidTimeZone}
      />
      <SelectControl
        label="Locale"
        value={state.locale}
        options={galleryLocales}
        labels={galleryLabels.locale}
        onChange={(locale) => onChange({ locale })}
      />
      <SelectControl
        label="Clock"
        value={state.hourCycle}
        options={galleryHourCycles}
        labels={galleryLabels.hourCycle}
        onChange={(hourCycle) => onChange({ hourCycle })}
      />
      <SelectControl
        label="Colour scheme"
        value={state.colorScheme}
        options={galleryColorSchemes}
        labels={galleryLabels.colorScheme}
        onChange={(colorScheme) => onChange({ colorScheme })}
      />
      <SelectControl
        label="Container width"
        value={state.width}
        options={galleryWidths}
        labels={galleryLabels.width}
        onChange={(width) => onChange({ width })}
      />
      <SelectControl
        label="Latency"
        value={state.latency}
        options={galleryLatencies}
        labels={galleryLabels.latency}
        onChange={(latency) => onChange({ latency })}
      />
      <SelectControl
        label="Prefill"
        value={state.prefill}
        options={galleryPrefills}
        labels={galleryLabels.prefill}
        onChange={(prefill) => onChange({ prefill })}
      />
      {scenarioLatencyMs !== undefined && scenarioLatencyMs > Number(state.latency) && (
        <p className="dev-controls__note">
          This scenario answers after {formatSeconds(scenarioLatencyMs)} whatever the latency setting.
        </p>
      )}
    </section>
  );
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s`;
}
