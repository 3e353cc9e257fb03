import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSchedulerFlow } from '../../../src/hooks/useSchedulerFlow';
import { useFixedClock } from '../../helpers/fixedClock';
import { createFakeClient, page } from './fakeClient';
import { renderWithClient } from './renderWithClient';

useFixedClock('2025-10-09T12:00:00Z');

// The widget's form makes its start values in its own chunk; a UI of your own gets them from the
// public hook, as before.
describe('useSchedulerFlow values', () => {
  it('starts from the prefill once booking info is known, then follows what was typed', async () => {
    const { client } = createFakeClient([page([Date.parse('2025-10-13T13:00:00Z')], false)]);
    const prefill = { firstName: 'Melinda', email: 'menelson@hubspot.com' };
    const { result } = renderWithClient(() => useSchedulerFlow({ slug: 'jdoe', timezone: 'America/New_York', prefill }), client);
    expect(result.current.values).toBeUndefined();
    await waitFor(() => expect(result.current.values).toMatchObject({ firstName: 'Melinda', lastName: '', email: 'menelson@hubspot.com' }));
    const typed = { ...result.current.values!, lastName: 'Nelson' };
    act(() => result.current.setValues(typed));
    expect(result.current.values).toBe(typed);
  });
});
