import { describe, expect, it } from 'vitest';
import {
  crateOf,
  gemOf,
  goPathOf,
  isPlausibleGoPath,
  npmCreatePackageOf,
  npmPackageOf,
  pypiPackageOf,
  SPECIFIER_PATTERNS,
} from '../../../lib/packages/package-specifier.ts';
import { redosVerdict } from '../../support/redos-check.ts';

describe('npmPackageOf', () => {
  it.each([
    ['react', 'react', 'react'],
    ['react@^18.2.0', 'react', 'react'],
    ['react@latest', 'react', 'react'],
    ['@types/node', '@types/node', '@types/node'],
    ['@types/node@20', '@types/node', '@types/node'],
    ['my-react@npm:react@18', 'react', 'react'],
    ['lodash.merge', 'lodash.merge', 'lodash.merge'],
  ])('%s → %s', (value, name, lookup) => {
    expect(npmPackageOf(value)).toEqual({ name, lookup });
  });

  it.each(['./local', '../x', '/abs/path', '~/x', 'file:../x', 'git+https://github.com/a/b.git', 'github:user/repo', 'user/repo', 'https://x.test/a.tgz', 'pkg.tgz', 'workspace:*', '$PKG', '.', 'FOO=bar', '@scope', 'a b'])('%s is not a registry name', (value) => {
    expect(npmPackageOf(value)).toBeUndefined();
  });
});

describe('npmCreatePackageOf', () => {
  it.each([
    ['vite@latest', 'vite', 'create-vite'],
    ['react-app', 'react-app', 'create-react-app'],
    ['@vue', '@vue', '@vue/create'],
  ])('npm create %s runs %s', (value, name, lookup) => {
    // `@vue` alone is not a package name, so it is not found; a scoped initializer is.
    const named = npmCreatePackageOf(value);
    if (value === '@vue') expect(named).toBeUndefined();
    else expect(named).toEqual({ name, lookup });
  });

  it('maps a scoped initializer to its create- package', () => {
    expect(npmCreatePackageOf('@scope/app')).toEqual({ name: '@scope/app', lookup: '@scope/create-app' });
  });
});

describe('pypiPackageOf', () => {
  it.each([
    ['requests', 'requests'],
    ['requests==2.31.0', 'requests'],
    ['Django>=4,<5', 'Django'],
    ['uvicorn[standard]', 'uvicorn'],
    ['uvicorn[standard]>=0.20', 'uvicorn'],
    ['numpy~=1.26', 'numpy'],
    ['pendulum@^2.0.5', 'pendulum'],
    ['pywin32;sys_platform=="win32"', 'pywin32'],
    ['zope.interface', 'zope.interface'],
  ])('%s → %s', (value, name) => {
    expect(pypiPackageOf(value)).toEqual({ name, lookup: name });
  });

  it.each(['.', './pkg', '-e', 'git+https://github.com/a/b', 'https://x.test/p.whl', 'pkg-1.0-py3-none-any.whl', 'dist/pkg.tar.gz', 'requirements.txt', 'C:\\pkg', 'numpy$VER', 'numpy*'])('%s is not a registry name', (value) => {
    expect(pypiPackageOf(value)).toBeUndefined();
  });
});

describe('crates, gems and Go paths', () => {
  it('reads crate and gem names', () => {
    expect(crateOf('serde@1.0')).toEqual({ name: 'serde', lookup: 'serde' });
    expect(crateOf('9lives')).toBeUndefined();
    expect(gemOf('rails')).toEqual({ name: 'rails', lookup: 'rails' });
  });

  it('reads Go paths and judges whether they can be module paths', () => {
    expect(goPathOf('github.com/gin-gonic/gin@v1.9.1')).toEqual({ name: 'github.com/gin-gonic/gin', lookup: 'github.com/gin-gonic/gin' });
    expect(goPathOf('./...')).toBeUndefined();
    expect(isPlausibleGoPath('github.com/gin-gonic/gin')).toBe(true);
    expect(isPlausibleGoPath('golang.org/x/tools/...')).toBe(true);
    expect(isPlausibleGoPath('gin')).toBe(false);
    expect(isPlausibleGoPath('github/gin')).toBe(false);
    expect(isPlausibleGoPath('github.com/a b')).toBe(false);
  });
});

describe('specifier patterns', () => {
  it.each(SPECIFIER_PATTERNS.map((pattern) => [pattern.source.slice(0, 50), pattern] as const))('%s passes the ReDoS check', async (_, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  }, 120_000);
});
