import type { GateRule } from '../../lib/gate/gate-rule.ts';

/** A gate rule for engine tests: only what a test names differs from these defaults. */
export const gateRule = (overrides: Partial<GateRule> & Pick<GateRule, 'id' | 'anchors' | 'pattern'>): GateRule => ({
  family: 'test',
  category: 'prompt-attack',
  severity: 'high',
  description: 'test rule',
  reference: 'test',
  examples: { flagged: [], clean: [] },
  score: { inbound: 0.9, outbound: 0.8 },
  ...overrides,
});
