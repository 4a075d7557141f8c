import { describe, expect, it } from 'vitest';
import { offscreenSessionHost } from '../../../../lib/adapters/background/offscreen-sessions.ts';
import type { ModelVersion } from '../../../../lib/models/manifest.ts';

const version = { file: 'prompt-attack/1/model.onnx' } as ModelVersion;
const features = { ids: Int32Array.from([1]), weights: Float32Array.from([1]) };

describe('offscreenSessionHost (the worker’s side)', () => {
  it('makes sure the document exists before each request', async () => {
    let ensured = 0;
    const sent: unknown[] = [];
    const host = offscreenSessionHost(
      async (request) => (sent.push(request), request.op === 'open' ? { ok: true, value: null } : { ok: true, value: { scores: [0.5], embedding: [1] } }),
      async () => void (ensured += 1),
    );
    const session = await host.open(version);
    expect(await session.run(features)).toEqual({ scores: Float32Array.from([0.5]), embedding: Float32Array.from([1]) });
    expect(ensured).toBe(2);
    expect(sent).toEqual([
      { target: 'rampart-session-host', op: 'open', file: version.file },
      { target: 'rampart-session-host', op: 'run', file: version.file, ids: [1], weights: [1] },
    ]);
  });

  it('fails (the model detector then reports the model unavailable) on an error, no answer or a malformed one', async () => {
    await expect(offscreenSessionHost(async () => ({ ok: false, error: 'x.onnx: SHA-256 does not match' }), async () => undefined).open(version)).rejects.toThrow(/SHA-256/);
    await expect(offscreenSessionHost(async () => undefined, async () => undefined).open(version)).rejects.toThrow(/no answer/);
    const garbled = offscreenSessionHost(async (request) => (request.op === 'open' ? { ok: true, value: null } : { ok: true, value: { scores: 'high' } }), async () => undefined);
    await expect((await garbled.open(version)).run(features)).rejects.toThrow(/malformed/);
    const dropped = offscreenSessionHost(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, async () => undefined);
    await expect(dropped.open(version)).rejects.toThrow(/Receiving end/);
  });
});
