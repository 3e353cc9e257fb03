// Issue 13 item 10: a widget that owns its QueryClient clears it on unmount; a host's client is
// left alone; Strict Mode's double effects keep the cache.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useOwnedQueryClient } from '../../../src/hooks/useOwnedQueryClient';

function Probe({ host, onClient }: { host?: QueryClient; onClient: (client: QueryClient) => void }) {
  const client = useOwnedQueryClient(host);
  onClient(client);
  return null;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('useOwnedQueryClient', () => {
  it('clears its own client after unmount', async () => {
    let client: QueryClient | undefined;
    const view = render(<Probe onClient={(c) => (client = c)} />);
    client!.setQueryData(['x'], 1);
    view.unmount();
    await tick();
    expect(client!.getQueryCache().getAll()).toHaveLength(0);
  });

  it('keeps the cache through Strict Mode’s effect re-run', async () => {
    let client: QueryClient | undefined;
    const view = render(
      <StrictMode>
        <Probe onClient={(c) => (client = c)} />
      </StrictMode>,
    );
    client!.setQueryData(['x'], 1);
    await tick();
    expect(client!.getQueryData(['x'])).toBe(1);
    view.unmount();
    await tick();
    expect(client!.getQueryData(['x'])).toBeUndefined();
  });

  it('never clears a client the host passed', async () => {
    const host = new QueryClient();
    const clear = vi.spyOn(host, 'clear');
    host.setQueryData(['x'], 1);
    render(<Probe host={host} onClient={() => {}} />).unmount();
    await tick();
    expect(clear).not.toHaveBeenCalled();
    expect(host.getQueryData(['x'])).toBe(1);
  });
});
