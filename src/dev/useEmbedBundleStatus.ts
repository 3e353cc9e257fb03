import { useEffect, useState } from 'react';

/** Whether the built embed bundle can be loaded. */
export type EmbedBundleStatus = 'checking' | 'available' | 'missing';

let probe: Promise<EmbedBundleStatus> | undefined;

/**
 * Checks once per page load that the bundle exists before a frame tries to run it. The content
 * type matters: a dev server answers unknown paths with its index page and status 200.
 */
export function useEmbedBundleStatus(url: string): EmbedBundleStatus {
  const [status, setStatus] = useState<EmbedBundleStatus>('checking');
  useEffect(() => {
    let current = true;
    probe ??= fetch(url, { method: 'HEAD', cache: 'no-store' }).then(
      (response) =>
        response.ok && (response.headers.get('content-type') ?? '').includes('javascript') ? 'available' : 'missing',
      () => 'missing',
    );
    void probe.then((result) => {
      if (current) setStatus(result);
    });
    return () => {
      current = false;
    };
  }, [url]);
  return status;
}
