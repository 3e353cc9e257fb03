import { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/** Clears scheduled for widgets' own clients that unmounted, cancelled if they mount again. */
const pendingClears = new WeakMap<QueryClient, ReturnType<typeof setTimeout>>();

/**
 * The host's QueryClient when it passes one, else the widget's own, created on first render and
 * cleared when the widget unmounts. Without the clear, the cache (and the data and closures it
 * holds) stays alive for React Query's gcTime, five minutes, after every unmount. The clear waits
 * a task, so a remount in the same turn (Strict Mode's second effect run) keeps the cache.
 */
export function useOwnedQueryClient(hostClient: QueryClient | undefined): QueryClient {
  const own = useRef<QueryClient | null>(null);
  if (!hostClient) own.current ??= new QueryClient();
  const client = hostClient ?? own.current!;
  const owned = hostClient === undefined;
  useEffect(() => {
    if (!owned) return;
    clearTimeout(pendingClears.get(client));
    pendingClears.delete(client);
    return () => {
      pendingClears.set(
        client,
        setTimeout(() => {
          pendingClears.delete(client);
          // In-flight reads (a prefetch) are cancelled first: one finishing later would put its
          // data into a removed query, whose own gc timer would then keep it for gcTime.
          void client.cancelQueries();
          client.clear();
        }, 0),
      );
    };
  }, [client, owned]);
  return client;
}
