import { useId } from 'react';
import type { BrowseMessages } from '../i18n/browseMessages';
import type { HourCycle } from '../model/HourCycle';

/** Props of {@link HourCycleToggle}. */
export interface HourCycleToggleProps {
  /** The clock in use. */
  value: HourCycle;
  /** The visitor picked the other clock. */
  onChange: (value: HourCycle) => void;
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'hourCycleLabel' | 'hourCycle12' | 'hourCycle24'>;
}

/**
 * 12- or 24-hour clock, as two native radio buttons in a fieldset: the platform gives them their
 * arrow keys and announcements, and they look like a segmented switch through CSS.
 */
export function HourCycleToggle({ value, onChange, messages }: HourCycleToggleProps) {
  const name = useId();
  const options: [HourCycle, string][] = [
    ['h12', messages.hourCycle12],
    ['h23', messages.hourCycle24],
  ];
  return (
    <fieldset className="ms-hour-cycle">
      <legend className="ms-hour-cycle__legend">{messages.hourCycleLabel}</legend>
      <div className="ms-hour-cycle__options">
        {options.map(([cycle, label]) => (
          <label key={cycle} className="ms-hour-cycle__option" data-selected={value === cycle || undefined}>
            <input
              type="radio"
              className="ms-hour-cycle__input"
              name={name}
              value={cycle}
              checked={value === cycle}
              onChange={() => onChange(cycle)}
            />
            {/* Isolated like the duration tabs: '12h' must not reorder in an RTL widget. */}
            <bdi>{label}</bdi>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
