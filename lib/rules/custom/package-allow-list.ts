import type { PackageMention } from '../../packages/package-mention.ts';
import { normalisePypiName } from '../../packages/pypi-name.ts';

/** Whether package-check should leave a mention alone because the user allow-listed the name. */
export type PackageAllowList = (mention: PackageMention) => boolean;

const NOTHING_ALLOWED: PackageAllowList = () => false;

/**
 * The user's allow-listed package names (AllowLists.packages), e.g. an internal package the public
 * registry snapshot cannot know. Names compare case-insensitively; PyPI names (and Python imports)
 * also the way PyPI does (PEP 503: `acme_tools` = `Acme-Tools`), and an import of a submodule
 * (`acme_tools.client`) is covered by its package's name.
 */
export function packageAllowList(names: readonly string[]): PackageAllowList {
  const exact = new Set(names.map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0));
  if (exact.size === 0) return NOTHING_ALLOWED;
  const pypi = new Set([...exact].map(normalisePypiName));
  return (mention) => {
    const names = [mention.name, mention.lookup].map((name) => name.toLowerCase());
    if (names.some((name) => exact.has(name))) return true;
    if (mention.ecosystem !== 'pypi') return false;
    const candidates = names.flatMap((name) => (mention.kind === 'import' ? [name, name.split('.')[0]!] : [name]));
    return candidates.some((name) => pypi.has(normalisePypiName(name)));
  };
}
