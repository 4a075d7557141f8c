import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { summarizeVerdict } from '../../../lib/messaging/verdict-summary.ts';
import { fakeDetector, finding, reportOf } from '../../support/fake-detectors.ts';

describe('summarizeVerdict', () => {
  it('keeps reasons and spans but never the text', async () => {
    const secret = 'hunter2-SECRET-value';
    const text = `my password is ${secret}`;
    const start = text.indexOf(secret);
    const detector = fakeDetector(
      'pw',
      () => reportOf(finding('pw', 0.9, 'secrets', { spans: [{ start, end: text.length }] })),
      { categories: ['secrets'] },
    );
    const result = await createPipeline({ detectors: [detector] }).scan({ text, direction: 'inbound' });
    if (!result.ok) throw new Error(result.error);
    const summary = summarizeVerdict(result.value, 1234);
    expect(summary).toMatchObject({ at: 1234, action: 'redact', direction: 'inbound', spans: [{ start, end: text.length }] });
    expect(summary.reasons[0]).toMatchObject({ category: 'secrets', ruleIds: ['pw/hit'] });
    expect(JSON.stringify(summary)).not.toContain('hunter2');
  });

  it('records how long each detector that ran took (skipped ones are left out)', async () => {
    const ran = fakeDetector('ran', () => reportOf());
    const outbound = fakeDetector('outbound-only', () => reportOf(), { directions: ['outbound'] });
    const result = await createPipeline({ detectors: [ran, outbound] }).scan({ text: 'hello', direction: 'inbound' });
    if (!result.ok) throw new Error(result.error);
    const { detectorMs } = summarizeVerdict(result.value, 1);
    expect(Object.keys(detectorMs)).toEqual(['ran']);
    expect(detectorMs.ran).toBeGreaterThanOrEqual(0);
  });
});
