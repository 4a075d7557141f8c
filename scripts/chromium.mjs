// How Rampart's scripts start Chromium with the extension (see ../shared/PLATFORM-NOTES.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CHROME_BUILD = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Without these Chromium keeps trying to reach Google services (component updates, sync, field
 * trials, QUIC probes): noise on a closed network, and traffic that would muddy the test that
 * asserts the extension itself sends nothing anywhere.
 */
export const QUIET_NETWORK_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export const extensionArgs = (dir = CHROME_BUILD) => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];

/** Chromium refuses to start its sandbox as root (CI containers run as root). */
export const sandboxArgs = () => (process.getuid?.() === 0 ? ['--no-sandbox'] : []);

/** `wxt build` for Chrome; exits the process with a clear message when it fails. */
export function buildChromeExtension() {
  const wxt = fileURLToPath(new URL('../node_modules/.bin/wxt', import.meta.url));
  const result = spawnSync(wxt, ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(`${CHROME_BUILD}/manifest.json`)) {
    console.error('The Chrome build failed (wxt build); see the output above.');
    process.exit(1);
  }
}
