#!/usr/bin/env node
// The `rampart` CLI launcher: runs lib/cli/main.ts straight from the TypeScript sources (tsx), so
// it works from a fresh checkout after `npm ci` with nothing built. Paths are resolved from this
// file, not the working directory.
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { main, nodeIo } = await import(pathToFileURL(resolve(root, 'lib/cli/main.ts')).href);
process.exitCode = await main(process.argv.slice(2), nodeIo());
