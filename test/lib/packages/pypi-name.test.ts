import { describe, expect, it } from 'vitest';
import { isValidPypiName, normalisePypiName } from '../../../lib/packages/pypi-name.ts';

describe('PyPI names', () => {
  it('normalise per PEP 503: case and runs of - _ . are one separator', () => {
    expect(normalisePypiName('Scikit_Learn')).toBe('scikit-learn');
    expect(normalisePypiName('zope.interface')).toBe('zope-interface');
    expect(normalisePypiName('Foo__-.Bar')).toBe('foo-bar');
    expect(normalisePypiName('PyYAML')).toBe('pyyaml');
  });

  it('accept PEP 508 names only', () => {
    for (const name of ['requests', 'a', 'python-dateutil', 'zope.interface', 'Django', '2captcha-python']) expect(isValidPypiName(name)).toBe(true);
    for (const name of ['', '-requests', 'requests-', 'req uests', 'numpy==1', 'a'.repeat(201), 'ünïcode']) expect(isValidPypiName(name)).toBe(false);
  });
});
