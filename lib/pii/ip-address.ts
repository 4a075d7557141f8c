/**
 * Parses and classifies IP addresses. Hand-written because the platform has no IP parser in the
 * browser and the small npm ones (ipaddr.js, ip) bring CIDR maths the detector does not need.
 *
 * Classes decide what a finding is worth (lib/detectors/pii.md explains the choice):
 * - `public`: a routable address, possibly a person's or a company's egress — PII;
 * - `internal`: private, carrier-grade NAT, link-local or unique-local ranges — not a person, but
 *   internal network data an enterprise may not want in a chat log, so it is reported low;
 * - `reserved`: loopback, unspecified, broadcast, multicast, documentation (RFC 5737/3849) and
 *   well-known public resolvers and made-up placeholders (1.2.3.4) — examples in every tutorial,
 *   never reported.
 */
export type IpClass = 'public' | 'internal' | 'reserved';

const PUBLIC_RESOLVERS = new Set([
  '8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '1.1.1.2', '1.0.0.2', '1.1.1.3', '1.0.0.3', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220',
  '2001:4860:4860:0:0:0:0:8888', '2001:4860:4860:0:0:0:0:8844', '2606:4700:4700:0:0:0:0:1111', '2606:4700:4700:0:0:0:0:1001',
]);

/** The four octets of a dotted-quad IPv4 address (no leading zeros allowed beyond "0"). */
export function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    octets.push(value);
  }
  return octets;
}

/**
 * Made-up addresses in examples: all octets equal (123.123.123.123), counting up (1.2.3.4,
 * 10.11.12.13), or digits that run in sequence (98.76.54.32, 34.56.78.9).
 */
function isPlaceholderIpv4(octets: readonly number[]): boolean {
  if (octets.every((octet) => octet === octets[0])) return true;
  if (octets.every((octet, i) => i === 0 || octet === octets[i - 1]! + 1)) return true;
  const digits = octets.join('');
  return digits.length >= 6 && ('01234567890123'.includes(digits) || '98765432109876'.includes(digits));
}

export function classifyIpv4(octets: readonly number[]): IpClass {
  const [a = 0, b = 0] = octets;
  if (isPlaceholderIpv4(octets)) return 'reserved';
  if (PUBLIC_RESOLVERS.has(octets.join('.'))) return 'reserved';
  if (a === 0 || a === 127 || a >= 224) return 'reserved';
  if ((a === 192 && b === 0 && octets[2] === 2) || (a === 198 && b === 51 && octets[2] === 100) || (a === 203 && b === 0 && octets[2] === 113)) {
    return 'reserved';
  }
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'internal';
  if ((a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 198 && (b === 18 || b === 19))) return 'internal';
  return 'public';
}

/**
 * The eight 16-bit groups of an IPv6 address in any RFC 4291 text form ("::" compression and a
 * trailing dotted quad included; zone ids not). Undefined when it is not one.
 */
export function parseIpv6(text: string): number[] | undefined {
  if (text.length < 2 || text.length > 45) return undefined;
  let head = text;
  const tailGroups: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return undefined;
    tailGroups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    head = text.slice(0, lastColon + 1);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    for (const group of part.split(':')) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(group)) return undefined;
      groups.push(parseInt(group, 16));
    }
    return groups;
  };
  const left = parse(halves[0]!);
  const right = halves.length === 2 ? parse(halves[1]!) : [];
  if (!left || !right) return undefined;
  const explicit = left.length + right.length + tailGroups.length;
  if (halves.length === 1) return explicit === 8 ? [...left, ...tailGroups] : undefined;
  if (explicit > 7) return undefined;
  return [...left, ...new Array<number>(8 - explicit).fill(0), ...right, ...tailGroups];
}

export function classifyIpv6(groups: readonly number[]): IpClass {
  const [g0 = 0, g1 = 0] = groups;
  if (PUBLIC_RESOLVERS.has(groups.map((g) => g.toString(16)).join(':'))) return 'reserved';
  const upperZero = groups.slice(0, 5).every((g) => g === 0);
  if (upperZero && groups[5] === 0xffff) {
    return classifyIpv4([groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff]);
  }
  if (upperZero && groups[5] === 0 && groups[6] === 0 && groups[7]! <= 1) return 'reserved';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved';
  if (g0 >= 0xff00) return 'reserved';
  if ((g0 & 0xfe00) === 0xfc00 || (g0 & 0xffc0) === 0xfe80) return 'internal';
  return 'public';
}
