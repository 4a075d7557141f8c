import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { robustnessCommand } from '../../../lib/cli/robustness-command.ts';
import { TECHNIQUE_IDS } from '../../../lib/eval/obfuscate.ts';
import { captureIo } from './capture-io.ts';

const line = (fields: Record<string, unknown>) => JSON.stringify(fields);

describe('rampart robustness', () => {
  let dir: string;
  let file: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rampart-robustness-'));
    file = join(dir, 'inbound.jsonl');
    writeFileSync(
      file,
      [
        // Over the standard profile's scan limit: flagged in plain form by the size detector.
        line({ id: 'a-1', text: `MARK_R1 ${'w'.repeat(100_001)}`, label: 'attack', family: 'injection' }),
        line({ id: 'a-2', text: 'MARK_R2 short attack', label: 'attack', family: 'injection' }),
        line({ id: 'b-1', text: 'MARK_R3 hello there', label: 'benign', family: 'benign' }),
        'not json',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-scans each plainly flagged attack once per technique and never prints row text', async () => {
    const io = captureIo();
    expect(await robustnessCommand(['--data', file, '--json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.attack).toEqual({ n: 2, flaggedPlain: 1 });
    expect(Object.keys(report.byTechnique)).toEqual([...TECHNIQUE_IDS]);
    for (const technique of TECHNIQUE_IDS) expect(report.byTechnique[technique].n).toBe(1);
    expect(report.benign).toMatchObject({ n: 1, flagged: 0, flaggedByObfuscationOnly: 0, obfuscationOnlyRate: 0 });
    expect(report.errors).toBe(1);
    expect(io.out() + io.err()).not.toContain('MARK_');
  });

  it('prints a table without --json and rejects bad arguments', async () => {
    const io = captureIo();
    expect(await robustnessCommand(['--data', file, '--limit', '1'], io)).toBe(0);
    expect(io.out()).toContain('technique');
    const bad = captureIo();
    expect(await robustnessCommand(['--data', file, '--split', 'x'], bad)).toBe(1);
    expect(await robustnessCommand([], bad)).toBe(1);
  });
});
