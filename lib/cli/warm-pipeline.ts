import { createPipeline, type Pipeline, type PipelineOptions } from '../core/pipeline.ts';

/**
 * A pipeline whose cheap layers have paid their first-use costs (Pipeline.warmUp). Every CLI run
 * starts cold, and a cold first scan spends the latency budget building the gate's indices, so
 * the router would skip the models ("skipped (budget)") on a verdict that a warm extension gives
 * with them: `rampart scan` printed rules-only verdicts, and eval's first row was scanned so.
 */
export async function createWarmPipeline(options: PipelineOptions): Promise<Pipeline> {
  const pipeline = createPipeline(options);
  await pipeline.warmUp();
  return pipeline;
}
