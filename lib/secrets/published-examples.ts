/**
 * Credentials that are published on purpose in vendor documentation and SDK samples, so seeing one
 * means someone is quoting the docs, not leaking a key. Compared exactly.
 *
 * - AWS: the documented example access key pair (docs.aws.amazon.com, "Managing access keys").
 * - jwt.io: the default token its debugger shows (HS256, "John Doe", secret `your-256-bit-secret`).
 * - Google/Firebase: browser API keys hard-coded in public Firebase SDK sample apps (API keys for
 *   client apps are public identifiers there) — the allow-list of gitleaks' `gcp-api-key` rule
 *   (config/gitleaks.toml), which collects them.
 * - NuGet: the `ClearTextPassword` values of the nuget.config reference page, allow-listed by
 *   gitleaks' `nuget-config-password` rule for the same reason.
 * - Stripe: the test-mode key pair printed in Stripe's API reference samples (test keys move no
 *   money, and these two are shown to every reader).
 */
export const PUBLISHED_EXAMPLE_SECRETS: ReadonlySet<string> = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // gitleaks gcp-api-key allow-list.
  'AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
  'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
  'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
  'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
  'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
  // nuget.config reference (learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials).
  '33f!!lloppa',
  'hal+9ooo_da!sY',
  // Stripe API reference sample keys.
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
]);
