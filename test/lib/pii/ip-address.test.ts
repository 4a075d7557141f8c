import { describe, expect, it } from 'vitest';
import { classifyIpv4, classifyIpv6, parseIpv4, parseIpv6 } from '../../../lib/pii/ip-address.ts';

describe('IP addresses', () => {
  it('parses dotted quads strictly', () => {
    expect(parseIpv4('41.176.181.243')).toEqual([41, 176, 181, 243]);
    expect(parseIpv4('256.1.1.1')).toBeUndefined();
    expect(parseIpv4('01.2.3.4')).toBeUndefined();
    expect(parseIpv4('1.2.3')).toBeUndefined();
  });
  it('classifies IPv4 ranges', () => {
    const kind = (ip: string) => classifyIpv4(parseIpv4(ip)!);
    expect(kind('41.176.181.243')).toBe('public');
    expect(kind('10.2.14.7')).toBe('internal');
    expect(kind('172.20.1.9')).toBe('internal');
    expect(kind('192.168.0.10')).toBe('internal');
    expect(kind('100.64.3.2')).toBe('internal');
    for (const ip of ['127.0.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.5', '192.0.2.10', '198.51.100.7', '203.0.113.9', '8.8.8.8', '1.2.3.4', '123.123.123.123', '98.76.54.32']) {
      expect(kind(ip)).toBe('reserved');
    }
  });
  it('parses every IPv6 text form', () => {
    expect(parseIpv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseIpv6('fe80:0:0:0:0:0:0:1')).toHaveLength(8);
    expect(parseIpv6('1::2::3')).toBeUndefined();
    expect(parseIpv6('12:30:45')).toBeUndefined();
    expect(parseIpv6('g::1')).toBeUndefined();
  });
  it('classifies IPv6 ranges', () => {
    const kind = (ip: string) => classifyIpv6(parseIpv6(ip)!);
    expect(kind('2607:f8b0:4005:80a::200e')).toBe('public');
    expect(kind('fd12:3456:789a:1::1')).toBe('internal');
    expect(kind('fe80::1')).toBe('internal');
    expect(kind('::1')).toBe('reserved');
    expect(kind('2001:db8::1')).toBe('reserved');
    expect(kind('ff02::1')).toBe('reserved');
    expect(kind('::ffff:10.0.0.1')).toBe('internal');
  });
});
