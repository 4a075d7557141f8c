import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import { ruleDetectors } from '../../../lib/detectors/rule-detectors.ts';
import { RegistrySnapshotProvider } from '../../../lib/packages/registry-snapshot-provider.ts';

describe('ruleDetectors', () => {
  it('is DETECTORS with package-check bound to the given snapshot', async () => {
    let asked = 0;
    const registry = new RegistrySnapshotProvider(async () => {
      asked += 1;
      throw new Error('no snapshot here');
    });
    const detectors = ruleDetectors(registry);
    expect(detectors.map((d) => d.meta.id)).toEqual(DETECTORS.map((d) => d.meta.id));
    const packageCheck = detectors.find((d) => d.meta.id === 'package-check')!;
    expect(packageCheck).not.toBe(DETECTORS.find((d) => d.meta.id === 'package-check'));
    expect(detectors.filter((d) => d.meta.id !== 'package-check').every((d) => DETECTORS.includes(d))).toBe(true);
    await registry.load();
    expect(asked).toBe(1);
  });
});
