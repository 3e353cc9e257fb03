import type { CSSProperties, ReactNode } from 'react';
import { textDirection } from './helpers/textDirection';
import type { ColorScheme } from '../model/ColorScheme';

/** Props of {@link SchedulerContainer}. */
export interface SchedulerContainerProps {
  /** `light`, `dark`, or `auto` (the visitor's system setting). */
  colorScheme: ColorScheme;
  /** Sets `lang` and the writing direction (`dir`). */
  locale: string;
  /** Name of the region landmark. */
  label: string;
  /** Brand colours as `--ms-*` custom properties. */
  cssVariables?: Record<string, string>;
  /** The current view. */
  children: ReactNode;
}

/**
 * The `.ms-root` element every view renders in: the styles' container (and container-query
 * context), colour scheme, writing direction and language of the widget. A named region, so
 * screen reader users can jump to the booking widget among the host page's landmarks.
 */
export function SchedulerContainer({ colorScheme, locale, label, cssVariables, children }: SchedulerContainerProps) {
  // Custom properties are valid style keys; React's CSSProperties type just does not list them.
  const style = cssVariables as CSSProperties | undefined;
  return (
    <div
      className="ms-root"
      role="region"
      aria-label={label}
      data-color-scheme={colorScheme}
      dir={textDirection(locale)}
      lang={locale}
      style={style}
    >
      {children}
    </div>
  );
}
