import { describe, expect, it } from 'vitest';
import { runCheck, type CheckInput } from '../../../lib/secrets/rule-checks.ts';

const input = (secret: string, groups: Record<string, string | undefined> = {}, text = secret, nameStart = -1): CheckInput => ({
  text,
  secret,
  groups,
  nameStart,
  secretStart: text.lastIndexOf(secret),
});
const basic = (value: string) => Buffer.from(value).toString('base64');

describe('runCheck', () => {
  it('basic-credentials / basic-scheme decode user:password', () => {
    expect(runCheck('basic-credentials', input(basic('deploy:Q7vP2mXa9LkT')))).toBe('pass');
    expect(runCheck('basic-credentials', input(basic('user:password')))).toBe('fail');
    expect(runCheck('basic-credentials', input('eyJhbGciOiJIUzI1NiJ9'))).toBe('fail');
    expect(runCheck('basic-scheme', input('opaque-token-123', { scheme: 'Bearer' }))).toBe('pass');
    expect(runCheck('basic-scheme', input('opaque-token-123', { scheme: 'Basic' }))).toBe('fail');
  });

  it('pem-body needs real key material', () => {
    expect(runCheck('pem-body', input('', { body: `\n${'MIIEowIBAAKCAQEAq3Xf9Lk2Vb7Nm4Rt8Wz1Yc5Hd0Jg6Ps2Ue8Ai4Ko'}\n` }))).toBe('pass');
    expect(runCheck('pem-body', input('', { body: '\n...\n' }))).toBe('fail');
    expect(runCheck('pem-body', input('', { body: '\n<your key>\n' }))).toBe('fail');
  });

  it('character-class, word and uuid checks', () => {
    expect(runCheck('mixed-case', input('abcDEF'))).toBe('pass');
    expect(runCheck('mixed-case', input('abcdef'))).toBe('fail');
    expect(runCheck('has-digit', input('abc1'))).toBe('pass');
    expect(runCheck('not-word', input('database_name'))).toBe('fail');
    expect(runCheck('not-uuid', input('3f2504e0-4f89-11d3-9a0c-0305e82c3301'))).toBe('fail');
    expect(runCheck('random-key', input('q3Xf9Lk2Vb7Nm4Rt'))).toBe('pass');
    expect(runCheck('random-key', input('user_profile_12345678'))).toBe('fail');
  });

  it('name checks look at the whole identifier before the keyword', () => {
    const text = 'jobCredentialsId: "f4aeb6bc"';
    expect(runCheck('secret-name', input('f4aeb6bc', { name: 'CredentialsId' }, text, 3))).toBe('fail');
    const good = 'DB_PASSWORD="x"';
    expect(runCheck('generic-name', input('x', { name: 'PASSWORD' }, good, 3))).toBe('pass');
    expect(runCheck('key-name', input('x', { name: 'Key' }, 'signingKey="x"', 7))).toBe('pass');
  });

  it('password and credential-pair checks reject stand-ins and variables', () => {
    expect(runCheck('password-value', input('Xq7!vLp2#Rz'))).toBe('pass');
    expect(runCheck('password-value', input('config.password', { secret3: 'config.password' }))).toBe('fail');
    expect(runCheck('url-credentials', input('admin', { user: 'admin' }))).toBe('fail');
    expect(runCheck('user-password', input('h0pk1ns~21s', { user: 'johns' }))).toBe('pass');
    expect(runCheck('not-illustrative', input('securePass123'))).toBe('fail');
    expect(runCheck('generic-value', input('https://example.com'))).toBe('fail');
  });

  it('random-key accepts one letter case mixed with digits, and shorter hex', () => {
    expect(runCheck('random-key', input('x9k2m4p7q1w8e5r3t6y0'))).toBe('pass');
    expect(runCheck('random-key', input('release2024version'))).toBe('fail');
    expect(runCheck('random-key', input('6da89121079f83b2eb6a'))).toBe('pass');
    expect(runCheck('random-key', input('12345678901234567890'))).toBe('fail');
  });

  it('opaque-token wants a digit, or both cases over 16+ characters that are not words', () => {
    expect(runCheck('opaque-token', input('Sk94HG7f6KB'))).toBe('pass');
    expect(runCheck('opaque-token', input('fzhWjsdbgiNkWzNrlpOCSuVWyjFfuRsQ'))).toBe('pass');
    expect(runCheck('opaque-token', input('AccessTokenGoesHere'))).toBe('fail');
    expect(runCheck('opaque-token', input('abcdefghijklmnopqrst'))).toBe('fail');
  });

  it('not-word-like and not-encoded-text drop names and encoded prose', () => {
    expect(runCheck('not-word-like', input('desktop-rhf_SponsoredProductsRemoteSearch'))).toBe('fail');
    expect(runCheck('not-word-like', input('f6CGV4aMM9zedoh3OUNbSakBymo7yplB'))).toBe('pass');
    expect(runCheck('not-encoded-text', input(Buffer.from('super long string should cause enough entropy').toString('base64')))).toBe('fail');
    expect(runCheck('not-encoded-text', input('f6CGV4aMM9zedoh3OUNbSakBymo7yplB'))).toBe('pass');
  });

  it('encoded-credentials judges base64 user:password pairs and passes anything else', () => {
    expect(runCheck('encoded-credentials', input(basic('deploy:Q7vP2mXa9LkT')))).toBe('pass');
    expect(runCheck('encoded-credentials', input(basic('admin:admin123')))).toBe('fail');
    expect(runCheck('encoded-credentials', input('Zf3D0LXCM3EIMbgJpUNnkRtOf'))).toBe('pass');
  });

  it('assigned-name reads the name before the value', () => {
    const check = (text: string, secret: string) => runCheck('assigned-name', input(secret, {}, text));
    expect(check('cookie_seed = "f6CGV4aMM9zedoh3"', 'f6CGV4aMM9zedoh3')).toBe('pass');
    expect(check('connect("f6CGV4aMM9zedoh3")', 'f6CGV4aMM9zedoh3')).toBe('pass');
    expect(check('"image_data": "f6CGV4aMM9zedoh3"', 'f6CGV4aMM9zedoh3')).toBe('fail');
    expect(check('https://host/image?q=f6CGV4aMM9zedoh3', 'f6CGV4aMM9zedoh3')).toBe('fail');
    expect(check('x = f6CGV4aMM9zedoh3', 'f6CGV4aMM9zedoh3')).toBe('fail');
  });

  it('checksum checks return unverified rather than fail', () => {
    expect(runCheck('base62-crc32', input('ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'))).toBe('unverified');
    expect(runCheck('bech32', input('AGE-SECRET-KEY-1QQQ'))).toBe('unverified');
    expect(runCheck('jwt', input('eyJ.eyJ.x'))).toBe('fail');
    expect(runCheck('base64-pem', input(Buffer.from('-----BEGIN RSA PRIVATE KEY-----\nMIIE').toString('base64')))).toBe('pass');
  });
});
