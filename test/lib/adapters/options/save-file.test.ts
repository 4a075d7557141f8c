import { describe, expect, it, vi } from 'vitest';
import { readPickedFile, saveTextFile } from '../../../../lib/adapters/options/save-file.ts';

describe('save-file', () => {
  it('downloads through a Blob URL on a temporary link, then revokes it', async () => {
    vi.useFakeTimers();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const link = { href: '', download: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
    const doc = { createElement: vi.fn(() => link), body: { append: vi.fn() } };
    saveTextFile('{"a":1}', 'rampart-settings.json', 'application/json', doc as never);
    expect(link).toMatchObject({ href: 'blob:x', download: 'rampart-settings.json' });
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
    const blob = created.mock.calls[0]![0] as Blob;
    expect(await blob.text()).toBe('{"a":1}');
    expect(revoked).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoked).toHaveBeenCalledWith('blob:x');
    vi.useRealTimers();
  });

  it('does not read a file over the limit', async () => {
    const text = vi.fn(async () => 'x');
    expect(await readPickedFile({ size: 11, text }, 10)).toBeUndefined();
    expect(text).not.toHaveBeenCalled();
    expect(await readPickedFile({ size: 1, text }, 10)).toBe('x');
  });
});
