import { describe, expect, it } from 'vitest';
import type { PackageMention } from '../../../../lib/packages/package-mention.ts';
import { packageAllowList } from '../../../../lib/rules/custom/package-allow-list.ts';

const mention = (overrides: Partial<PackageMention>): PackageMention => ({ ecosystem: 'npm', kind: 'install', name: 'x', lookup: 'x', start: 0, end: 1, ...overrides });

describe('packageAllowList', () => {
  const allowed = packageAllowList(['@Acme/Tools', 'acme_internal', ' ']);

  it('matches npm names exactly, case-insensitively', () => {
    expect(allowed(mention({ name: '@acme/tools', lookup: '@acme/tools' }))).toBe(true);
    expect(allowed(mention({ name: '@acme/tool', lookup: '@acme/tool' }))).toBe(false);
    expect(allowed(mention({ name: 'acme-internal', lookup: 'acme-internal' }))).toBe(false);
  });

  it('matches PyPI names the PEP 503 way, and imports of a package’s submodules', () => {
    expect(allowed(mention({ ecosystem: 'pypi', name: 'Acme-Internal', lookup: 'Acme-Internal' }))).toBe(true);
    expect(allowed(mention({ ecosystem: 'pypi', kind: 'import', name: 'acme_internal.client', lookup: 'acme_internal.client' }))).toBe(true);
    expect(allowed(mention({ ecosystem: 'pypi', kind: 'import', name: 'acme_internals', lookup: 'acme_internals' }))).toBe(false);
  });

  it('allows nothing for an empty list', () => {
    expect(packageAllowList([])(mention({}))).toBe(false);
  });
});
