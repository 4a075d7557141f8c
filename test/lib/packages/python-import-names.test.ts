import { describe, expect, it } from 'vitest';
import { distributionCandidates, IMPORT_TO_DISTRIBUTION, isCommonLocalModuleName } from '../../../lib/packages/python-import-names.ts';

describe('distributionCandidates', () => {
  it.each([
    ['cv2', 'opencv-python'],
    ['sklearn.model_selection', 'scikit-learn'],
    ['yaml', 'pyyaml'],
    ['PIL', 'pillow'],
    ['bs4', 'beautifulsoup4'],
    ['google.protobuf.message', 'protobuf'],
    ['google.cloud.storage', 'google-cloud-storage'],
    ['dateutil.parser', 'python-dateutil'],
    ['serial', 'pyserial'],
    ['git', 'gitpython'],
    ['kafka', 'kafka-python'],
    ['dns.resolver', 'dnspython'],
    ['flask_sqlalchemy', 'flask-sqlalchemy'],
    ['numpy', 'numpy'],
  ])('%s may be distributed as %s', (module, distribution) => {
    expect(distributionCandidates(module)).toContain(distribution);
  });

  it('puts the curated mapping first and never returns duplicates', () => {
    const candidates = distributionCandidates('yaml');
    expect(candidates[0]).toBe('pyyaml');
    expect(new Set(candidates).size).toBe(candidates.length);
    expect(distributionCandidates('')).toEqual([]);
  });

  it('maps to normalised PyPI names only', () => {
    for (const distribution of Object.values(IMPORT_TO_DISTRIBUTION)) expect(distribution).toBe(distribution.toLowerCase());
  });
});

describe('isCommonLocalModuleName', () => {
  it('knows the module names projects give themselves', () => {
    for (const name of ['utils', 'models', 'config', 'app', 'Settings']) expect(isCommonLocalModuleName(name)).toBe(true);
    for (const name of ['numpy', 'requesst']) expect(isCommonLocalModuleName(name)).toBe(false);
  });
});
