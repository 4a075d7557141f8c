import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localeFiles } from './lib/ui/locale-files.ts';

const ORT_WASM = 'node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm';

/**
 * onnxruntime-web's bundle names its .wasm with `new URL('…wasm', import.meta.url)` as a fallback;
 * Vite turns that into a 14 MB inlined asset (a 38 MB background.js that Firefox rejects). Rampart
 * always sets `ort.env.wasm.wasmPaths` to the copy made below, so the fallback is never used:
 * replace it by the bare file name and let Vite see no asset.
 */
const ortWasmFallback = (): Plugin => ({
  name: 'rampart-ort-wasm-fallback',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('onnxruntime-web/dist/') || !code.includes('new URL("ort-wasm-simd-threaded.wasm",import.meta.url)')) return null;
    return { code: code.replaceAll('new URL("ort-wasm-simd-threaded.wasm",import.meta.url).href', '"ort-wasm-simd-threaded.wasm"'), map: null };
  },
});

/** The model files the manifest lists, with their exemplar indexes (exactly those, not stale versions). */
function modelFiles(): string[] {
  const manifest = JSON.parse(readFileSync(resolve('models/manifest.json'), 'utf8')) as {
    models: Record<string, { versions: Array<{ file: string; exemplarIndex?: { file: string } }> }>;
  };
  return Object.values(manifest.models).flatMap((entry) =>
    entry.versions.flatMap((version) => [version.file, ...(version.exemplarIndex ? [version.exemplarIndex.file] : [])]),
  );
}

// Thin build config: everything that decides lives in lib/. See ../shared/PLATFORM-NOTES.md for why
// the versions are pinned and why Preact is a Vite plugin (there is no WXT Preact module).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // Firefox MV3 is built with `-b firefox --mv3`; Chrome is MV3 by default.
  manifest: ({ browser }) => ({
    // In the browser's language, from the UI catalog (lib/ui/messages/, extName / extDescription).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // declarativeNetRequest: block and allow rules without host permissions (Chrome and Firefox),
    // for the exfil network guard (lib/exfil/resource-rules.ts).
    // offscreen (Chrome only; Firefox rejects it): the document that keeps the models loaded.
    permissions: ['storage', 'tabs', 'declarativeNetRequest', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // "Protect this site" (popup): the user grants one HTTPS origin at a time, and the background
    // registers the chat content script there (scripting) with the generic adapter.
    optional_host_permissions: ['https://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: 'Rampart' },
    // The schema of admin settings in managed policy (selector overrides). Chrome only: Firefox
    // reads policies.json without a schema and would warn about the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rampart@rampart.dev',
              strict_min_version: '140.0',
              // Rampart collects nothing: everything stays on the device.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142 on; without
            // this, web-ext lint warns that 140 (inherited from gecko) is too old for it.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // The background answers messages by returning a Promise from runtime.onMessage, which
          // Chrome supports from 144 on (Firefox always has); older Chrome would never answer.
          minimum_chrome_version: '144',
        }),
  }),
  hooks: {
    // The ORT WASM binary and the models are copied once, as plain files the background fetches
    // from its own origin (see lib/adapters/background/extension-models.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve(ORT_WASM), relativeDest: 'ort/ort-wasm-simd-threaded.wasm' });
      for (const file of modelFiles()) files.push({ absoluteSrc: resolve('models', file), relativeDest: `models/${file}` });
      // _locales/<lang>/messages.json, generated from the TypeScript catalogs (lib/ui/i18n.ts says why).
      files.push(...localeFiles());
    },
  },
  vite: () => ({
    plugins: [preact(), ortWasmFallback()],
  }),
});
