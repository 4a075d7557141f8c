import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { createSessionHost } from '../../../../lib/adapters/offscreen/session-host.ts';
import { createOrtEngine } from '../../../../lib/adapters/ort/ort-engine.ts';
import { offscreenSessionHost } from '../../../../lib/adapters/background/offscreen-sessions.ts';
import { ModelProvider } from '../../../../lib/models/model-provider.ts';
import { SESSION_HOST_TARGET } from '../../../../lib/models/session-host-protocol.ts';
import { TINY_ATTACKS, tinyManifest, tinyModel } from '../../../support/tiny-model.ts';

ort.env.wasm.numThreads = 1;
const model = tinyModel();
const manifest = tinyManifest(model);
const file = manifest.models['prompt-attack']!.versions[0]!.file;

describe('createSessionHost (the offscreen document’s side)', () => {
  it('opens each file once, after checking it against the manifest, and runs it', async () => {
    let reads = 0;
    const handle = createSessionHost(manifest, async () => ((reads += 1), model.bytes), createOrtEngine(ort));
    expect(await handle({ target: SESSION_HOST_TARGET, op: 'open', file })).toEqual({ ok: true, value: null });
    const run = await handle({ target: SESSION_HOST_TARGET, op: 'run', file, ids: [1, 2, 3], weights: [0.2, 0.3, 0.5] });
    expect(run?.ok).toBe(true);
    expect(reads).toBe(1);
  });

  it('refuses files that are not in the manifest and bytes whose hash differs', async () => {
    const handle = createSessionHost(manifest, async () => Uint8Array.from([1, 2, 3]), createOrtEngine(ort));
    expect(await handle({ target: SESSION_HOST_TARGET, op: 'open', file: '../../etc/passwd' })).toMatchObject({ ok: false });
    const tampered = await handle({ target: SESSION_HOST_TARGET, op: 'open', file });
    expect(tampered).toMatchObject({ ok: false });
    expect((tampered as { error: string }).error).toMatch(/size|SHA-256/);
  });

  it('ignores messages that are not for it', async () => {
    const handle = createSessionHost(manifest, async () => model.bytes, createOrtEngine(ort));
    expect(await handle({ type: 'content:scan', text: 'hello' })).toBeUndefined();
  });

  it('serves a worker-side ModelProvider through JSON messaging with the same scores as a local session', async () => {
    const handle = createSessionHost(manifest, async () => model.bytes, createOrtEngine(ort));
    // Extension messaging serialises to JSON both ways.
    const send = async (request: unknown) => JSON.parse(JSON.stringify(await handle(JSON.parse(JSON.stringify(request)))));
    let reads = 0;
    const remote = new ModelProvider(manifest, async () => ((reads += 1), model.bytes), offscreenSessionHost(send, async () => undefined));
    const local = new ModelProvider(manifest, async () => model.bytes, createOrtEngine(ort));
    const [viaHost, here] = await Promise.all([remote.load('prompt-attack'), local.load('prompt-attack')]);
    if (!viaHost.ok || !here.ok) throw new Error('both load');
    const a = await viaHost.value.infer(TINY_ATTACKS[0]!);
    const b = await here.value.infer(TINY_ATTACKS[0]!);
    expect(Array.from(a.scores)).toEqual(Array.from(b.scores));
    expect(Array.from(a.embedding)).toEqual(Array.from(b.embedding));
    expect(reads).toBe(0);
  });
});
