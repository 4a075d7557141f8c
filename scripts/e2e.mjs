// End-to-end: the built Chrome extension in real (headless) Chromium against the demo chat.
// Prints one line per case and, alone on the last line, "N passed, N failed"; exits 1 on failure.
// `--no-build` reuses .output/chrome-mv3 as it is.
/* global document, window, chrome -- used inside callbacks that run in the page or the service worker */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildChromeExtension, chromiumPath, CHROME_BUILD, extensionArgs, QUIET_NETWORK_ARGS } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';
import { createCaseRunner } from './e2e-harness.mjs';
import { assertNoSeriousViolations } from './axe-check.mjs';

const BASELINE_HOST = 'rampart-baseline.test';
const { check, fail, finish } = createCaseRunner();

/** `size` flags texts above 100,000 characters under the standard profile (20,000 for kids). */
const oversized = (marker) => `${marker} `.padEnd(120_000, 'lorem ipsum dolor sit amet ');

if (!process.argv.includes('--no-build')) buildChromeExtension();
if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.error(`No Chrome build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  process.exit(1);
}

const server = await startDemoServer();
const profileDir = mkdtempSync(join(tmpdir(), 'rampart-e2e-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath(),
  headless: true,
  // BASELINE_HOST serves the same demo under a host Rampart does not check, for a timing baseline.
  args: [...extensionArgs(), ...QUIET_NETWORK_ARGS, '--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP ${BASELINE_HOST} 127.0.0.1`],
});

// Every request any page, frame or the extension's service worker makes (Playwright reports
// service-worker requests through the context too; the canary case below proves it does).
const requests = [];
context.on('request', (request) => requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }));
const pageErrors = [];

try {
  let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}/chat.html`);

  const composer = page.locator('[data-rampart-demo="composer"]');
  const userMessages = page.locator('[data-rampart-demo="messages"] li.user');
  const panel = page.locator('rampart-verdict [role="alert"]');
  const composerValue = () => composer.evaluate((el) => el.value);
  const lastUserMessage = () => userMessages.last().evaluate((el) => el.textContent);
  /** This tab's stored verdicts for sent messages, oldest first (storage.session `recent:<tab>`). */
  const inboundHistory = async () => {
    const stored = await worker.evaluate(() => chrome.storage.session.get(null));
    const lists = Object.entries(stored).filter(([key]) => key.startsWith('recent:')).map(([, list]) => list);
    assert.equal(lists.length, 1, 'one tab has a history');
    return lists[0].filter((summary) => summary.direction === 'inbound');
  };
  const waitForCount = (count) => page.waitForFunction((n) => document.querySelectorAll('[data-rampart-demo="messages"] li.user').length === n, count);

  console.log(`Rampart e2e — extension ${extensionId}, demo ${server.origin}, ${chromiumPath()}`);

  await check('(a) a benign message typed with real key presses is sent on Enter', async () => {
    await composer.click();
    await page.keyboard.type('Hello from a real keyboard');
    await page.keyboard.press('Enter');
    await waitForCount(1);
    assert.equal(await lastUserMessage(), 'Hello from a real keyboard');
    assert.equal(await composerValue(), '');
    assert.equal(await page.locator('rampart-verdict').count(), 0, 'no panel for an allowed message');
  });

  await check('(a2) a benign message is sent with the Send button (click → submit path)', async () => {
    await composer.fill('Sent with the button');
    await page.locator('[data-rampart-demo="send"]').click();
    await waitForCount(2);
    assert.equal(await lastUserMessage(), 'Sent with the button');
  });

  await check('(a3) Shift+Enter adds a line break instead of sending', async () => {
    await composer.fill('line one');
    await composer.press('End');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    await page.waitForTimeout(200);
    assert.equal(await userMessages.count(), 2);
    assert.equal(await composerValue(), 'line one\nline two');
    await composer.fill('');
  });

  const warned = oversized('standard-profile');
  await check('(b) standard: a 120,000-character message is held with a warning; "Send anyway" sends it', async () => {
    await composer.fill(warned);
    await composer.press('Enter');
    await panel.waitFor({ state: 'visible' });
    const text = await panel.innerText();
    assert.match(text, /Rampart warns about this message/);
    assert.match(text, /Oversized text — warning\. The text is longer than this profile checks in full/);
    assert.match(text, /size\/over-limit/);
    assert.equal(await userMessages.count(), 2, 'not sent before the user decides');
    assert.equal(await composerValue(), warned, 'text still in the composer');
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent);
    assert.equal(focused, 'Edit', 'focus moves to the safe choice');
    await page.getByRole('button', { name: 'Send anyway' }).click();
    await waitForCount(3);
    assert.equal((await lastUserMessage()).length, 120_000);
    assert.equal(await lastUserMessage(), warned);
    assert.equal(await composerValue(), '');
    assert.equal(await page.locator('rampart-verdict').count(), 0, 'panel closed');
  });

  await check('(b2) standard: "Edit" on the warning keeps the text and sends nothing', async () => {
    await composer.fill(warned);
    await composer.press('Enter');
    await panel.waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.locator('rampart-verdict').waitFor({ state: 'detached' });
    assert.equal(await userMessages.count(), 3);
    assert.equal(await composerValue(), warned);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-rampart-demo')), 'composer');
    await composer.fill('');
  });

  const blocked = oversized('strict-profile');
  await check('(c) strict: the same size is blocked, explained, and the exact text stays', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ profile: 'strict' }));
    await composer.fill(blocked);
    await composer.press('Enter');
    await panel.waitFor({ state: 'visible' });
    const text = await panel.innerText();
    assert.match(text, /Rampart blocked this message/);
    assert.match(text, /Oversized text — blocked\. The text is longer than this profile checks in full/);
    assert.match(text, /nothing was sent/);
    // The send button is another way out: it must be held too.
    await page.locator('[data-rampart-demo="send"]').click();
    await page.waitForTimeout(300);
    assert.equal(await userMessages.count(), 3, 'nothing sent');
    assert.equal(await composerValue(), blocked, 'exact text kept');
    await page.getByRole('button', { name: 'Edit' }).click();
    assert.equal(await composerValue(), blocked);
    await worker.evaluate(() => chrome.storage.local.set({ profile: 'standard' }));
    await composer.fill('');
  });

  await check('(c2) an unknown stored profile falls back to standard (warn, not block)', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ profile: 'no-such-profile' }));
    await composer.fill(warned);
    await composer.press('Enter');
    await panel.waitFor({ state: 'visible' });
    assert.match(await panel.innerText(), /Rampart warns about this message/);
    await page.getByRole('button', { name: 'Edit' }).click();
    await composer.fill('');
    await worker.evaluate(() => chrome.storage.local.remove('profile'));
  });

  await check('(d) the popup lists this tab’s verdicts without any message text', async () => {
    const [tab] = await worker.evaluate((origin) => chrome.tabs.query({ url: `${origin}/*` }), server.origin);
    assert.ok(tab?.id !== undefined, 'demo tab found');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tab.id}`);
    const rows = popup.locator('[data-testid="verdicts"] li');
    await rows.first().waitFor();
    assert.match(await popup.locator('[data-testid="site-status"]').innerText(), /checks messages on 127\.0\.0\.1/);
    // The messages this case sent (the demo's echo replies are checked and listed too, as AI → you).
    const actions = await rows.evaluateAll((items) =>
      items.filter((item) => item.textContent.includes('you → AI')).map((item) => item.getAttribute('data-action')),
    );
    // Newest first: c2 warn, c block ×2 (Enter and button), b2 warn, b warn, a2 allow, a allow.
    assert.deepEqual(actions, ['warn', 'block', 'block', 'warn', 'warn', 'allow', 'allow'], `popup rows: ${actions}`);
    const listText = await popup.locator('[data-testid="verdicts"]').innerText();
    assert.match(listText, /Oversized text/);
    assert.match(listText, /\d\d:\d\d:\d\d/);
    // What matched, in words (the size rule's explanation); one click opens the details with the rule id.
    const blocked = popup.locator('[data-testid="verdict-row"][data-action="block"]').first();
    assert.match(await blocked.locator('[data-testid="verdict-matched"]').innerText(), /longer than this profile checks in full/);
    const toggle = blocked.locator('[data-testid="verdict-toggle"]');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await blocked.locator('[data-testid="verdict-details"]').isVisible(), false);
    await toggle.focus();
    await popup.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.match(await blocked.locator('[data-testid="verdict-details"]').innerText(), /size\/over-limit — The text is longer/);
    await assertNoSeriousViolations(popup, 'the popup with a verdict expanded');
    const stored = JSON.stringify(await worker.evaluate(() => chrome.storage.session.get(null)));
    for (const secret of ['Hello from a real keyboard', 'Sent with the button', 'standard-profile', 'strict-profile', 'lorem ipsum']) {
      assert.ok(!stored.includes(secret), `session storage must not contain "${secret}"`);
    }
    // A tab Rampart does not check: recognised = no, empty state.
    const [popupTab] = await worker.evaluate(() => chrome.tabs.query({ url: 'chrome-extension://*/*' }));
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${popupTab.id}`);
    await popup.locator('[data-testid="empty"]').waitFor();
    assert.match(await popup.locator('[data-testid="site-status"]').innerText(), /does not check this site/);
    await popup.close();
  });

  await check('(d2) after the service worker is stopped, the next send wakes it and the history survived', async () => {
    // A marker in the worker's memory tells a restarted worker from the old one.
    await worker.evaluate(() => {
      globalThis.e2eMarker = 'old worker';
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.waitForTimeout(300);
    const sent = await userMessages.count();
    await composer.fill('first message after a wake-up');
    const before = await page.evaluate(() => performance.now());
    await composer.press('Enter');
    await waitForCount(sent + 1);
    const wakeMs = (await page.evaluate(() => window.demoLastSendAt)) - before;
    worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    assert.ok(worker, 'a service worker answered');
    assert.equal(await worker.evaluate(() => globalThis.e2eMarker), undefined, 'the worker really restarted');
    console.log(`  measured: Enter → page send through a stopped service worker (cold wake-up): ${wakeMs.toFixed(1)} ms`);
    const actions = (await inboundHistory()).map((s) => s.action);
    assert.deepEqual(actions, ['allow', 'allow', 'warn', 'warn', 'block', 'block', 'warn', 'allow']);
  });

  await check('(f) standard: an e-mail address and a card number are replaced by placeholders before sending', async () => {
    const sent = await userMessages.count();
    // Real-looking values: documentation placeholders (jane.doe@example.com, 4111 1111…) are not PII.
    const typed = 'Please write to maria.kowalski@posteo.de about card 4539 1488 0343 6467 today';
    await composer.fill(typed);
    await composer.press('Enter');
    await waitForCount(sent + 1);
    const delivered = await lastUserMessage();
    assert.match(delivered, /^Please write to \[EMAIL_1\] about card \[CARD_1\] today$/);
    assert.ok(!delivered.includes('kowalski') && !delivered.includes('4539'), 'the values never reach the page’s send');
    const stored = JSON.stringify(await worker.evaluate(() => chrome.storage.session.get(null)));
    assert.ok(!stored.includes('kowalski') && !stored.includes('4539 1488'), 'nor the stored history');
  });

  await check('(g) the models run for every send: first scan with nothing loaded (worker and model document new), then warm', async () => {
    // Close the offscreen document that keeps the sessions, then stop the worker: a browser start.
    await worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.waitForTimeout(300);
    const MODELS = ['code-intent', 'content-safety', 'prompt-attack-model'];
    const runs = [];
    for (let i = 0; i < 8; i += 1) {
      const sent = await userMessages.count();
      await composer.fill(`Could you suggest a soup recipe with leeks and potatoes, version ${i}?`);
      await composer.press('Enter');
      await waitForCount(sent + 1);
      worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      const latest = (await inboundHistory()).at(-1);
      assert.deepEqual(latest.failedDetectors, [], 'no detector failed');
      for (const id of MODELS) assert.ok(id in latest.detectorMs, `${id} ran`);
      runs.push(Math.max(...MODELS.map((id) => latest.detectorMs[id])));
    }
    const warm = runs.slice(1).sort((a, b) => a - b);
    console.log(`  measured: slowest model detector per scan (sessions in the offscreen document) — first scan with nothing loaded ${runs[0].toFixed(1)} ms (creates the document, loads the models), then median ${warm[Math.floor(warm.length / 2)].toFixed(2)} ms, max ${warm.at(-1).toFixed(2)} ms`);
  });

  await check('(e) no request goes anywhere but the demo server and the extension itself', async () => {
    // Canary: prove the recorder sees service-worker traffic before trusting its silence.
    await worker.evaluate(() => fetch(chrome.runtime.getURL('/manifest.json')).then((r) => r.ok));
    await page.waitForTimeout(200);
    assert.ok(requests.some((r) => r.fromWorker), 'service-worker requests are recorded');
    const allowed = [`${server.origin}/`, `chrome-extension://${extensionId}/`];
    const offending = requests.filter((r) => !allowed.some((prefix) => r.url.startsWith(prefix)));
    assert.deepEqual(offending, []);
    assert.ok(server.requests.includes('GET /chat.html'));
  });

  await check('no uncaught errors on the demo page', async () => {
    assert.deepEqual(pageErrors, []);
  });

  // Not a pass/fail case: how long Rampart adds between Enter and the page's own send, against
  // the same page on a host Rampart does not check. Both include one CDP round trip.
  const timeSends = async (target, count) => {
    const box = target.locator('[data-rampart-demo="composer"]');
    const delays = [];
    for (let i = 0; i < count; i += 1) {
      const sent = await target.locator('li.user').count();
      await box.fill(`timing message ${i}`);
      const before = await target.evaluate(() => performance.now());
      await box.press('Enter');
      await target.waitForFunction((n) => document.querySelectorAll('li.user').length === n, sent + 1);
      delays.push((await target.evaluate(() => window.demoLastSendAt)) - before);
    }
    delays.sort((a, b) => a - b);
    const at = (q) => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))].toFixed(1);
    return `median ${at(0.5)} ms, max ${at(1)} ms (n=${count})`;
  };
  const withRampart = await timeSends(page, 20);
  const baselinePage = await context.newPage();
  await baselinePage.goto(`${server.origin.replace('127.0.0.1', BASELINE_HOST)}/chat.html`);
  const without = await timeSends(baselinePage, 20);
  console.log(`  measured: Enter → page send, with Rampart ${withRampart}; unchecked host ${without}`);
} catch (error) {
  fail('setup', error);
} finally {
  await context.close().catch(() => undefined);
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}

finish();
