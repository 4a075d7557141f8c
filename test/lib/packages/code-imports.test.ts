import { describe, expect, it } from 'vitest';
import { CODE_IMPORT_PATTERNS, findImportMentions, packageOfSpecifier } from '../../../lib/packages/code-imports.ts';
import type { PackageMention } from '../../../lib/packages/package-mention.ts';
import { replyRegions } from '../../../lib/packages/reply-regions.ts';
import { redosVerdict } from '../../support/redos-check.ts';

function imports(text: string): Array<[string, string, string]> {
  const out: PackageMention[] = [];
  for (const region of replyRegions(text)) findImportMentions(text, region, 1_000, out);
  return out.map((m) => [m.ecosystem, m.lookup, text.slice(m.start, m.end)]);
}

describe('Python imports', () => {
  it('reads import and from-import statements in a Python fence, spanning the top-level name', () => {
    const text = '```python\nimport numpy as np\nimport os, sys as system, yaml\nfrom sklearn.model_selection import train_test_split\nfrom google.cloud import storage\n    import torch.nn as nn\ntry: import ujson\nexcept ImportError: pass\n```';
    expect(imports(text)).toEqual([
      ['pypi', 'numpy', 'numpy'],
      ['pypi', 'os', 'os'],
      ['pypi', 'sys', 'sys'],
      ['pypi', 'yaml', 'yaml'],
      ['pypi', 'sklearn.model_selection', 'sklearn'],
      ['pypi', 'google.cloud', 'google'],
      ['pypi', 'torch.nn', 'torch'],
    ]);
  });

  it('skips relative imports', () => {
    expect(imports('```python\nfrom . import views\nfrom .models import User\nfrom ..x import y\n```')).toEqual([]);
  });

  it('in prose and unlabelled fences, only whole import lines count', () => {
    expect(imports('import numpy as np')).toEqual([['pypi', 'numpy', 'numpy']]);
    expect(imports('We import the data from there import it.')).toEqual([]);
    expect(imports('from there import the data')).toEqual([]);
    expect(imports('from typing import (List, Dict)')).toEqual([['pypi', 'typing', 'typing']]);
    expect(imports('```\nimport requests  # HTTP\n```')).toEqual([['pypi', 'requests', 'requests']]);
  });

  it('leaves other languages alone: Java/Kotlin/Swift/Haskell imports and fences of other languages', () => {
    expect(imports('```\nimport java.util.List;\nimport UIKit\nimport Data.List\n```')).toEqual([]);
    expect(imports('```swift\nimport Foundation\n```')).toEqual([]);
    expect(imports('```bash\nimport x\n```')).toEqual([]);
    expect(imports('```\nimport PIL\n```')).toEqual([['pypi', 'PIL', 'PIL']]);
  });
});

describe('JavaScript imports', () => {
  it('reads import, export-from, dynamic import and require, spanning the package', () => {
    const text = "```ts\nimport React, { useState } from 'react';\nimport './styles.css';\nimport type { Config } from \"tailwindcss\";\nexport { x } from '@scope/pkg/sub';\nconst _ = require('lodash/fp');\nconst m = await import('zod');\nimport 'reflect-metadata';\n```";
    expect(imports(text)).toEqual([
      ['npm', 'react', 'react'],
      ['npm', 'tailwindcss', 'tailwindcss'],
      ['npm', '@scope/pkg', '@scope/pkg'],
      ['npm', 'lodash', 'lodash'],
      ['npm', 'zod', 'zod'],
      ['npm', 'reflect-metadata', 'reflect-metadata'],
    ]);
  });

  it('in prose, only lines that are import statements or require() calls', () => {
    expect(imports("It came from 'somewhere' really.")).toEqual([]);
    expect(imports("import express from 'express'")).toEqual([['npm', 'express', 'express']]);
  });
});

describe('packageOfSpecifier', () => {
  it.each([
    ['react', 'react'],
    ['react-dom/client', 'react-dom'],
    ['@mui/material/Button', '@mui/material'],
    ['npm:chalk@5', 'chalk'],
    ['npm:@scope/x@1/sub', '@scope/x'],
  ])('%s → %s', (specifier, name) => {
    expect(packageOfSpecifier(specifier)).toBe(name);
  });

  it.each(['./x', '../x', '/x', 'node:fs', 'https://esm.sh/react', '@/components/x', '~/utils', '#internal', 'bun:test', 'jsr:@std/path', '$lib/x', '@scope'])('%s names no package', (specifier) => {
    expect(packageOfSpecifier(specifier)).toBeUndefined();
  });
});

describe('bounds', () => {
  it('keeps at most maxMentions and skips over-long lines', () => {
    const text = '```python\n' + 'import a\n'.repeat(50) + `import ${'b'.repeat(3_000)}\n` + '```';
    const out: PackageMention[] = [];
    for (const region of replyRegions(text)) findImportMentions(text, region, 10, out);
    expect(out).toHaveLength(10);
    expect(imports(`\`\`\`python\nimport ${'x'.repeat(2_500)}\n\`\`\``)).toEqual([]);
  });

  it.each(CODE_IMPORT_PATTERNS.map((pattern) => [pattern.source.slice(0, 50), pattern] as const))('%s passes the ReDoS check', async (_, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  }, 120_000);
});
