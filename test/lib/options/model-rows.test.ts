import { describe, expect, it } from 'vitest';
import { readModelRows } from '../../../lib/options/model-rows.ts';

describe('readModelRows', () => {
  it('keeps id, version, role and state of each model, dropping junk', () => {
    expect(
      readModelRows([
        { id: 'prompt-attack', version: '3', role: 'active', state: 'ready', loadMs: 120 },
        { id: 'vector-guard', version: '1', role: 'shadow', state: 'unavailable', reason: 'hash mismatch' },
        { id: 7, state: 'ready' },
      ]),
    ).toEqual([
      { id: 'prompt-attack', version: '3', role: 'active', state: 'ready' },
      { id: 'vector-guard', version: '1', role: 'shadow', state: 'unavailable', reason: 'hash mismatch' },
    ]);
    expect(readModelRows(undefined)).toEqual([]);
  });
});
