/**
 * Which rows a shipped model may learn from (../shared/datasets/README.md, "Licences"): rows whose
 * licence lets us redistribute derived work with attribution. Non-commercial, GPL-family and
 * unstated licences are excluded; evaluation may still use every row.
 */
const ALLOWED_PREFIXES = ['MIT', 'Apache-2.0', 'CC-BY-4.0', 'CC0-1.0', 'ODC-BY', 'CC-BY-SA-4.0'];
const EXCLUDED_MARKERS = [/NC/u, /GPL/u, /NOASSERTION/u];

export function isShippableLicence(licence: string | undefined): boolean {
  if (licence === undefined) return false;
  if (EXCLUDED_MARKERS.some((marker) => marker.test(licence))) return false;
  return ALLOWED_PREFIXES.some((prefix) => licence.startsWith(prefix));
}
