import { describe, expect, it, vi } from 'vitest';
import { watchSettings } from '../../../../lib/adapters/options/settings-changes.ts';

describe('watchSettings', () => {
  it('fires on the settings key and on managed policy, not on other storage', () => {
    let listener: ((changes: Record<string, unknown>, area: string) => void) | undefined;
    const events = { addListener: vi.fn((l) => (listener = l)), removeListener: vi.fn() };
    const onChange = vi.fn();
    const stop = watchSettings(onChange, events as never);
    listener!({ stats: {} }, 'local');
    expect(onChange).not.toHaveBeenCalled();
    listener!({ settings: {} }, 'local');
    listener!({ anything: {} }, 'managed');
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    expect(events.removeListener).toHaveBeenCalledWith(listener);
  });
});
