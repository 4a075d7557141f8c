import { describe, expect, it } from 'vitest';
import { placeholderReason, placeholderValue } from '../../../lib/secrets/placeholder.ts';

describe('placeholderReason', () => {
  it.each([
    ['', 'empty'],
    ['${DB_PASSWORD}', 'template'],
    ['{{ .Values.token }}', 'template'],
    ['$API_KEY', 'template'],
    ['%TestSourcePassword%', 'template'],
    ['<your-api-key>', 'template'],
    ['[PASSWORD]', 'template'],
    ['{SumoAccessKey}', 'template'],
    ['$(gcloud auth print-access-token)', 'template'],
    ['changeme', 'placeholder-word'],
    ['password123', 'placeholder-word'],
    ['AKIAIOSFODNN7EXAMPLE', 'example'],
    ['sk-your-key-here', 'masked'],
    ['********', 'masked'],
    ['sk-proj-...', 'masked'],
    ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'masked'],
    ['00000000000000000000000000000000000TUVWXYZ', 'repeated'],
    ['1234567890', 'sequential'],
    ['abcdefghijklmnop', 'sequential'],
  ])('%j is a placeholder (%s)', (value, reason) => {
    expect(placeholderReason(value)).toBe(reason);
  });

  it('measures repetition on the body after a prefix', () => {
    expect(placeholderReason('AKIAZZZZZZZZZZZZZZZZ', 'ZZZZZZZZZZZZZZZZ')).toBe('repeated');
    expect(placeholderReason('AAAAAAAAAAAAAAAAAAAAAMzqw8Lk2Vb7Nm4Rt8Wz1Yc5Hd0Jg6Ps2', 'Mzqw8Lk2Vb7Nm4Rt8Wz1Yc5Hd0Jg6Ps2')).toBeUndefined();
  });

  it.each(['q3Xf9Lk2Vb7Nm4Rt8Wz1Yc5Hd0Jg6Ps2Ue8Ai4Ko', 'TestSourcePassword', '12345678-ABCD-ABCD-ABCD-1234567890AB', 'P@ssw0rd$1'])(
    '%j may be real',
    (value) => expect(placeholderReason(value)).toBeUndefined(),
  );
});

describe('placeholderValue (decoded / free-form values)', () => {
  it('flags whole-value stand-ins only', () => {
    expect(placeholderValue('password')).toBe(true);
    expect(placeholderValue('${X}')).toBe(true);
    expect(placeholderValue('aaaaaaaaaaaa')).toBe(true);
    expect(placeholderValue('{"auths":{"https://registry.example/":{"auth":"b3BlbnNlc2FtZQ=="}}}')).toBe(false);
    expect(placeholderValue('admin:S3cr3t!')).toBe(false);
  });
});
