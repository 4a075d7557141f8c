/**
 * Credentials that are published on purpose in vendor documentation and SDK samples, so seeing one
 * means someone is quoting the docs, not leaking a key. Compared exactly.
 *
 * - AWS: the documented example access key pair (docs.aws.amazon.com, "Managing access keys").
 * - jwt.io: the default token its debugger shows (HS256, "John Doe", secret `your-256-bit-secret`).
 * - Firebase/Google: browser API keys hard-coded in public Firebase SDK sample apps (API keys for
 *   client apps are public identifiers there); the ones seen in this project's training data.
 */
export const PUBLISHED_EXAMPLE_SECRETS: ReadonlySet<string> = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
]);
