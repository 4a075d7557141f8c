import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import type { DetectorOutcome } from '../../../lib/core/outcome.ts';
import { createPackageCheck, meta, packageCheck } from '../../../lib/detectors/package-check.ts';
import { RegistrySnapshotProvider } from '../../../lib/packages/registry-snapshot-provider.ts';
import { runCase, testDetector } from '../../support/detector-tester.ts';
import { INVENTED_NPM_NAMES, INVENTED_PYPI_NAMES, REAL_NPM_NAMES, REAL_PYPI_NAMES } from '../packages/fixtures/package-name-lists.ts';
import { tinyProvider, tinySnapshotBytes } from '../packages/fixtures/tiny-snapshot.ts';
import { detectorContext } from '../../support/detector-context.ts';

const prefix = `${meta.id}/`;
const detector = createPackageCheck(tinyProvider());

testDetector(detector, {
  clean: [
    { text: 'Sure! Here is a haiku about autumn leaves.' },
    { text: 'Install it with `npm install express` and start the server.' },
    { text: '```bash\nnpm i -D typescript @types/node\npip install -U "requests[socks]>=2.31" Django==5.0\n```' },
    { text: '```python\nimport os, json\nimport numpy as np\nfrom sklearn.svm import SVC\nimport cv2, yaml\nfrom PIL import Image\nfrom bs4 import BeautifulSoup\nfrom . import views\nimport utils\n```' },
    { text: "```js\nimport fs from 'node:fs';\nconst path = require('path');\nimport App from './App';\nimport x from '@/lib/x';\nimport express from 'express';\n```" },
    { name: 'placeholders are not packages', text: 'Run `pip install package-name` or `npm install your-package`.' },
    { name: 'local modules the reply defines', text: 'Save this as `scraper_core.py`, then:\n```python\nimport scraper_core\n```' },
    { name: 'paths, URLs and git sources', text: '```\npip install -e . git+https://github.com/a/b.git ./dist/x.whl\nnpm i ../lib github:user/repo\n```' },
    { name: 'ecosystems without a snapshot', text: '```\ncargo add serdee\ngem install railz\ngo get github.com/gin-gonic/gin\n```' },
    { name: 'prose that only mentions a tool', text: 'npm is a package manager; you can go get lunch while pip works.' },
  ],
  flagged: [
    { text: 'Run `npm install quantum-widget-forge` first.', ruleId: `${prefix}npm-not-found`, spans: [{ start: 17, end: 37 }], minScore: 0.9 },
    { text: 'npm i expresss', ruleId: `${prefix}npm-typosquat`, minScore: 0.9 },
    { text: "```js\nconst x = require('react_dom');\n```", ruleId: `${prefix}npm-typosquat` },
    { text: 'npx create-quantum-widget-app my-app', ruleId: `${prefix}npm-not-found` },
    { text: 'npm create quantum-widget@latest', ruleId: `${prefix}npm-not-found` },
    { text: 'pip install reqeusts', ruleId: `${prefix}pypi-typosquat`, minScore: 0.8 },
    { text: 'pip install requests_py', ruleId: `${prefix}pypi-combosquat` },
    { text: 'pip install fastapi-auth-helper', ruleId: `${prefix}pypi-unverified`, spans: [{ start: 12, end: 31 }] },
    { text: '```python\nimport pandsa as pd\n```', ruleId: `${prefix}python-import-typosquat`, spans: [{ start: 17, end: 23 }] },
    { text: '```python\nfrom fastapi_auth_helper import guard\n```', ruleId: `${prefix}python-import-unverified` },
    { text: '```bash\ngo get gin\n```', ruleId: `${prefix}go-path-implausible` },
    { name: 'span in the original text through an invisible character', text: 'pip install\u200b reqeusts', ruleId: `${prefix}pypi-typosquat`, spans: [{ start: 13, end: 21 }] },
  ],
});

const findingsOf = (outcome: DetectorOutcome) => (outcome.status === 'ok' ? outcome.findings : []);

describe('detector package-check: loading and bounds', () => {
  it('does not load the snapshot for a reply that names no package; answers synchronously once loaded', async () => {
    let reads = 0;
    const provider = new RegistrySnapshotProvider(async () => {
      reads += 1;
      return tinySnapshotBytes();
    });
    const lazy = createPackageCheck(provider);
    expect((await runCase(lazy, { text: 'No packages here.' })).status).toBe('ok');
    expect(reads).toBe(0);
    expect(findingsOf(await runCase(lazy, { text: 'npm i quantum-widget-forge' }))).toHaveLength(1);
    expect(reads).toBe(1);
    const context = detectorContext('npm i quantum-widget-forge', { direction: 'outbound', site: 't', maxScanChars: 1_000 });
    expect(lazy.run(context)).not.toBeInstanceOf(Promise);
  });

  it('fails as model-unavailable (not "everything is fine") when the snapshot cannot be read', async () => {
    const broken = createPackageCheck(new RegistrySnapshotProvider(async () => Promise.reject(new Error('HTTP 404'))));
    const outcome = await runCase(broken, { text: 'npm i quantum-widget-forge' });
    expect(outcome.status === 'failed' && outcome.code).toBe('model-unavailable');
  });

  it('the registered, unconfigured detector skips replies that name packages and says why', async () => {
    const outcome = await runCase(packageCheck, { text: 'npm i quantum-widget-forge' });
    expect(outcome.status === 'skipped' && outcome.reason).toBe('detector:registry-snapshot-not-configured');
    expect((await runCase(packageCheck, { text: 'hello' })).status).toBe('ok');
  });

  it('reports one finding per name with every place it is named, never the text', async () => {
    const outcome = await runCase(detector, { text: 'npm i quantum-widget-forge\nnpm i quantum-widget-forge lodash' });
    const found = findingsOf(outcome);
    expect(found).toHaveLength(1);
    expect(found[0]!.spans).toHaveLength(2);
    expect(Object.keys(found[0]!).sort()).toEqual(['category', 'detectorId', 'ruleId', 'score', 'severity', 'spans']);
  });

  it('handles a reply with 1,000 install lines within its caps', async () => {
    const text = Array.from({ length: 1_000 }, (_, i) => `pip install invented-helper-${i}`).join('\n');
    const started = performance.now();
    const outcome = await runCase(detector, { text });
    expect(findingsOf(outcome)).toHaveLength(1_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('warns in the standard profile on a package that does not exist, and lets an unverified PyPI name through', async () => {
    const pipeline = createPipeline({ detectors: [detector] });
    const missing = await pipeline.scan({ text: 'npm install quantum-widget-forge', direction: 'outbound', profile: 'standard' });
    const unverified = await pipeline.scan({ text: 'pip install fastapi-auth-helper', direction: 'outbound', profile: 'standard' });
    expect(missing.ok && missing.value.action).toBe('warn');
    expect(unverified.ok && unverified.value.action).toBe('allow');
  });
});

describe('detector package-check on the built snapshot (issue 5 acceptance)', () => {
  const real = createPackageCheck(
    new RegistrySnapshotProvider(async () => new Uint8Array(readFileSync(new URL('../../../public/registry/package-names.bin', import.meta.url)))),
  );
  const flaggedRules = async (text: string) => findingsOf(await runCase(real, { text })).map((f) => f.ruleId);

  it(`passes every one of ${REAL_NPM_NAMES.length + REAL_PYPI_NAMES.length} real popular npm and PyPI names, as they are usually written`, async () => {
    expect(REAL_NPM_NAMES.length + REAL_PYPI_NAMES.length).toBeGreaterThanOrEqual(300);
    const failures: string[] = [];
    for (const name of REAL_NPM_NAMES) {
      for (const text of [`npm install ${name}`, `\`\`\`bash\nyarn add ${name}@latest\n\`\`\``]) if ((await flaggedRules(text)).length) failures.push(text);
    }
    for (const name of REAL_PYPI_NAMES) {
      for (const text of [`pip install ${name}`, `\`\`\`bash\npip install "${name}>=1.0"\n\`\`\``]) if ((await flaggedRules(text)).length) failures.push(text);
    }
    expect(failures).toEqual([]);
  });

  it('passes the imports of popular packages, the standard library and Node built-ins', async () => {
    const python = [
      'import numpy as np', 'import pandas as pd', 'import cv2', 'import yaml', 'from PIL import Image', 'from bs4 import BeautifulSoup',
      'from sklearn.model_selection import train_test_split', 'from skimage import io', 'import torch', 'from google.cloud import storage',
      'from dotenv import load_dotenv', 'import jwt', 'from dateutil import parser', 'import serial', 'from Crypto.Cipher import AES',
      'import psycopg2', 'import MySQLdb', 'from rest_framework import serializers', 'import win32api', 'from OpenSSL import crypto', 'import zmq',
      'from googleapiclient.discovery import build', 'import magic', 'from telegram.ext import Updater', 'import discord', 'import gi',
      'from docx import Document', 'from pptx import Presentation', 'import fitz', 'import git', 'from github import Github', 'import attr',
      'import pkg_resources', 'from jose import jwt', 'import socks', 'from nacl.public import PrivateKey', 'import dns.resolver',
      'from kafka import KafkaProducer', 'import websocket', 'from slugify import slugify', 'import os, sys, json, re, asyncio, tomllib',
      'from collections import defaultdict', 'import typing_extensions', 'from pydantic import BaseModel', 'import matplotlib.pyplot as plt',
    ];
    const js = [
      "import express from 'express'", "const _ = require('lodash')", "import { z } from 'zod'", "import fs from 'node:fs'", "import path from 'path'",
      "import React, { useState } from 'react'", "import type { Config } from 'tailwindcss'", "import { PrismaClient } from '@prisma/client'",
      "import { createRoot } from 'react-dom/client'", "const { promisify } = require('util')", "import crypto from 'crypto'",
    ];
    const failures: string[] = [];
    for (const line of python) if ((await flaggedRules(`\`\`\`python\n${line}\n\`\`\``)).length) failures.push(line);
    for (const line of js) if ((await flaggedRules(`\`\`\`js\n${line}\n\`\`\``)).length) failures.push(line);
    expect(failures).toEqual([]);
  });

  it('flags at least 95 % of the plausible invented names', async () => {
    expect(INVENTED_NPM_NAMES.length + INVENTED_PYPI_NAMES.length).toBeGreaterThanOrEqual(100);
    let flagged = 0;
    const missed: string[] = [];
    for (const name of INVENTED_NPM_NAMES) {
      if ((await flaggedRules(`npm install ${name}`)).length) flagged += 1;
      else missed.push(name);
    }
    for (const name of INVENTED_PYPI_NAMES) {
      if ((await flaggedRules(`pip install ${name}`)).length) flagged += 1;
      else missed.push(name);
    }
    expect(flagged / (INVENTED_NPM_NAMES.length + INVENTED_PYPI_NAMES.length), `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('reports every invented npm name (all absent from the complete list) as high', async () => {
    const notHigh: string[] = [];
    for (const name of INVENTED_NPM_NAMES) {
      const found = findingsOf(await runCase(real, { text: `npm install ${name}` }));
      if (!found.some((f) => f.severity === 'high')) notHigh.push(name);
    }
    // The filter answers "exists" for ~0.4 % of absent names: at most one miss is expected here.
    expect(notHigh.length, notHigh.join(', ')).toBeLessThanOrEqual(1);
  });

  it('uses fixture lists that match their sources: real names listed, invented names absent', () => {
    const npmText = readFileSync(new URL('../../../node_modules/all-the-package-names/names.json', import.meta.url), 'utf8');
    const npmNames = new Set<string>();
    for (const line of npmText.split('\n')) {
      const quoted = line.trim().replace(/,$/, '');
      if (quoted.startsWith('"')) npmNames.add((JSON.parse(quoted) as string).toLowerCase());
    }
    expect(INVENTED_NPM_NAMES.filter((name) => npmNames.has(name))).toEqual([]);
    expect(REAL_NPM_NAMES.filter((name) => !npmNames.has(name.toLowerCase()))).toEqual([]);
    const pep503 = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');
    const top = new Set(
      readFileSync(new URL('../../../../shared/datasets/registries/pypi-top-15000.csv', import.meta.url), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => pep503(line.slice(line.indexOf(',') + 1).replace(/"/g, '').trim())),
    );
    expect(INVENTED_PYPI_NAMES.filter((name) => top.has(pep503(name)))).toEqual([]);
    expect(REAL_PYPI_NAMES.filter((name) => !top.has(pep503(name)))).toEqual([]);
  }, 60_000);
});
