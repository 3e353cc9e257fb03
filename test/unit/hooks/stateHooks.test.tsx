import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFollowedState } from '../../../src/hooks/useFollowedState';
import { useLatestCallback } from '../../../src/hooks/useLatestCallback';

describe('useFollowedState', () => {
  it('starts from the prop, keeps the visitor change, and follows a new prop', () => {
    const { result, rerender } = renderHook(({ zone }) => useFollowedState(zone, (z: string) => z.toUpperCase()), {
      initialProps: { zone: 'utc' },
    });
    expect(result.current[0]).toBe('UTC');
    act(() => result.current[1]('ASIA/KOLKATA'));
    rerender({ zone: 'utc' });
    expect(result.current[0]).toBe('ASIA/KOLKATA');
    rerender({ zone: 'europe/london' });
    expect(result.current[0]).toBe('EUROPE/LONDON');
  });
});

describe('useLatestCallback', () => {
  it('keeps one identity and calls the latest callback', () => {
    const first = vi.fn(() => 1);
    const second = vi.fn(() => 2);
    const { result, rerender } = renderHook(({ callback }) => useLatestCallback(callback), { initialProps: { callback: first } });
    const stable = result.current;
    rerender({ callback: second });
    expect(result.current).toBe(stable);
    expect(result.current()).toBe(2);
    expect(first).not.toHaveBeenCalled();
  });

  it('does nothing when the host passed no callback', () => {
    const { result } = renderHook(() => useLatestCallback<[string], void>(undefined));
    expect(result.current('x')).toBeUndefined();
  });
});
