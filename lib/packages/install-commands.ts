import { readCommandWords, type CommandWord } from './command-words.ts';
import type { Ecosystem, MentionKind, PackageMention } from './package-mention.ts';
import {
  crateOf,
  gemOf,
  goPathOf,
  isPlausibleGoPath,
  npmCreatePackageOf,
  npmPackageOf,
  pypiPackageOf,
  type NamedPackage,
} from './package-specifier.ts';
import type { ReplyRegion } from './reply-regions.ts';

/**
 * Install commands in a reply and the packages they name: npm / yarn / pnpm / bun (add, install,
 * create) and npx / pnpm dlx / bunx; pip / pip3 / python -m pip / pipx / pipenv / uv / uvx / poetry
 * / pdm / rye; cargo add / install; go get / install; gem install and bundle add. Conda is not
 * read: its packages come from conda channels, not PyPI, and there is no snapshot of those.
 */

/**
 * How a subcommand's arguments are read: `packages` — every positional argument is a package;
 * `first` — the first positional is the package to run, the rest are its arguments (npx);
 * `create` — the first positional `x` runs the package `create-x` (npm create / init).
 */
type ArgumentMode = 'packages' | 'first' | 'create';

interface Manager {
  ecosystem: Ecosystem;
  /** Subcommands (one or two words) that name packages. */
  subcommands: Readonly<Record<string, ArgumentMode>>;
  /** Options that take a value as the next word (which is then not a package). */
  valueFlags: ReadonlySet<string>;
  /** Options whose value is a package (npx -p). */
  packageFlags?: ReadonlySet<string>;
  /** Options after which the command installs from somewhere other than the registry. */
  offRegistryFlags?: ReadonlySet<string>;
}

const flags = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const NPM_VALUE_FLAGS = flags('--registry --prefix -w --workspace --tag --cache --userconfig --omit --include --install-strategy --loglevel --before -C --dir --filter -F --cwd --mode --network-concurrency --config');
const PIP_VALUE_FLAGS = flags(
  '-r --requirement -c --constraint -e --editable -i --index-url --extra-index-url -f --find-links -t --target --prefix --root --src --upgrade-strategy --python-version --platform --implementation --abi --progress-bar --log --proxy --retries --timeout --exists-action --trusted-host --cert --client-cert --cache-dir --no-binary --only-binary --config-settings -C --global-option --install-option --report --python -d --dest',
);
const PIPX_VALUE_FLAGS = flags('--python --pip-args --suffix --spec --index-url --editable -e');
const PIPENV_VALUE_FLAGS = flags('--python --pypi-mirror -e --editable -r --requirements --categories');
const UV_VALUE_FLAGS = flags(
  '--group --optional --extra --index --index-url --extra-index-url --python -p --directory --project --package --branch --tag --rev -r --requirements -c --constraints --with -i',
);
const POETRY_VALUE_FLAGS = flags('-G --group -E --extras --python --platform --source --markers');
const PDM_VALUE_FLAGS = flags('-G --group -p --project -e --editable --save-strategy --update-strategy -L --lockfile');
const NPX_PACKAGE_FLAGS = flags('-p --package');

const NPM_ECOSYSTEM_CREATE = { create: 'create', init: 'create' } as const;

const MANAGERS: Readonly<Record<string, Manager>> = {
  npm: {
    ecosystem: 'npm',
    subcommands: {
      ...Object.fromEntries(['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add'].map((s) => [s, 'packages'])),
      exec: 'first',
      x: 'first',
      ...NPM_ECOSYSTEM_CREATE,
    },
    valueFlags: NPM_VALUE_FLAGS,
    packageFlags: NPX_PACKAGE_FLAGS,
  },
  npx: { ecosystem: 'npm', subcommands: { '': 'first' }, valueFlags: flags('-c --call --node-options --shell'), packageFlags: NPX_PACKAGE_FLAGS },
  pnpx: { ecosystem: 'npm', subcommands: { '': 'first' }, valueFlags: flags('-c'), packageFlags: NPX_PACKAGE_FLAGS },
  bunx: { ecosystem: 'npm', subcommands: { '': 'first' }, valueFlags: flags('--cwd'), packageFlags: NPX_PACKAGE_FLAGS },
  yarn: {
    ecosystem: 'npm',
    subcommands: { add: 'packages', 'global add': 'packages', dlx: 'first', create: 'create' },
    valueFlags: NPM_VALUE_FLAGS,
    packageFlags: NPX_PACKAGE_FLAGS,
  },
  pnpm: {
    ecosystem: 'npm',
    subcommands: { add: 'packages', install: 'packages', i: 'packages', dlx: 'first', create: 'create' },
    valueFlags: NPM_VALUE_FLAGS,
    packageFlags: NPX_PACKAGE_FLAGS,
  },
  bun: {
    ecosystem: 'npm',
    subcommands: { add: 'packages', a: 'packages', install: 'packages', i: 'packages', x: 'first', create: 'create' },
    valueFlags: NPM_VALUE_FLAGS,
    packageFlags: NPX_PACKAGE_FLAGS,
  },
  pip: { ecosystem: 'pypi', subcommands: { install: 'packages', download: 'packages' }, valueFlags: PIP_VALUE_FLAGS },
  pipx: { ecosystem: 'pypi', subcommands: { install: 'packages', run: 'first' }, valueFlags: PIPX_VALUE_FLAGS },
  pipenv: { ecosystem: 'pypi', subcommands: { install: 'packages' }, valueFlags: PIPENV_VALUE_FLAGS },
  uv: {
    ecosystem: 'pypi',
    subcommands: { add: 'packages', 'pip install': 'packages', 'tool install': 'packages', 'tool run': 'first' },
    valueFlags: new Set([...PIP_VALUE_FLAGS, ...UV_VALUE_FLAGS]),
    packageFlags: flags('--from'),
  },
  uvx: { ecosystem: 'pypi', subcommands: { '': 'first' }, valueFlags: UV_VALUE_FLAGS, packageFlags: flags('--from') },
  poetry: { ecosystem: 'pypi', subcommands: { add: 'packages' }, valueFlags: POETRY_VALUE_FLAGS },
  pdm: { ecosystem: 'pypi', subcommands: { add: 'packages' }, valueFlags: PDM_VALUE_FLAGS },
  rye: { ecosystem: 'pypi', subcommands: { add: 'packages' }, valueFlags: UV_VALUE_FLAGS },
  cargo: {
    ecosystem: 'crates',
    subcommands: { add: 'packages', install: 'packages' },
    valueFlags: flags('-F --features --branch --tag --rev -p --package --rename --registry --target --version --vers --root --bin --example --profile --index -j --jobs --manifest-path'),
    offRegistryFlags: flags('--git --path'),
  },
  go: { ecosystem: 'go', subcommands: { get: 'packages', install: 'packages' }, valueFlags: flags('-tags -modfile -C -ldflags -gcflags -o') },
  gem: {
    ecosystem: 'rubygems',
    subcommands: { install: 'packages' },
    valueFlags: flags('-v --version -i --install-dir -n --bindir -s --source --platform -P --trust-policy -g --file'),
  },
  bundle: { ecosystem: 'rubygems', subcommands: { add: 'packages' }, valueFlags: flags('-v --version --group -g --source --git --path --require') },
};

const PARSERS: Readonly<Record<Ecosystem, (value: string) => NamedPackage | undefined>> = {
  npm: npmPackageOf,
  pypi: pypiPackageOf,
  crates: crateOf,
  go: goPathOf,
  rubygems: gemOf,
};

/** A program name where a command can start (also after `!` / `%`, as in notebooks). */
const PROGRAM =
  /(?<![\w./@$-])[!%]?(npm|npx|pnpm|pnpx|yarn|bunx|bun|pip(?:3(?:\.\d{1,2})?)?|pipx|pipenv|python(?:3(?:\.\d{1,2})?)?|py|uvx|uv|poetry|pdm|rye|cargo|go|gem|bundle)(?![\w./-])/g;

/** Every regular expression of this module (the ReDoS check in its test runs over them). */
export const INSTALL_COMMAND_PATTERNS: readonly RegExp[] = [PROGRAM];

/** Words read per command: enough for a long `pip install a b c …` line, bounded on hostile text. */
export const MAX_WORDS_PER_COMMAND = 64;

export interface CommandBudget {
  /** Commands that may still be read in this reply. */
  commands: number;
  /** Mentions that may still be added to `out`. */
  mentions: number;
}

/** Appends the packages named by the install commands in `region` of `text` to `out`. */
export function findInstallMentions(text: string, region: ReplyRegion, budget: CommandBudget, out: PackageMention[]): void {
  const slice = text.slice(region.start, region.end);
  PROGRAM.lastIndex = 0;
  let resumeAt = 0;
  for (let match = PROGRAM.exec(slice); match && budget.commands > 0 && budget.mentions > 0; match = PROGRAM.exec(slice)) {
    if (match.index < resumeAt) continue;
    budget.commands -= 1;
    const afterProgram = region.start + match.index + match[0].length;
    // A prose line that is only a command (`$ pip install x`) is read like code.
    const mode = region.kind !== 'prose' || startsLine(slice, match.index) ? 'code' : 'prose';
    const { words, end } = readCommandWords(text, afterProgram, region.end, mode, MAX_WORDS_PER_COMMAND);
    resumeAt = Math.max(end - region.start, match.index + match[0].length);
    PROGRAM.lastIndex = Math.max(PROGRAM.lastIndex, resumeAt);
    for (const found of packagesOfCommand(match[1]!, words)) {
      if (budget.mentions <= 0) break;
      if (found.ecosystem === 'go' && mode === 'prose' && !isPlausibleGoPath(found.named.lookup)) continue;
      const offset = text.slice(found.word.start, found.word.end).indexOf(found.named.name);
      const start = offset < 0 ? found.word.start : found.word.start + offset;
      out.push({
        ecosystem: found.ecosystem,
        kind: found.kind,
        name: found.named.name,
        lookup: found.named.lookup,
        start,
        end: offset < 0 ? found.word.end : start + found.named.name.length,
      });
      budget.mentions -= 1;
    }
  }
}

/** Is `index` at the start of its line, after nothing but blanks and a prompt (`$`, `>`, `PS>`)? */
function startsLine(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 8; i -= 1) {
    const char = text[i]!;
    if (char === '\n') return true;
    if (char !== ' ' && char !== '\t' && char !== '$' && char !== '>' && char !== 'P' && char !== 'S') return false;
  }
  return index <= 8 && /^[\s$>PS]*$/.test(text.slice(0, index));
}

interface FoundPackage {
  ecosystem: Ecosystem;
  kind: MentionKind;
  named: NamedPackage;
  word: CommandWord;
}

const programOf = (word: string): string => {
  if (/^pip3/.test(word)) return 'pip';
  if (/^python/.test(word) || word === 'py') return 'python';
  return word;
};

/** The packages one command names, given its program and the words after it. */
export function packagesOfCommand(program: string, words: readonly CommandWord[]): FoundPackage[] {
  let name = programOf(program);
  let rest = words;
  if (name === 'python') {
    // python [-flags] -m pip|pipx|uv …
    const module = rest.findIndex((word) => !word.value.startsWith('-') || word.value === '-m');
    if (module < 0 || rest[module]!.value !== '-m') return [];
    name = programOf(rest[module + 1]?.value ?? '');
    rest = rest.slice(module + 2);
    if (name === 'python') return [];
  }
  const manager = MANAGERS[name];
  if (!manager) return [];
  if (manager.offRegistryFlags && rest.some((word) => manager.offRegistryFlags!.has(word.value.split('=')[0]!))) return [];
  const sub = subcommandOf(manager, rest);
  if (!sub) return [];
  return readArguments(manager, sub.mode, rest.slice(sub.words));
}

/** The subcommand at the start of `words` (after any leading options), and how many words it took. */
function subcommandOf(manager: Manager, words: readonly CommandWord[]): { mode: ArgumentMode; words: number } | undefined {
  const direct = manager.subcommands[''];
  if (direct) return { mode: direct, words: 0 };
  let first = 0;
  while (first < words.length && words[first]!.value.startsWith('-') && first < 4) first += 1;
  const one = words[first]?.value;
  const two = words[first + 1]?.value;
  if (one !== undefined && two !== undefined && manager.subcommands[`${one} ${two}`]) return { mode: manager.subcommands[`${one} ${two}`]!, words: first + 2 };
  if (one !== undefined && manager.subcommands[one]) return { mode: manager.subcommands[one]!, words: first + 1 };
  return undefined;
}

function readArguments(manager: Manager, mode: ArgumentMode, words: readonly CommandWord[]): FoundPackage[] {
  const parse = PARSERS[manager.ecosystem];
  const kind: MentionKind = mode === 'packages' ? 'install' : 'run';
  const found: FoundPackage[] = [];
  const fromFlags: FoundPackage[] = [];
  let optionsEnded = false;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const value = word.value;
    if (!optionsEnded && value === '--') {
      optionsEnded = true;
      continue;
    }
    if (!optionsEnded && value.startsWith('-') && value.length > 1) {
      const [flag, inline] = splitOption(value);
      const takesPackage = manager.packageFlags?.has(flag) ?? false;
      if (takesPackage) {
        const packageWord = inline === undefined ? words[++i] : word;
        const named = packageWord ? parse(inline ?? packageWord.value) : undefined;
        if (named && packageWord) fromFlags.push({ ecosystem: manager.ecosystem, kind: 'run', named, word: packageWord });
      } else if (inline === undefined && manager.valueFlags.has(flag)) {
        i += 1;
      }
      continue;
    }
    // PEP 508 direct reference: `name @ https://…` installs from the URL, not the index.
    if (value === '@' && manager.ecosystem === 'pypi') {
      found.pop();
      i += 1;
      continue;
    }
    if (mode !== 'packages') {
      // npx -p x cmd: the positional is a command of x, not a package.
      if (fromFlags.length > 0) break;
      const named = mode === 'create' ? npmCreatePackageOf(value) : parse(value);
      if (named) found.push({ ecosystem: manager.ecosystem, kind, named, word });
      break;
    }
    const named = parse(value);
    if (named) found.push({ ecosystem: manager.ecosystem, kind, named, word });
  }
  return [...fromFlags, ...found];
}

/** `--flag=value` → [`--flag`, `value`]; `--flag` → [`--flag`, undefined]. */
function splitOption(value: string): [string, string | undefined] {
  const equals = value.indexOf('=');
  return equals < 0 ? [value, undefined] : [value.slice(0, equals), value.slice(equals + 1)];
}
