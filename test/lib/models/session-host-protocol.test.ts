import { describe, expect, it } from 'vitest';
import { featuresOf, parseOpenReply, parseRunReply, parseSessionHostRequest, runRequest, SESSION_HOST_TARGET } from '../../../lib/models/session-host-protocol.ts';

describe('session host protocol', () => {
  it('leaves messages for others alone (undefined, not an error)', () => {
    expect(parseSessionHostRequest({ type: 'content:scan', text: 'hi' })).toBeUndefined();
    expect(parseSessionHostRequest(null)).toBeUndefined();
    expect(parseSessionHostRequest('x')).toBeUndefined();
  });

  it('round-trips features through JSON as plain arrays', () => {
    const features = { ids: Int32Array.from([3, 17, 65_000]), weights: Float32Array.from([0.25, 0.25, 0.5]) };
    const request = JSON.parse(JSON.stringify(runRequest('m/1/model.onnx', features)));
    const parsed = parseSessionHostRequest(request);
    expect(parsed).toMatchObject({ ok: true, value: { op: 'run', file: 'm/1/model.onnx' } });
    if (!parsed?.ok || parsed.value.op !== 'run') throw new Error('expected a run request');
    expect(featuresOf(parsed.value)).toEqual(features);
  });

  it('refuses malformed requests with a reason', () => {
    const base = { target: SESSION_HOST_TARGET, file: 'm.onnx' };
    expect(parseSessionHostRequest({ ...base, op: 'drop' })).toEqual({ ok: false, error: 'unknown session host operation' });
    expect(parseSessionHostRequest({ ...base, op: 'open', file: '' })?.ok).toBe(false);
    expect(parseSessionHostRequest({ ...base, op: 'run', ids: [1, 2], weights: [1] })?.ok).toBe(false);
    expect(parseSessionHostRequest({ ...base, op: 'run', ids: [1], weights: [Number.NaN] })?.ok).toBe(false);
    expect(parseSessionHostRequest({ ...base, op: 'run', ids: new Array(100_001).fill(1), weights: new Array(100_001).fill(0) })?.ok).toBe(false);
  });

  it('turns anything but a well-formed answer into an error, never a score', () => {
    expect(parseRunReply({ ok: true, value: { scores: [0.9], embedding: [0.1, 0.2] } })).toEqual({
      ok: true,
      value: { scores: Float32Array.from([0.9]), embedding: Float32Array.from([0.1, 0.2]) },
    });
    expect(parseRunReply(undefined).ok).toBe(false);
    expect(parseRunReply({ ok: true, value: { scores: ['0.9'], embedding: [] } }).ok).toBe(false);
    expect(parseRunReply({ ok: false, error: 'boom' })).toEqual({ ok: false, error: 'boom' });
    expect(parseOpenReply({ ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(parseOpenReply(undefined).ok).toBe(false);
  });
});
