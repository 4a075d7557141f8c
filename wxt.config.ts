import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Thin build config: everything that decides lives in lib/. See ../shared/PLATFORM-NOTES.md for why
// the versions are pinned and why Preact is a Vite plugin (there is no WXT Preact module).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // Firefox MV3 is built with `-b firefox --mv3`; Chrome is MV3 by default.
  manifest: ({ browser }) => ({
    name: 'Rampart — on-device LLM firewall',
    description:
      'Checks what you send to AI chat apps and what they answer, locally: prompt injection, secrets, personal data, exfiltration.',
    permissions: ['storage', 'tabs'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: 'Rampart' },
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
  vite: () => ({
    plugins: [preact()],
  }),
});
