import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataOptions } from '../../../lib/cli/data-options.ts';

const dir = mkdtempSync(join(tmpdir(), 'rampart-data-options-'));
const inbound = join(dir, 'tool.jsonl');
const outbound = join(dir, 'outbound.jsonl');
writeFileSync(inbound, '');
writeFileSync(outbound, '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseDataOptions', () => {
  it('infers each file’s direction from its name and fills the defaults', async () => {
    expect(await parseDataOptions({ data: [inbound, outbound] })).toEqual({
      ok: true,
      value: {
        files: [
          { path: inbound, direction: 'inbound' },
          { path: outbound, direction: 'outbound' },
        ],
        profile: 'standard',
        split: undefined,
        limit: Number.POSITIVE_INFINITY,
        rulesOnly: false,
      },
    });
  });

  it('applies --direction, --profile, --split and --limit', async () => {
    const result = await parseDataOptions({ data: [outbound], direction: 'inbound', profile: 'kids', split: 'validation', limit: '5' });
    expect(result).toMatchObject({ ok: true, value: { files: [{ direction: 'inbound' }], profile: 'kids', split: 'validation', limit: 5 } });
  });

  it.each([
    [{}, 'at least one --data'],
    [{ data: [join(dir, 'missing.jsonl')] }, 'cannot read (ENOENT)'],
    [{ data: [dir] }, 'not a file'],
    [{ data: [inbound], split: 'test' }, '--split must be train or validation'],
    [{ data: [inbound], limit: '-1' }, '--limit must be a positive integer'],
    [{ data: [inbound], profile: 'nope' }, 'unknown --profile'],
  ])('rejects %j', async (values, message) => {
    const result = await parseDataOptions(values);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
