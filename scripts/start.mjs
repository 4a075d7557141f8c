// `npm start`: build the Chrome extension, serve the demo chat on 127.0.0.1 and open it in
// Chromium with Rampart loaded, in a throw-away profile. Ctrl+C (or closing Chromium) stops all.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildChromeExtension, chromiumPath, CHROME_BUILD, extensionArgs, QUIET_NETWORK_ARGS, sandboxArgs } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

buildChromeExtension();
const server = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
const demoUrl = `${server.origin}/chat.html`;
console.log(`\nDemo chat:  ${demoUrl}\nExtension:  ${CHROME_BUILD}`);

if (!hasDisplay) {
  console.log(
    [
      '',
      'No display found (DISPLAY / WAYLAND_DISPLAY are not set), so Chromium cannot open a window here.',
      'Options:',
      '  - run it under a virtual display:   xvfb-run -a npm start',
      '  - run the headless checks instead:  npm run test:e2e',
      `  - open ${demoUrl} in a browser where you loaded ${CHROME_BUILD} as an unpacked extension`,
      '',
      'The demo server keeps running; press Ctrl+C to stop it.',
    ].join('\n'),
  );
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
} else {
  const profile = mkdtempSync(join(tmpdir(), 'rampart-start-'));
  const cleanup = () => rmSync(profile, { recursive: true, force: true });
  const browser = spawn(
    chromiumPath(),
    [`--user-data-dir=${profile}`, ...extensionArgs(), ...QUIET_NETWORK_ARGS, ...sandboxArgs(), demoUrl],
    // Chromium logs a lot of harmless noise (D-Bus, GPU) on Linux; CHROMIUM_VERBOSE=1 shows it.
    { stdio: ['ignore', 'ignore', process.env.CHROMIUM_VERBOSE ? 'inherit' : 'ignore'] },
  );
  browser.on('error', (error) => {
    console.error(`Could not start Chromium at ${chromiumPath()} (${error.message}). Set CHROMIUM_PATH to your Chromium binary.`);
    cleanup();
    void server.close().then(() => process.exit(1));
  });
  browser.on('exit', (code) => {
    if (code) {
      console.error(
        `Chromium exited with code ${code} — often a display it cannot open (DISPLAY=${process.env.DISPLAY ?? ''}). ` +
          'Try `xvfb-run -a npm start`, or run with CHROMIUM_VERBOSE=1 to see its output.',
      );
    }
    cleanup();
    void server.close().then(() => process.exit(code ? 1 : 0));
  });
  process.on('SIGINT', () => browser.kill('SIGTERM'));
  console.log('Chromium is starting with Rampart loaded. Close it or press Ctrl+C to stop.');
}
