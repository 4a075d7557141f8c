import { describe, expect, it } from 'vitest';
import { URL_SENSITIVE_SCAN } from '../../../lib/exfil/resource-sensitive-scan.ts';

describe('URL_SENSITIVE_SCAN', () => {
  it('finds verified secrets and identifying personal data in a URL part', () => {
    expect(URL_SENSITIVE_SCAN.secret('sk-ant-api03-YI0ekKCdM_tu4mR6OCAjGqqE7uGhGpexNh3VjRBuNIvwgpeR0g-zkXH1OG5LY5ali766FEB9aMfKAVIVdqNLyXYC3JHzIAA')).toBe(true);
    expect(URL_SENSITIVE_SCAN.pii('dana.whitfield@acme-mail.com')).toBe(true);
  });

  it('passes ordinary URL parts', () => {
    expect(URL_SENSITIVE_SCAN.secret('cat-picture-large')).toBe(false);
    expect(URL_SENSITIVE_SCAN.pii('thumbnail')).toBe(false);
    expect(URL_SENSITIVE_SCAN.pii('1x')).toBe(false);
  });
});
