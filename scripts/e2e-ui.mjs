// End-to-end: Rampart's own pages in real (headless) Chromium — the popup after a real scan, the
// options page changing the next verdict, Kids mode (setup, PIN lock, a blocked harmful request,
// a covered reply, the parent view), the audit log (export, chain verification, a tampered record
// found), and an admin's managed policy (read live from Chromium's policy directory: overriding and
// locking settings, forwarding audit records to a local OTLP collector). axe-core checks every page.
// Screenshots for the README go to docs/screenshots/. `--no-build` reuses .output/chrome-mv3.
/* global document, window, getComputedStyle, MutationObserver, chrome, indexedDB -- used inside callbacks that run in the page or the service worker */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assertNoSeriousViolations } from './axe-check.mjs';
import { buildChromeExtension, chromiumPath, CHROME_BUILD, extensionArgs, QUIET_NETWORK_ARGS, ROOT } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';
import { createCaseRunner } from './e2e-harness.mjs';
import { startOtlpCollector } from './otlp-collector.mjs';

const { check, fail, finish } = createCaseRunner({ timeoutMs: 45_000 });
const SCREENSHOTS = join(ROOT, 'docs/screenshots');
/** Chromium on Linux reads admin policy from here (Google Chrome: /etc/opt/chrome/policies/managed). */
const POLICY_DIR = process.env.RAMPART_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'rampart-e2e.json');
const PIN = '2468';

/** An unpacked extension's id: the SHA-256 of its directory's path, first 32 hex digits as a–p. */
const unpackedExtensionId = (dir) =>
  [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');

if (!process.argv.includes('--no-build')) buildChromeExtension();
if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.error(`No Chrome build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  process.exit(1);
}
// The policy directory must exist before Chromium starts for it to watch it (policy applied live).
let canWritePolicy = true;
try {
  mkdirSync(POLICY_DIR, { recursive: true });
  rmSync(POLICY_FILE, { force: true });
} catch {
  canWritePolicy = false;
}
mkdirSync(SCREENSHOTS, { recursive: true });

const server = await startDemoServer();
const collector = await startOtlpCollector();
const profileDir = mkdtempSync(join(tmpdir(), 'rampart-e2e-ui-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath(),
  headless: true,
  viewport: { width: 1100, height: 900 },
  args: [...extensionArgs(), ...QUIET_NETWORK_ARGS, '--no-sandbox', '--disable-gpu', '--lang=en-US'],
});
const pageErrors = [];

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  assert.equal(extensionId, unpackedExtensionId(CHROME_BUILD), 'the extension id Chromium gave the build');
  const extensionPage = (path) => `chrome-extension://${extensionId}/${path}`;
  const chat = context.pages()[0] ?? (await context.newPage());
  chat.on('pageerror', (error) => pageErrors.push(error.message));
  await chat.goto(`${server.origin}/chat.html`);
  const composer = chat.locator('[data-rampart-demo="composer"]');
  const panel = chat.locator('rampart-verdict [role="alert"]');
  const userMessages = chat.locator('[data-rampart-demo="messages"] li.user');
  const [chatTab] = await worker.evaluate((origin) => chrome.tabs.query({ url: `${origin}/*` }), server.origin);

  /** Types and sends; resolves 'sent' once the page sent it, 'held' once Rampart's verdict panel asks or refuses. */
  async function send(text) {
    const before = await userMessages.count();
    await composer.fill(text);
    await composer.press('Enter');
    return Promise.race([
      chat.waitForFunction((n) => document.querySelectorAll('[data-rampart-demo="messages"] li.user').length > n, before, { timeout: 25_000 }).then(() => 'sent'),
      // The panel's shadow root: Playwright's locators pierce it, document.querySelector does not.
      panel.waitFor({ state: 'visible', timeout: 25_000 }).then(() => 'held'),
    ]);
  }
  async function dismissPanel() {
    if (await panel.isVisible()) await chat.getByRole('button', { name: 'Edit' }).click();
    await composer.fill('');
  }
  /** Options page, loaded and settled (the background answered page:settings-get). */
  async function openOptions() {
    const options = await context.newPage();
    options.on('pageerror', (error) => pageErrors.push(`options: ${error.message}`));
    await options.goto(extensionPage('options.html'));
    await options.getByTestId('profile-section').waitFor();
    return options;
  }
  const settingsGet = () => worker.evaluate(() => chrome.storage.local.get('settings'));

  // The first scans after a browser start wait for the admin's policy (Chromium answers storage.managed
  // after ~4 s) and use safe settings meanwhile; the options page waits until it is known.
  await (await openOptions()).close();

  await check('popup: shows the verdict of a real scan (category, action, what matched, time), no text', async () => {
    // Real-looking values: documentation placeholders (jane.doe@example.com, 4111 1111…) are not personal data.
    assert.equal(await send('Please write to maria.kowalski@posteo.de about card 4539 1488 0343 6467 today'), 'sent');
    assert.equal(await userMessages.last().innerText(), 'Please write to [EMAIL_1] about card [CARD_1] today', 'redacted before sending');
    const popup = await context.newPage();
    await popup.goto(extensionPage(`popup.html?tabId=${chatTab.id}`));
    const row = popup.getByTestId('verdict-row').first();
    await row.waitFor();
    assert.equal(await row.getAttribute('data-action'), 'redact');
    const rowText = await row.innerText();
    assert.match(rowText, /Personal data/);
    assert.match(rowText, /\d\d:\d\d:\d\d/);
    assert.match(await row.getByTestId('verdict-matched').innerText(), /\w/);
    await row.getByTestId('verdict-toggle').click();
    assert.match(await row.getByTestId('verdict-details').innerText(), /pii\//);
    assert.ok(!/kowalski|4539/.test(await popup.locator('body').innerText()), 'the popup shows no message text');
    await assertNoSeriousViolations(popup, 'the popup');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png') });
    await popup.close();
  });

  await check('options: a custom rule added in the options page blocks the next message', async () => {
    const phrase = 'project bluebird';
    assert.equal(await send(`What is the status of ${phrase}?`), 'sent', 'allowed before the rule exists');
    const options = await openOptions();
    await options.getByTestId('rule-kind-keyword').check();
    await options.getByTestId('rule-pattern').fill(phrase);
    await options.getByTestId('rule-description').fill('Internal code name: Bluebird');
    await options.getByTestId('rule-category').selectOption('secrets');
    await options.getByTestId('rule-action').selectOption('block');
    await options.getByTestId('rule-save').click();
    await options.locator('[data-testid^="rule-edit-"]').first().waitFor();
    // A ReDoS-prone regular expression is refused on entry with a clear error.
    await options.getByTestId('rule-kind-regex').check();
    await options.getByTestId('rule-pattern').fill('(a+)+$');
    await options.getByTestId('rule-description').fill('nested repetition');
    await options.getByTestId('rule-save').click();
    await options.getByTestId('rule-error').waitFor({ timeout: 20_000 });
    assert.match(await options.getByTestId('rule-error').innerText(), /ReDoS|exponential|polynomial/i);
    await assertNoSeriousViolations(options, 'the options page');
    await options.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: false });
    await options.close();

    assert.equal(await send(`And ${phrase.toUpperCase()} next week?`), 'held');
    await panel.waitFor({ state: 'visible' });
    assert.match(await panel.innerText(), /Internal code name: Bluebird/);
    assert.match(await composer.inputValue(), /BLUEBIRD/, 'the text stays in the box');
    await dismissPanel();
  });

  await check('options: a category action changed in the options page changes the next verdict', async () => {
    const text = 'Please write to tomasz.nowak@posteo.de about the invoice.';
    const first = await send(text);
    await dismissPanel();
    const options = await openOptions();
    await options.getByTestId('category-action-pii').selectOption('block');
    await options.getByTestId('categories-status').waitFor();
    await options.close();
    await chat.waitForFunction(() => true);
    assert.equal(await send(text), 'held', `was ${first} before the change`);
    assert.match(await panel.innerText(), /blocked|Personal data/i);
    await dismissPanel();
    // Back to the profile default for the next cases.
    const again = await openOptions();
    await again.getByTestId('category-action-pii').selectOption('default');
    await again.getByTestId('categories-status').waitFor();
    await again.close();
  });

  await check('Kids mode: set up with a PIN; settings are locked behind it; wrong PINs are refused', async () => {
    const options = await openOptions();
    const kids = options.getByTestId('kids-section');
    await kids.getByTestId('kids-setup').waitFor();
    await assertNoSeriousViolations(options, 'Kids setup', { include: '[data-testid="kids-section"]' });
    await kids.screenshot({ path: join(SCREENSHOTS, 'kids-setup.png') });
    await kids.getByTestId('kids-setup-pin').fill(PIN);
    await kids.getByTestId('kids-setup-repeat').fill(PIN);
    await kids.getByTestId('kids-setup-band').selectOption('9-12');
    await kids.getByTestId('kids-setup-submit').click();
    // Set up: the parent's session starts at once (parent controls shown).
    await kids.getByTestId('kids-parent').waitFor();
    assert.match(await kids.getByTestId('kids-state').innerText(), /on/i);
    // The profile choice says that Kids mode replaces it for now.
    await options.getByTestId('profile-kids-note').waitFor();
    const stored = await settingsGet();
    assert.equal(stored.settings.kids.enabled, true);
    assert.ok(!JSON.stringify(await worker.evaluate(() => chrome.storage.local.get(null))).includes(`"${PIN}"`), 'the PIN itself is not stored');
    await options.close();
    // Without the parent's session, a settings change (here: the profile) is refused by the background.
    await worker.evaluate(() => chrome.storage.session.get(null)); // wake
    const page = await openOptions();
    const refused = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'page:settings-set', patch: { profile: 'strict' } }));
    assert.equal(refused.ok, false, 'a change without the parent session is refused');
    const wrong = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'page:kids-unlock', pin: '0000' }));
    assert.equal(wrong.ok, false);
    const right = await page.evaluate((pin) => chrome.runtime.sendMessage({ type: 'page:kids-unlock', pin }), PIN);
    assert.equal(right.ok, true, JSON.stringify(right));
    assert.match(right.value.token, /^[\w-]{20,}$/);
    await page.close();
  });

  await check('Kids mode: a harmful request is blocked, and a harmful reply stays covered', async () => {
    assert.equal(await send('how do I hurt someone at school without the teacher seeing'), 'held');
    await panel.waitFor({ state: 'visible' });
    assert.match(await panel.innerText(), /blocked|Harmful/i);
    await dismissPanel();
    // The distress path: help for the child, and an alert for the parent view (next case).
    assert.equal(await send('i dont want to live anymore, i want to kill myself tonight'), 'held');
    const help = await panel.innerText();
    assert.match(help, /You are not alone/);
    assert.match(help, /116 111|988|0800 1111/);
    await dismissPanel();
    // A reply the app writes: covered while it streams, and hidden once checked as harmful.
    await chat.evaluate(() => {
      const item = document.createElement('li');
      item.className = 'assistant';
      item.dataset.role = 'assistant';
      item.dataset.rampartDemo = 'reply';
      item.textContent = 'Hey, did you know that if you mix bleach and ammonia,';
      // Every cover the reply gets, in order, with the blur in force at that moment.
      window.covers = [];
      new MutationObserver(() => window.covers.push(`${item.getAttribute('data-rampart-reply')}:${getComputedStyle(item).filter}`)).observe(item, {
        attributes: true,
        attributeFilter: ['data-rampart-reply'],
      });
      document.querySelector('[data-rampart-demo="messages"]').append(item);
      window.setTimeout(() => {
        item.textContent += ' it creates a toxic gas that can kill you? Try it at home!';
      }, 300);
    });
    const reply = chat.locator('[data-rampart-demo="messages"] li.assistant').last();
    // Checked in full: harmful, so hidden for good (Kids mode offers no "show anyway").
    // (Not `:last-child`: Rampart's note about the reply is inserted after it.)
    await chat
      .waitForFunction(() => [...document.querySelectorAll('[data-rampart-demo="messages"] li.assistant')].at(-1)?.getAttribute('data-rampart-reply') === 'hidden', undefined, { timeout: 20_000 })
      .catch(async (error) => {
        throw new Error(`${error.message}; covers: ${await chat.evaluate(() => window.covers)}`);
      });
    assert.equal(await reply.isVisible(), false);
    // Before that, it was covered (blurred) from its first words, while it was being written.
    const covers = await chat.evaluate(() => window.covers);
    assert.match(covers[0] ?? '', /^checking:blur/, `covers: ${covers}`);
  });

  await check('Kids mode: the parent view (behind the PIN) shows alerts and weekly counts, no transcripts', async () => {
    const options = await openOptions();
    const kids = options.getByTestId('kids-section');
    await kids.getByTestId('kids-unlock-pin').fill(PIN);
    await kids.getByTestId('kids-unlock-submit').click();
    await kids.getByTestId('kids-parent').waitFor();
    await kids.getByTestId('kids-parent-view-toggle').click();
    await kids.getByTestId('parent-view').waitFor();
    await kids.getByTestId('parent-alerts').waitFor();
    const view = await kids.getByTestId('parent-view').innerText();
    assert.match(view, /Harmful content blocked/);
    assert.match(view, /Signs of distress/, view);
    assert.doesNotMatch(view, /hurt someone|bleach/i, 'no transcript in the parent view');
    await assertNoSeriousViolations(options, 'the parent view', { include: '[data-testid="kids-section"]' });
    await kids.screenshot({ path: join(SCREENSHOTS, 'parent-view.png') });
    // Turn Kids mode off for the next cases (recorded for the audit log).
    await kids.getByTestId('kids-disable').click();
    await kids.getByTestId('kids-disable-yes').click();
    await kids.getByTestId('kids-setup').waitFor();
    await options.close();
    assert.equal((await settingsGet()).settings.kids.enabled, false);
  });

  await check('audit: export as JSONL (no text), verify the chain, and detect a tampered record', async () => {
    const options = await openOptions();
    const audit = options.getByTestId('audit-section');
    await audit.scrollIntoViewIfNeeded();
    await options.locator('[data-testid^="audit-row-"]').first().waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('audit-export-jsonl').click()]);
    const file = join(profileDir, 'audit.jsonl');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.ok(lines.length >= 4, `${lines.length} audit records`);
    assert.ok(lines.some((record) => record.override === 'kids-disabled'), 'disabling Kids mode was recorded');
    const all = JSON.stringify(lines);
    // (The custom rule's id, named after its keyword, is policy and may appear; message text may not.)
    for (const text of ['kowalski', '4539', 'BLUEBIRD next week', 'nowak', 'hurt someone', 'bleach']) assert.ok(!all.includes(text), `"${text}" is not in the audit log`);
    await options.getByTestId('audit-verify').click();
    await options.getByTestId('audit-verify-result').waitFor();
    assert.match(await options.getByTestId('audit-verify-result').innerText(), /intact|verified|valid|ok/i);
    // Someone edits a stored record (a block made to look like an allow).
    const tampered = await worker.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('rampart-audit');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const store = db.transaction('records', 'readwrite').objectStore('records');
            const all = store.getAll();
            all.onsuccess = () => {
              const victim = all.result.find((record) => record.action === 'block');
              victim.action = 'allow';
              store.put(victim).onsuccess = () => resolve(victim.seq);
            };
          };
        }),
    );
    await options.getByTestId('audit-verify').click();
    await options.waitForFunction(
      (seq) => document.querySelector('[data-testid="audit-verify-result"]')?.textContent.includes(String(seq)),
      tampered,
    );
    assert.match(await options.getByTestId('audit-verify-result').innerText(), /broken|tamper|changed|fail/i);
    await options.close();
  });

  await check('managed policy: the admin’s keys override and lock settings live, and audit records reach the OTLP collector', async () => {
    if (!canWritePolicy) throw new Error(`cannot write ${POLICY_FILE}: run as root (CI does) or set RAMPART_POLICY_DIR to a directory Chromium reads`);
    const policy = {
      '3rdparty': {
        extensions: {
          [extensionId]: {
            profile: 'strict',
            categoryActions: { pii: 'block' },
            disabledFeatures: ['pause', 'sendAnyway'],
            customRules: [{ id: 'codename-falcon', kind: 'keyword', pattern: 'falcon', category: 'secrets', action: 'warn', description: 'Code name Falcon' }],
            audit: { scope: 'decisions', collector: { url: collector.url, headers: { 'x-api-key': 'e2e-key' } } },
          },
        },
      },
    };
    writeFileSync(POLICY_FILE, JSON.stringify(policy));
    const options = await openOptions();
    // Chromium re-reads its policy directory within seconds; the page follows storage.onChanged.
    await options.getByTestId('options-managed-banner').waitFor({ timeout: 30_000 });
    await options.getByTestId('managed-profile').waitFor();
    assert.equal(await options.getByTestId('profile-strict').isChecked(), true);
    assert.equal(await options.getByTestId('profile-standard').isDisabled(), true, 'the locked profile cannot be changed in the page');
    const refused = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'page:settings-set', patch: { profile: 'standard' } }));
    assert.equal(refused.ok, false, 'the background refuses a locked key too');
    await assertNoSeriousViolations(options, 'the options page under a managed policy');
    await options.screenshot({ path: join(SCREENSHOTS, 'options-managed.png') });
    await options.close();
    // The admin's rule warns, and the admin allows no "Send anyway": only Edit is offered.
    assert.equal(await send('Where do we stand with falcon?'), 'held');
    assert.match(await panel.innerText(), /Code name Falcon/);
    assert.match(await panel.innerText(), /does not allow sending anyway/);
    assert.equal(await chat.getByRole('button', { name: 'Send anyway' }).count(), 0);
    await dismissPanel();
    // The admin's category action decides the next verdict.
    assert.equal(await send('Please write to tomasz.nowak@posteo.de about the invoice.'), 'held');
    await dismissPanel();
    const [batch] = await collector.waitFor(1, 30_000);
    assert.equal(batch.headers['x-api-key'], 'e2e-key');
    const records = batch.payload.resourceLogs.flatMap((r) => r.scopeLogs.flatMap((s) => s.logRecords));
    assert.ok(records.length >= 1);
    assert.ok(!JSON.stringify(batch.payload).includes('nowak'), 'no text is forwarded');
  }, { timeoutMs: 90_000 });

  await check('no page errors in the extension’s pages or the chat page', async () => {
    assert.deepEqual(pageErrors, []);
  });
} catch (error) {
  fail('set-up', error);
} finally {
  rmSync(POLICY_FILE, { force: true });
  await context.close();
  await server.close?.();
  await collector.close();
  rmSync(profileDir, { recursive: true, force: true });
}
finish();
