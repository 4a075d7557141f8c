import { labelBefore } from '../context.ts';
import { classifyIpv4, classifyIpv6, parseIpv4, parseIpv6 } from '../ip-address.ts';
import type { PiiRule } from '../rule.ts';

export const ipv4: PiiRule = {
  id: 'ipv4',
  family: 'network',
  redactAs: 'IP',
  severity: 'medium',
  description:
    'An IPv4 address. Public addresses are reported as personal data; private/CGNAT/link-local ranges with a low score (internal network data); loopback, documentation, multicast and public resolvers not at all.',
  reference: 'RFC 791; RFC 1918, 6598, 3927 (internal); RFC 5737, 1122, 5771 (reserved); GDPR recital 30',
  anchor: 'number',
  pattern: /(?<![0-9A-Za-z_.:-])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?![0-9A-Za-z_-]|\.[0-9])/y,
  accept(match, context) {
    const octets = parseIpv4(match[0]);
    // A dotted quad after "version" is a version number that happens to look like an IP.
    if (!octets || labelBefore(context, 'version', match.index, 3)) return undefined;
    const kind = classifyIpv4(octets);
    return kind === 'reserved' ? undefined : { tier: kind };
  },
  priors: { public: 0.85, internal: 0.32 },
  policyTiers: ['internal'],
  examples: {
    flagged: ['keep getting address 41.176.181.243 blocked', 'client_ip = 16.244.11.141|', 'ssh into 10.2.14.7 as root'],
    clean: ['ping 127.0.0.1', 'example host 192.0.2.10', 'dns 8.8.8.8', 'version 1.2.3.4', 'oid 1.3.6.1.4.1'],
  },
};

export const ipv6: PiiRule = {
  id: 'ipv6',
  family: 'network',
  redactAs: 'IP',
  severity: 'medium',
  description:
    'An IPv6 address in any RFC 4291 text form; unique-local and link-local are reported low, loopback, documentation (2001:db8::/32) and multicast not at all.',
  reference: 'RFC 4291, RFC 5952; RFC 4193 (ULA); RFC 3849 (documentation)',
  anchor: 'hex-colon',
  pattern: /(?<![0-9A-Za-z_:.])(?:[0-9A-Fa-f]{1,4}|:)?(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}(?![0-9A-Za-z_:.])/y,
  accept(match) {
    const value = match[0];
    // Code paths (a::b, Foo::Bar) and clock times have no digit or too few groups to matter.
    if (!/[0-9]/.test(value) || value.length < 6) return undefined;
    const groups = parseIpv6(value);
    if (!groups) return undefined;
    const kind = classifyIpv6(groups);
    return kind === 'reserved' ? undefined : { tier: kind };
  },
  priors: { public: 0.85, internal: 0.32 },
  policyTiers: ['internal'],
  examples: {
    flagged: ['from 2a02:26f0:fe::5c:1f3 we saw', 'peer 2607:f8b0:4005:80a::200e', 'fd12:3456:789a:1::1 on the LAN'],
    clean: ['std::vector<int>', 'at 12:30:45', 'doc 2001:db8::1', 'loopback ::1', 'mac 00:1a:2b:3c:4d:5e'],
  },
};

export const NETWORK_RULES: readonly PiiRule[] = [ipv4, ipv6];
