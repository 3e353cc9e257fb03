import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { MeetingsClient } from '../../../src/api/types';
import { MeetingsClientContext } from '../../../src/hooks/MeetingsClientContext';

/** renderHook inside a fresh QueryClient and the given MeetingsClient. */
export function renderWithClient<Result, Props>(
  hook: (props: Props) => Result,
  client: MeetingsClient,
  options: { initialProps?: Props; queryClient?: QueryClient } = {},
) {
  const queryClient = options.queryClient ?? new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MeetingsClientContext.Provider value={client}>{children}</MeetingsClientContext.Provider>
    </QueryClientProvider>
  );
  return { ...renderHook(hook, { wrapper, initialProps: options.initialProps }), queryClient };
}
