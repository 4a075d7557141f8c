import { describe, expect, it } from 'vitest';
import { isPlaceholderName, PLACEHOLDER_PATTERNS } from '../../../lib/packages/placeholder-names.ts';
import { redosVerdict } from '../../support/redos-check.ts';

describe('isPlaceholderName', () => {
  it.each(['package-name', 'your-package', 'your_package_name', 'my-lib', 'package1', 'module_name', 'PACKAGE', 'foo', 'some-library'])('%s is a placeholder', (name) => {
    expect(isPlaceholderName(name)).toBe(true);
  });

  it.each(['packaging', 'requests', 'my-react-app-utils', 'libxml', 'foobar', 'appdirs'])('%s is not', (name) => {
    expect(isPlaceholderName(name)).toBe(false);
  });

  it.each(PLACEHOLDER_PATTERNS.map((pattern) => [pattern.source.slice(0, 50), pattern] as const))('%s passes the ReDoS check', async (_, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  }, 120_000);
});
