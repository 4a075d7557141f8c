/**
 * The shell script model that tool-guard's rules read, whichever reader built it: the real parser
 * (shell-parser.ts, mvdan-sh) or the fallback tokenizer (shell-tokenizer.ts) for snippets that do
 * not parse. Offsets are UTF-16 code units in the snippet the script was read from.
 */

/** One word of a command, as the command will see it as far as the text alone can tell. */
export interface ShellWord {
  /** Quotes removed; `$HOME` and `${HOME}` written `~`; every other expansion kept as written (`$X`, `$(…)`). */
  text: string;
  /** True when the word holds no expansion other than HOME: `text` is exactly what the command gets. */
  literal: boolean;
  start: number;
  end: number;
}

export interface ShellRedirect {
  /** `>`, `>>`, `<`, `<>`, `>&`, `<&`, `&>`, `&>>`, `>|`, `<<`, `<<-` or `<<<`. */
  op: string;
  /** The file descriptor written before the operator (`2` in `2>&1`), if any. */
  fd: string | undefined;
  /** The file (or descriptor) redirected to or from; undefined for here-documents. */
  target: ShellWord | undefined;
  /** What a here-document (`<<`) or here-string (`<<<`) feeds the command. */
  input: string | undefined;
  start: number;
  end: number;
}

export interface ShellAssignment {
  name: string;
  value: ShellWord | undefined;
}

export interface ShellCommand {
  /**
   * Lower-cased base name of the program after wrappers (`rm` for `sudo /bin/rm`), without `.exe`;
   * `''` for a statement of only assignments or redirections.
   */
  name: string;
  /** The words after the program name. */
  args: ShellWord[];
  /** Wrappers the program was started through, outermost first (`sudo`, `env`, `nice`, `xargs`…). */
  wrappers: string[];
  assigns: ShellAssignment[];
  redirects: ShellRedirect[];
  start: number;
  end: number;
  /** The command whose word holds this one (`$(…)`, `` `…` ``, `<(…)`, `sh -c '…'`); undefined at top level. */
  parent: ShellCommand | undefined;
}

/** `a | b | c`: each stage is the commands of one side of a pipe (a group `{ a; b; }` is one stage). */
export interface ShellPipeline {
  stages: ShellCommand[][];
  start: number;
  end: number;
}

export interface ShellFunction {
  name: string;
  /** Commands of the function body. */
  body: ShellCommand[];
  start: number;
  end: number;
}

export interface ShellScript {
  /** Every command, nested ones included, in source order. */
  commands: ShellCommand[];
  pipelines: ShellPipeline[];
  functions: ShellFunction[];
  readBy: 'parser' | 'tokenizer';
}

interface WrapperSyntax {
  /** Options that take the next word as their value (`-u root`). */
  valued: readonly string[];
  /** Operands the wrapper takes before the program (`timeout 5 cmd`). */
  operands?: number;
  /** Options after which the wrapper is not running a program (`command -v x` only looks it up). */
  notWrapping?: readonly string[];
  /** Words of the form NAME=value are environment settings, not the program (`env A=1 cmd`). */
  skipsAssignments?: boolean;
}

/**
 * Programs that run another program given as their operand. The rules look at what finally runs
 * (`sudo nice rm -rf /` is an `rm`), and keep the wrappers for the rules that care (`nice /bin/sh`
 * is a GTFOBins shell escape, `sudo bash` is not).
 */
const WRAPPERS: Readonly<Record<string, WrapperSyntax>> = {
  sudo: {
    valued: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group', '--close-from', '--chdir', '--host', '--prompt', '--role', '--type', '--other-user', '--command-timeout'],
    notWrapping: ['-l', '-v', '-k', '-K', '-V', '--list', '--validate'],
    skipsAssignments: true,
  },
  doas: { valued: ['-u', '-C'] },
  env: { valued: ['-u', '--unset', '-C', '--chdir'], skipsAssignments: true },
  nohup: { valued: [] },
  time: { valued: ['-f', '-o', '--format', '--output'] },
  command: { valued: [], notWrapping: ['-v', '-V'] },
  builtin: { valued: [] },
  exec: { valued: ['-a'] },
  nice: { valued: ['-n', '--adjustment'] },
  ionice: { valued: ['-c', '-n', '-p', '-P', '-u', '--class', '--classdata'] },
  timeout: { valued: ['-s', '-k', '--signal', '--kill-after'], operands: 1 },
  stdbuf: { valued: ['-i', '-o', '-e'] },
  chrt: { valued: [], operands: 1 },
  taskset: { valued: [], operands: 1 },
  setsid: { valued: [] },
  unbuffer: { valued: [] },
  torsocks: { valued: [] },
  proxychains: { valued: ['-f'] },
  proxychains4: { valued: ['-f'] },
  xargs: {
    valued: ['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args', '--max-procs', '--max-lines', '--max-chars'],
  },
  busybox: { valued: [] },
};

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** `/usr/bin/RM.exe` → `rm`; `C:\Windows\System32\cmd.exe` → `cmd`. */
export function programName(word: string): string {
  const slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
  const base = (slash >= 0 ? word.slice(slash + 1) : word).toLowerCase();
  // `\rm` (alias bypass) is still rm.
  return base.replace(/^\\+/, '').replace(/\.exe$/, '');
}

/**
 * Builds a command from its words: strips wrappers (`sudo -u root nice -n 5 rm` → `rm`), keeping
 * them in `wrappers`. A wrapper with no program after it (`sudo -i`) is itself the command.
 */
export function buildCommand(
  words: readonly ShellWord[],
  assigns: ShellAssignment[],
  redirects: ShellRedirect[],
  span: { start: number; end: number },
  parent: ShellCommand | undefined,
): ShellCommand {
  const wrappers: string[] = [];
  let index = 0;
  // Bounded: each step consumes at least one word.
  while (index < words.length) {
    const name = programName(words[index]!.text);
    const syntax = Object.prototype.hasOwnProperty.call(WRAPPERS, name) ? WRAPPERS[name] : undefined;
    if (!syntax) break;
    let next = index + 1;
    let operandsLeft = syntax.operands ?? 0;
    let wraps = true;
    while (next < words.length) {
      const text = words[next]!.text;
      if (text === '--') {
        next += 1;
        break;
      }
      if (syntax.notWrapping?.includes(text)) {
        wraps = false;
        break;
      }
      if (syntax.valued.includes(text)) {
        next += 2;
        continue;
      }
      if (text.startsWith('-') && text.length > 1) {
        next += 1;
        continue;
      }
      if (syntax.skipsAssignments && ASSIGNMENT.test(text)) {
        // Kept: `sudo LD_PRELOAD=/tmp/x.so find` matters to the rules.
        const eq = text.indexOf('=');
        assigns.push({ name: text.slice(0, eq), value: { ...words[next]!, text: text.slice(eq + 1) } });
        next += 1;
        continue;
      }
      if (operandsLeft > 0) {
        operandsLeft -= 1;
        next += 1;
        continue;
      }
      break;
    }
    if (!wraps || next >= words.length) break;
    wrappers.push(name);
    index = next;
  }
  const program = words[index];
  return {
    name: program ? programName(program.text) : '',
    args: words.slice(index + 1),
    wrappers,
    assigns,
    redirects,
    start: span.start,
    end: span.end,
    parent,
  };
}

/** Single-letter flags of a command: `-rf` and `-R` give r, f, R (up to `--`). */
export function shortFlags(command: ShellCommand): Set<string> {
  const letters = new Set<string>();
  for (const arg of command.args) {
    if (arg.text === '--') break;
    if (/^-[A-Za-z0-9]+$/.test(arg.text)) for (const letter of arg.text.slice(1)) letters.add(letter);
  }
  return letters;
}

/** True when a long option is given, alone or as `--name=value`. */
export function hasLongOption(command: ShellCommand, option: string): boolean {
  return command.args.some((arg) => arg.text === option || arg.text.startsWith(`${option}=`));
}

/** The words that are not options (everything after `--` included). */
export function operands(command: ShellCommand): ShellWord[] {
  const found: ShellWord[] = [];
  let afterDashes = false;
  for (const arg of command.args) {
    if (!afterDashes && arg.text === '--') {
      afterDashes = true;
      continue;
    }
    if (afterDashes || !arg.text.startsWith('-') || arg.text === '-') found.push(arg);
  }
  return found;
}

/** The value of `--name=value`, `--name value` or `-n value` (first one given). */
export function optionValue(command: ShellCommand, names: readonly string[]): ShellWord | undefined {
  for (let i = 0; i < command.args.length; i += 1) {
    const arg = command.args[i]!;
    for (const name of names) {
      if (arg.text === name) return command.args[i + 1];
      if (name.startsWith('--') && arg.text.startsWith(`${name}=`)) {
        return { ...arg, text: arg.text.slice(name.length + 1) };
      }
    }
  }
  return undefined;
}

