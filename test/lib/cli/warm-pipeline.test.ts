import { describe, expect, it } from 'vitest';
import { createWarmPipeline } from '../../../lib/cli/warm-pipeline.ts';
import { cliDetectors } from '../../../lib/cli/node-models.ts';

// Its own file: vitest gives each file fresh modules, so the gate's indices are not yet built
// here and the first scan is as cold as a CLI run's.
describe('createWarmPipeline', () => {
  it('runs every model on the very first scan of a cold process (none skipped for the latency budget)', async () => {
    const pipeline = await createWarmPipeline({ detectors: await cliDetectors(false) });
    const result = await pipeline.scan({ text: 'What is a good recipe for leek soup?', direction: 'inbound', site: 'cli', profile: 'standard' });
    if (!result.ok) throw new Error(result.error);
    const models = result.value.outcomes.filter((outcome) => /model|content-safety|code-intent|vector-guard/.test(outcome.detectorId));
    expect(models.length).toBeGreaterThanOrEqual(4);
    expect(models.map((outcome) => [outcome.detectorId, outcome.status === 'skipped' ? outcome.reason : outcome.status])).toEqual(
      models.map((outcome) => [outcome.detectorId, 'ok']),
    );
  });
});
