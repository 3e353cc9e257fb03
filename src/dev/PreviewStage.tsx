import type { ReactNode } from 'react';
import type { GalleryColorScheme, GalleryWidth } from './GalleryState';
import { textDirection } from './textDirection';

/** Props of the preview stage. */
export interface PreviewStageProps {
  width: GalleryWidth;
  /** Sets `lang` and `dir` on the frame, as a host page in that language would. */
  locale: string;
  /** Paints the stage like a light or dark host page, so the widget is seen on the background it will meet. */
  colorScheme: GalleryColorScheme;
  children: ReactNode;
}

/**
 * Stands in for the host page around the widget: a frame of the chosen width. The frame keeps
 * that exact width even when the window is narrower; the stage scrolls instead, so what is
 * measured is always the widget at the chosen width.
 */
export function PreviewStage({ width, locale, colorScheme, children }: PreviewStageProps) {
  return (
    <div className="dev-stage" data-scheme={colorScheme}>
      <div
        className="dev-stage__frame"
        data-width={width}
        style={width === 'full' ? undefined : { width: `${width}px` }}
        lang={locale}
        dir={textDirection(locale)}
      >
        {children}
      </div>
    </div>
  );
}
