import { digitsOf, labelBefore, near } from '../context.ts';
import { classifyPhone } from '../phone.ts';
import type { PiiRule } from '../rule.ts';
import { isLetter } from '../words.ts';

/** Domains reserved for documentation (RFC 2606/6761) and placeholders used in tutorials. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net|edu)|example|test|invalid|localhost|local|lan|internal)$/i;
const PLACEHOLDER_DOMAIN =
  /^(?:(?:your|my)?(?:domain|company|email|mail|website|site|server|host)s?\.(?:com|org|net|io)|acme\.(?:com|org)|(?:email|sample|test|fake|dummy)\.com|domain\.(?:tld|ext))$/i;
const PLACEHOLDER_LOCAL =
  /^(?:user(?:name)?|name|your[._-]?(?:name|email|mail)?|you|me|someone|somebody|email|mail|foo|bar|baz|test(?:user)?|example|sample|fake|dummy|phone_number|john[._-]?doe|jane[._-]?doe|first[._-]?last|firstname[._-]?lastname|admin|noreply|no-?reply|do-?not-?reply|donotreply)$/i;
const TECHNICAL_LOCAL = /^(?:git|hg|svn|ssh|root)$/i;
/**
 * Words a functional mailbox is made of (hello@, customer.service@, product-feedback@): an
 * organisation's address, the kind every notification e-mail and newsletter footer carries, and not
 * a person's (RFC 2142 names some; the rest are the common ones).
 */
const ROLE_WORDS = new Set([
  'hello', 'hi', 'info', 'information', 'contact', 'contacts', 'support', 'help', 'helpdesk', 'service', 'services',
  'customer', 'customers', 'care', 'team', 'sales', 'billing', 'account', 'accounts', 'payment', 'payments',
  'invoice', 'invoices', 'receipt', 'receipts', 'order', 'orders', 'shop', 'store', 'feedback', 'product', 'products',
  'news', 'newsletter', 'newsletters', 'marketing', 'press', 'media', 'pr', 'jobs', 'careers', 'recruiting', 'hr',
  'privacy', 'legal', 'compliance', 'security', 'abuse', 'postmaster', 'hostmaster', 'webmaster', 'mailer', 'daemon',
  'notification', 'notifications', 'notify', 'alert', 'alerts', 'update', 'updates', 'announcements', 'community',
  'partner', 'partners', 'office', 'reservations', 'booking', 'bookings', 'events', 'enquiries', 'inquiries',
  'general', 'members', 'membership', 'subscriptions', 'digest', 'bounce', 'bounces', 'system', 'robot', 'bot',
]);
const isRoleMailbox = (local: string): boolean =>
  local.split(/[._+-]+/u).every((word) => ROLE_WORDS.has(word.toLowerCase()));
const FILE_EXTENSION_TLD =
  /^(?:png|jpe?g|gif|svg|webp|ico|bmp|tiff?|js|mjs|cjs|ts|tsx|jsx|css|scss|html?|json|xml|ya?ml|toml|md|txt|pdf|zip|gz|tar|exe|dll|so|py|rb|go|rs|java|kt|swift|php|sh|lock|map|wasm|mp[34]|mov|avi)$/i;
/** The domain after an `@`: labels of letters, digits and hyphens, then a letters-only TLD. */
const EMAIL_DOMAIN = /@(?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])/uy;

const LOCAL_PUNCTUATION = new Set(['.', '_', '%', '+', '-']);
const isLocalChar = (char: string | undefined) =>
  char !== undefined && ((char >= '0' && char <= '9') || LOCAL_PUNCTUATION.has(char) || isLetter(char));

export const email: PiiRule = {
  id: 'email',
  family: 'contact',
  redactAs: 'EMAIL',
  severity: 'medium',
  description: 'An e-mail address (RFC 5322 addr-spec as people write it, internationalised letters allowed).',
  reference: 'RFC 5322 §3.4.1; RFC 6531 (EAI); RFC 2606 reserved names',
  anchor: 'at-sign',
  pattern: EMAIL_DOMAIN,
  accept(match, { text }) {
    const at = match.index;
    // The local part, read backwards from the @ (at most 64 characters, RFC 5321).
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text[start - 1])) start -= 1;
    if (start === at || isLocalChar(text[start - 1])) return undefined;
    const local = text.slice(start, at);
    const domain = match[0].slice(1);
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (RESERVED_DOMAIN.test(domain) || FILE_EXTENSION_TLD.test(tld) || TECHNICAL_LOCAL.test(local)) return undefined;
    if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
    const tier =
      PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain) ? 'placeholder' : isRoleMailbox(local) ? 'role' : 'address';
    return { tier, start, end: at + match[0].length };
  },
  // An organisation's functional mailbox is contact data but not a person's: like an internal IP,
  // it is redacted next to personal data and warned on where policy is strict about addresses
  // (enterprise), not on its own in the standard profile.
  priors: { address: 0.95, placeholder: 0.3, role: 0.32 },
  policyTiers: ['role'],
  examples: {
    flagged: ['Write to MinikJeremiassen@gustr.com today', 'mail: jörg.müller@beispiel.de', 'ping ana+news@mail.co.uk.'],
    clean: ['see user@example.com', 'git@github.com:org/repo.git', 'icon@2x.png', 'npm i left-pad@1.3.0', 'email me at @handle'],
  },
};

/** After a bracketed "at": labels separated by "." or a bracketed "dot", then a letters-only TLD. */
const OBFUSCATED_DOMAIN =
  /[[({](?:at|AT|At|@)[\])}] ?((?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?: ?[[({](?:dot|DOT|Dot)[\])}] ?|\.)){1,8}\p{L}{2,24})(?![\p{L}\p{N}-])/duy;

export const emailObfuscated: PiiRule = {
  id: 'email-obfuscated',
  family: 'contact',
  redactAs: 'EMAIL',
  severity: 'medium',
  description: 'An e-mail address written to dodge scrapers and filters: "alice [at] mail [dot] com", "bob(at)corp(dot)de".',
  reference: 'RFC 5322 §3.4.1; common address-munging conventions',
  anchor: 'at-word',
  pattern: OBFUSCATED_DOMAIN,
  accept(match, { text }) {
    const bracket = match.index;
    let end = bracket;
    if (text[end - 1] === ' ') end -= 1;
    let start = end;
    while (start > 0 && end - start < 64 && isLocalChar(text[start - 1])) start -= 1;
    if (start === end || isLocalChar(text[start - 1])) return undefined;
    const local = text.slice(start, end);
    if (local.startsWith('.') || local.endsWith('.') || PLACEHOLDER_LOCAL.test(local)) return undefined;
    return { tier: 'obfuscated', start, end: match.index + match[0].length };
  },
  priors: { obfuscated: 0.9 },
  examples: {
    flagged: ['write to jonas.zadina [at] armyspy [dot] com', 'mail: bob(at)corp(dot)de', 'ana{at}mail.co.uk'],
    clean: ['meet [at] noon', 'user [at] example', 'look (at) this'],
  },
};

/** An equals sign after an operand (a digit or a closing bracket): what follows is a result. */
const EQUATION_BEFORE = /[0-9)\]}]\s?=\s?$/;

export const phone: PiiRule = {
  id: 'phone',
  family: 'contact',
  redactAs: 'PHONE',
  severity: 'medium',
  description:
    'A phone number: international format (+CC) validated by libphonenumber, a national format valid in one of the default regions, or any 7–15-digit number the text labels as a phone (tel., mobile, fax, call me at…).',
  reference: 'ITU-T E.164; libphonenumber-js (min metadata)',
  anchor: 'phone-start',
  pattern:
    /(?<![0-9A-Za-z_+./-])(?:\+ ?|00)?(?:\([0-9]{1,5}\) ?|[0-9])[0-9 ().\-/\u00a0]{4,24}[0-9](?: ?(?:x|ext\.?) ?[0-9]{1,6})?(?![0-9A-Za-z_]|[.\-/][0-9])/y,
  accept(match, context) {
    const { text } = context;
    const start = match.index;
    const end = start + match[0].length;
    const labelledBefore = near(context, 'phone', start, end, 40, 0);
    if (!labelledBefore && labelBefore(context, 'not-phone', start, 16)) return undefined;
    const labelled = labelledBefore || near(context, 'phone-after', start, end, 0, 12);
    // A plus sign glued to a preceding operand is arithmetic, not a country code.
    if (match[0].startsWith('+') && /[0-9)]\s?$/.test(text.slice(Math.max(0, start - 2), start))) return undefined;
    // The result of an equation ("3^{19} = 1162261467"), even after "the number is".
    if (EQUATION_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return undefined;
    if (digitsOf(match[0]).length > 15 && !/x|ext/i.test(match[0])) return undefined;
    const tier = classifyPhone(match[0], labelled, context.regions, context.budget);
    return tier ? { tier } : undefined;
  },
  priors: { international: 0.9, 'international-possible': 0.7, national: 0.7, context: 0.85 },
  examples: {
    flagged: [
      'Desk: +41 (0)71 526 99 04',
      'call me on (312) 948-2716 tomorrow',
      'Phone:\n60-56-85-91',
      'I would like to stop receiving messages to 079 0442 1744',
      'Fax: 463-612-6138x036',
    ],
    clean: [
      'Released 2019-03-14 as version 1.12.3.4',
      'the range 1990-2000 saw growth',
      'Order number 5551234567 shipped',
      'population 1 234 567 in 2020',
      'compute 3.14159265358 * 2',
      'Call 1-800-275-2273 for support',
      'The largest such number is \\( 3^{19} = 1162261467 \\).',
    ],
  },
};

export const CONTACT_RULES: readonly PiiRule[] = [email, emailObfuscated, phone];
export const CONTACT_CONTEXT_PATTERNS: readonly RegExp[] = [EQUATION_BEFORE, OBFUSCATED_DOMAIN, RESERVED_DOMAIN, PLACEHOLDER_DOMAIN, PLACEHOLDER_LOCAL, TECHNICAL_LOCAL, FILE_EXTENSION_TLD];
