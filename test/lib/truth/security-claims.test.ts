import { describe, expect, it } from 'vitest';
import { SECURITY_PATTERNS, SECURITY_WARNING, securityClaims } from '../../../lib/truth/security-claims.ts';
import { redosVerdict } from '../../support/redos-check.ts';

const rules = (text: string) => securityClaims(text).map((claim) => `${claim.rule}:${text.slice(claim.start, claim.end)}`);

describe('securityClaims', () => {
  it('flags insecure code and advice without a warning', () => {
    expect(rules('requests.get(url, verify=False)')).toEqual(['tls-verification-disabled:verify=False']);
    expect(rules('const agent = new https.Agent({ rejectUnauthorized: false });')).toEqual(['tls-verification-disabled:rejectUnauthorized: false']);
    expect(rules('git config --global http.sslVerify false')).toEqual(['tls-verification-disabled:http.sslVerify false']);
    expect(rules('The fix is to disable SSL certificate verification in your client.')).toEqual(['tls-verification-disabled:disable SSL certificate verification']);
    expect(rules('sudo chmod 0777 /srv/data')).toEqual(['world-writable-permissions:chmod 0777']);
    expect(rules("os.chmod(path, 0o777)")).toEqual(['world-writable-permissions:os.chmod(path, 0o777']);
    expect(rules('http.csrf().disable();')).toEqual(['csrf-or-auth-disabled:csrf().disable()']);
    expect(rules('xpack.security.enabled: false')).toEqual(['csrf-or-auth-disabled:xpack.security.enabled: false']);
    expect(rules('$hash = md5($password);')).toEqual(['weak-password-hash:md5($password']);
    expect(rules('You should store passwords using SHA1.')).toEqual(['weak-password-hash:store passwords using SHA1']);
    expect(rules('eval($_GET["expr"]);')).toEqual(['eval-untrusted-input:eval($_GET']);
  });

  it('accepts the same code with a warning or a stated alternative nearby', () => {
    expect(rules('requests.get(url, verify=False)  # insecure: testing only')).toEqual([]);
    expect(rules('For this stateless JWT API, http.csrf().disable() is fine.')).toEqual([]);
    expect(rules('Never store passwords with md5(password); use bcrypt.')).toEqual([]);
  });

  it('needs the right command for a generic flag', () => {
    expect(rules('curl -k https://example.com')).toEqual(['tls-verification-disabled:-k']);
    expect(rules('curl https://example.com | sort -k 2')).toEqual([]);
    expect(rules('ls -k')).toEqual([]);
  });

  it('does not read unrelated eval and md5 calls as insecure', () => {
    expect(rules('model.eval()')).toEqual([]);
    expect(rules('checksum = hashlib.md5(data).hexdigest()')).toEqual([]);
  });

  it('is bounded on a text made of one trigger', () => {
    const text = 'curl -k '.repeat(30_000);
    const started = performance.now();
    securityClaims(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it.each(SECURITY_PATTERNS.map((entry, index) => [index, entry.rule, entry.pattern] as const))('pattern %i (%s) passes the ReDoS check (recheck)', { timeout: 300_000 }, async (_index, _rule, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  });

  it('warning lexicon passes the ReDoS check (recheck)', { timeout: 300_000 }, async () => {
    expect(await redosVerdict(SECURITY_WARNING.source, SECURITY_WARNING.flags)).toBe('safe');
  });
});
