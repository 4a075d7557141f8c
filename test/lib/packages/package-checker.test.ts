import { describe, expect, it } from 'vitest';
import { PackageChecker } from '../../../lib/packages/package-checker.ts';
import type { PackageMention } from '../../../lib/packages/package-mention.ts';
import { POPULAR_NPM_PACKAGES } from '../../../lib/packages/popular-npm-packages.ts';
import { tinySnapshot } from './fixtures/tiny-snapshot.ts';

const checker = new PackageChecker(tinySnapshot());
const mention = (ecosystem: PackageMention['ecosystem'], lookup: string, kind: PackageMention['kind'] = 'install'): PackageMention => ({
  ecosystem,
  kind,
  name: lookup.split('.')[0]!,
  lookup,
  start: 0,
  end: 1,
});
const rule = (m: PackageMention) => checker.check(m)?.rule;

describe('the curated popular npm list', () => {
  it('is sorted, without duplicates, in lower case', () => {
    expect([...POPULAR_NPM_PACKAGES].sort()).toEqual(POPULAR_NPM_PACKAGES);
    expect(new Set(POPULAR_NPM_PACKAGES).size).toBe(POPULAR_NPM_PACKAGES.length);
    for (const name of POPULAR_NPM_PACKAGES) expect(name).toBe(name.toLowerCase());
  });
});

describe('PackageChecker: npm', () => {
  it('passes names in the snapshot (any case) and in the curated popular list', () => {
    for (const name of ['express', 'left-pad', 'jsonstream', 'JSONStream', '@scope/real-pkg', 'react', 'lodash', 'reactt-dom']) expect(rule(mention('npm', name))).toBeUndefined();
  });

  it('reports names that are not on npm, as typosquats when near a popular one', () => {
    expect(rule(mention('npm', 'quantum-widget-forge'))).toBe('npm-not-found');
    expect(rule(mention('npm', 'express-jwt-session-guard'))).toBe('npm-typosquat');
    expect(rule(mention('npm', 'expresss'))).toBe('npm-typosquat');
    expect(checker.check(mention('npm', 'react_dom'))).toEqual({ rule: 'npm-typosquat', near: { target: 'react-dom', kind: 'separator' } });
    expect(rule(mention('npm', 'lodash-deep-merge-utils'))).toBe('npm-typosquat');
    // Without the typo search (past a reply's budget) the base rule is reported.
    expect(checker.check(mention('npm', 'lodash-deep-merge-utils'), false)?.rule).toBe('npm-not-found');
  });

  it('ignores Node built-ins in imports, and placeholders', () => {
    expect(rule(mention('npm', 'fs', 'import'))).toBeUndefined();
    expect(rule(mention('npm', 'child_process', 'import'))).toBeUndefined();
    expect(rule(mention('npm', 'your-package-name'))).toBeUndefined();
  });
});

describe('PackageChecker: PyPI installs', () => {
  it('passes listed projects in any spelling PEP 503 treats as the same', () => {
    for (const name of ['requests', 'Django', 'pyyaml', 'PyYAML', 'scikit_learn', 'Scikit.Learn', 'requests-toolbelt']) expect(rule(mention('pypi', name))).toBeUndefined();
  });

  it('calls a name outside the list unverified, a typo of a popular one a typosquat, a popular name plus affix a combosquat', () => {
    expect(rule(mention('pypi', 'fastapi-auth-helper'))).toBe('pypi-unverified');
    expect(rule(mention('pypi', 'reqeusts'))).toBe('pypi-typosquat');
    expect(rule(mention('pypi', 'scikitlearn'))).toBe('pypi-typosquat');
    expect(rule(mention('pypi', 'sklearm'))).toBe('pypi-typosquat');
    expect(rule(mention('pypi', 'requests-py'))).toBe('pypi-combosquat');
    expect(rule(mention('pypi', 'pandaslite'))).toBe('pypi-combosquat');
  });
});

describe('PackageChecker: Python imports', () => {
  it('passes the standard library, mapped modules, namespace and affixed distributions, and local module names', () => {
    for (const module of ['os', 'json', 'tomllib', 'distutils', 'urllib2', 'cv2', 'yaml', 'PIL', 'bs4', 'sklearn.svm', 'dateutil.parser', 'numpy', 'utils', 'models']) {
      expect(rule(mention('pypi', module, 'import'))).toBeUndefined();
    }
  });

  it('reports other modules as unverified, and typos of popular modules as typosquats', () => {
    expect(rule(mention('pypi', 'fastapi_auth_helper', 'import'))).toBe('python-import-unverified');
    expect(rule(mention('pypi', 'pandsa', 'import'))).toBe('python-import-typosquat');
    expect(rule(mention('pypi', 'nunpy.linalg', 'import'))).toBe('python-import-typosquat');
    // A popular name plus an affix is as likely the project's own module.
    expect(rule(mention('pypi', 'pandas_helpers', 'import'))).toBe('python-import-unverified');
  });
});

describe('PackageChecker: ecosystems without a snapshot', () => {
  it('checks only that a Go path can be a module path, and nothing for crates and gems', () => {
    expect(rule(mention('go', 'github.com/gin-gonic/gin'))).toBeUndefined();
    expect(rule(mention('go', 'gin'))).toBe('go-path-implausible');
    expect(rule(mention('crates', 'serdee'))).toBeUndefined();
    expect(rule(mention('rubygems', 'railz'))).toBeUndefined();
  });
});
