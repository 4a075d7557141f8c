import { findImportMentions } from './code-imports.ts';
import { findInstallMentions } from './install-commands.ts';
import type { PackageMention } from './package-mention.ts';
import { replyRegions } from './reply-regions.ts';

export interface MentionLimits {
  /** Install commands read per reply (each costs at most MAX_WORDS_PER_COMMAND words). */
  maxCommands: number;
  /** Mentions kept per reply (installs first, then imports). */
  maxMentions: number;
}

/** A reply with a thousand install lines is read whole; past these it is cut (and says so). */
export const DEFAULT_MENTION_LIMITS: MentionLimits = { maxCommands: 2_000, maxMentions: 2_000 };

export interface FoundMentions {
  mentions: PackageMention[];
  /** True when a limit was reached: what follows was not read. */
  truncated: boolean;
}

/** `name.py` anywhere in the reply: a module the answer itself defines (`import utils` then). */
const PYTHON_FILE = /(?<![\w.])([A-Za-z_]\w{0,100})\.py\b/g;

/** Every regular expression of this module (the ReDoS check in its test runs over them). */
export const MENTION_PATTERNS: readonly RegExp[] = [PYTHON_FILE];

/**
 * Every package a reply names — in install commands (code and prose) and in imports (code) —
 * with its position in `text`. Linear in the text's length; bounded by `limits`.
 */
export function findPackageMentions(text: string, limits: MentionLimits = DEFAULT_MENTION_LIMITS): FoundMentions {
  const regions = replyRegions(text);
  const budget = { commands: limits.maxCommands, mentions: limits.maxMentions };
  const installs: PackageMention[] = [];
  for (const region of regions) {
    if (budget.commands <= 0 || budget.mentions <= 0) break;
    findInstallMentions(text, region, budget, installs);
  }
  const imports: PackageMention[] = [];
  const importRoom = Math.max(0, limits.maxMentions - installs.length);
  for (const region of regions) {
    if (imports.length >= importRoom) break;
    findImportMentions(text, region, importRoom, imports);
  }
  const localModules = pythonFilesIn(text);
  const mentions = [...installs, ...imports.filter((m) => !(m.ecosystem === 'pypi' && localModules.has(m.name)))];
  const truncated = budget.commands <= 0 || budget.mentions <= 0 || imports.length >= importRoom;
  return { mentions: mentions.slice(0, limits.maxMentions), truncated };
}

function pythonFilesIn(text: string): Set<string> {
  const names = new Set<string>();
  PYTHON_FILE.lastIndex = 0;
  for (let match = PYTHON_FILE.exec(text); match; match = PYTHON_FILE.exec(text)) names.add(match[1]!);
  return names;
}
