import { useEffect, useRef, useState } from 'react';
import embedPreviewUrl from './embed-preview.html?url';
import { embedBundleUrl } from './embedBundleUrl';
import { formatEmbedSnippet, type EmbedAttributes } from './formatEmbedSnippet';
import type { GalleryState } from './GalleryState';
import { PreviewStage } from './PreviewStage';
import { useEmbedBundleStatus } from './useEmbedBundleStatus';

/** Props of the script-tag preview. */
export interface ScriptTagPreviewProps {
  /** Kebab-case attributes of `<meeting-scheduler>` (slug, timezone, locale, color-scheme, hour-cycle). */
  attributes: EmbedAttributes;
  /** Width, locale and colour scheme of the stage around the frame. */
  stage: Pick<GalleryState, 'width' | 'locale' | 'colorScheme'>;
  /** Receives each DOM event the element dispatches, for the event log. */
  onEvent: (name: string, payload: unknown) => void;
}

/** Before the frame reports its content height. */
const INITIAL_HEIGHT = 560;

/**
 * The built embed on a plain page, in a same-origin frame (so the gallery's MSW worker answers
 * its requests and its CSS cannot touch the gallery's). When the bundle is not built yet, explains
 * how to build it instead: the gallery must work on a fresh clone.
 */
export function ScriptTagPreview({ attributes, stage, onEvent }: ScriptTagPreviewProps) {
  const status = useEmbedBundleStatus(embedBundleUrl);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(INITIAL_HEIGHT);
  const latestOnEvent = useRef(onEvent);
  useEffect(() => {
    latestOnEvent.current = onEvent;
  });

  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>) => {
      // Only our own frame: any other window could post look-alike messages.
      if (event.origin !== window.location.origin || event.source !== frameRef.current?.contentWindow) return;
      const data = event.data;
      if (typeof data !== 'object' || data === null || !('source' in data) || data.source !== 'dev-embed-preview') return;
      if ('type' in data && data.type === 'height' && 'height' in data && typeof data.height === 'number') {
        setHeight(Math.max(200, Math.ceil(data.height)));
      } else if ('type' in data && data.type === 'event' && 'name' in data && typeof data.name === 'string') {
        latestOnEvent.current(data.name, 'detail' in data ? data.detail : undefined);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const query = new URLSearchParams({ src: embedBundleUrl });
  for (const [name, value] of Object.entries(attributes)) if (value) query.set(name, value);
  const snippet = formatEmbedSnippet('meeting-scheduler.embed.js', attributes);

  return (
    <div className="dev-embed">
      <p className="dev-embed__intro">
        The same widget from the script-tag bundle, on a plain page without React. A host page needs only this:
      </p>
      <pre className="dev-code">
        <code>{snippet}</code>
      </pre>
      <p className="dev-embed__hint">
        In production, add <code>api-base-url</code> pointing at your proxy (see <code>meeting-scheduler/proxy</code>).
        The events below are logged as <code>meeting-scheduler:*</code>.
      </p>
      {status === 'checking' && <p className="dev-embed__status">Looking for the built bundle…</p>}
      {status === 'missing' && (
        <div className="dev-embed__missing" role="note">
          <p>
            The embed bundle is not built yet. Run <code>npm run build</code> (it writes{' '}
            <code>dist/meeting-scheduler.embed.js</code>), then reload this page.
          </p>
          <p>
            A standalone example page against the Node mock server (<code>npm run mock-server</code>) is at{' '}
            <a href="/embed-example.html">/embed-example.html</a>.
          </p>
        </div>
      )}
      {status === 'available' && (
        <PreviewStage width={stage.width} locale={stage.locale} colorScheme={stage.colorScheme}>
          <iframe
            ref={frameRef}
            className="dev-embed__frame"
            title="Script-tag embed on a plain page"
            src={`${embedPreviewUrl}?${query.toString()}`}
            style={{ height: `${height}px` }}
          />
        </PreviewStage>
      )}
    </div>
  );
}
