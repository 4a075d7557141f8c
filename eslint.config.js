import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The platform-free core of lib/ (everything except lib/adapters and lib/cli) must run in plain
 * Node under vitest, in the service worker and in the CLI alike, so browser globals, Node
 * built-ins and adapter packages are kept out of it here.
 */
export const CORE_FILES = ['lib/**/*.ts'];
export const ADAPTER_FILES = ['lib/adapters/**', 'lib/cli/**'];

const BROWSER_GLOBALS = ['browser', 'chrome', 'indexedDB', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'WebSocket'];
const ADAPTER_PACKAGES = ['idb', 'idb/*', 'onnxruntime-*', '@huggingface/transformers', 'wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'node:*', 'fs', 'path', 'os', 'child_process'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'models/**/*.onnx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden (MV3 CSP and safety).' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden (MV3 CSP and safety).' },
      ],
    },
  },
  {
    files: ['entrypoints/**', 'lib/adapters/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    files: CORE_FILES,
    ignores: ADAPTER_FILES,
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: `"${name}" is a browser global: core code in lib/ must be platform-free (put it in lib/adapters/).`,
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ADAPTER_PACKAGES,
              message: 'Adapter packages and platform modules belong in lib/adapters/ or lib/cli/, not in the platform-free core.',
            },
          ],
        },
      ],
    },
  },
);
