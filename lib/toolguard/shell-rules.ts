import type { Hit } from './rule-catalogue.ts';
import {
  autostartKind,
  isAuditTrail,
  isBlockDevice,
  isCredentialMetadataUrl,
  isPrivilegeFile,
  isRemoteOperand,
  isRootOrHomePath,
  normalizePath,
  secretKind,
  type SecretKind,
} from './shell-paths.ts';
import { hasLongOption, operands, optionValue, shortFlags, type ShellCommand, type ShellScript, type ShellWord } from './shell-script.ts';

/** Code inside a command's word that deserves its own reading (`sh -c '…'`, `powershell -enc …`, `mysql -e '…'`). */
export interface EmbeddedCode {
  language: 'shell' | 'powershell' | 'sql';
  text: string;
  /** The word it came from: every hit inside it is reported on this span. */
  start: number;
  end: number;
}

export interface ShellVerdict {
  hits: Hit[];
  embedded: EmbeddedCode[];
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'fish', 'csh', 'tcsh', 'ash', 'yash', 'rbash']);
const INTERPRETERS = /^(?:python[0-9.]*|py|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|pwsh|powershell)$/;
const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'aria2c', 'http', 'https', 'httpie', 'lwp-request', 'lwp-download', 'iwr', 'irm', 'invoke-webrequest', 'invoke-restmethod', 'ftp', 'tftp']);
const NETWORK_CLIENTS = new Set(['nc', 'ncat', 'netcat', 'nc.traditional', 'nc.openbsd', 'socat', 'telnet', 'cryptcat', 'pwncat', 'sbd']);
/** Programs that send what they are given to another host (the end of an exfiltration pipe). */
const SENDERS = new Set([...NETWORK_CLIENTS, 'curl', 'wget', 'ssh', 'scp', 'rsync', 'sftp', 'ftp', 'tftp', 'smbclient', 'mail', 'mailx', 'sendmail', 'mutt', 'iwr', 'irm', 'invoke-webrequest', 'invoke-restmethod', 'openssl', 'rclone']);
/** These touch a key file without reading it out (ssh -i key, chmod 600 key, editors). */
const NOT_READING_SECRETS = new Set([
  'ssh', 'ssh-add', 'ssh-keygen', 'ssh-copy-id', 'ssh-agent', 'sshfs', 'autossh', 'mosh', 'git', 'chmod', 'chown', 'chgrp', 'chattr', 'lsattr', 'setfacl', 'getfacl',
  'ls', 'stat', 'touch', 'mkdir', 'test', '[', 'file', 'rm', 'ln', 'cd', 'realpath', 'readlink', 'dirname', 'basename', 'vim', 'vi', 'nvim', 'nano', 'emacs', 'code',
  'subl', 'gedit', 'micro', 'kate', 'notepad', 'open', 'aws', 'gcloud', 'az', 'kubectl', 'docker', 'helm', 'eval', 'echo', 'printf', 'export', 'source', '.', 'gpg',
  'openssl', 'puttygen', 'age', 'sops', 'dotenv', 'keychain', 'visudo', 'restorecon', 'which', 'type', 'unset', 'terraform', 'ansible', 'ansible-playbook', 'security', '',
]);
/** Programs that are meant to be handed a shell to run: giving them /bin/sh is not an escape. */
const SHELL_LAUNCHERS = new Set([
  ...SHELLS, 'sudo', 'su', 'doas', 'runuser', 'pkexec', 'chsh', 'usermod', 'useradd', 'adduser', 'docker', 'podman', 'nerdctl', 'kubectl', 'oc', 'lxc', 'lxc-attach',
  'lxc-execute', 'machinectl', 'systemd-nspawn', 'systemd-run', 'bwrap', 'firejail', 'srun', 'salloc', 'sbatch', 'qsub', 'ssh', 'mosh', 'script', 'tmux', 'screen',
  'xterm', 'gnome-terminal', 'konsole', 'alacritty', 'kitty', 'terminator', 'vagrant', 'toolbox', 'distrobox', 'singularity', 'apptainer', 'flatpak-spawn',
  'in-toto-run', 'exec', 'command', 'which', 'type', 'whereis', 'ls', 'stat', 'file', 'readlink', 'realpath', 'echo', 'printf', 'cat', 'grep', 'tee', 'test', '[',
  'chmod', 'chown', 'ln', 'cp', 'mv', 'install', 'ldd', 'objdump', 'readelf', 'nm', 'strings', 'md5sum', 'sha1sum', 'sha256sum', 'du', 'shellcheck', 'dpkg',
  'rpm', 'apt-file', 'env', 'export', 'set', 'setenv', 'alias', 'chroot', 'schroot', 'nsenter', 'unshare', 'getent', 'dirname', 'basename',
  'debootstrap', 'ps', 'pgrep', 'pidof', 'lsof', 'fuser', '',
]);
/** Wrappers through which an interactive shell is a GTFOBins escape rather than a login (sudo bash is a login). */
const ESCAPE_WRAPPERS = new Set(['nice', 'ionice', 'timeout', 'stdbuf', 'chrt', 'taskset', 'setsid', 'unbuffer', 'xargs', 'env', 'torsocks', 'proxychains', 'proxychains4']);
const SECURITY_SERVICES =
  /^(?:firewalld|ufw|iptables|ip6tables|nftables|apparmor|auditd|fail2ban|clamav-daemon|clamav-freshclam|clamd|falcon-sensor|sentinelone|osqueryd|wazuh-agent|ossec|sysmon|aide|mdatp|crowdsec|selinux|rsyslog|syslog|syslog-ng|systemd-journald|auditbeat|elastic-agent|windefend|sense)(?:\.service)?$/i;

/** Content written into a start-up file that makes it a backdoor rather than an ordinary setting. */
const SUSPICIOUS_CONTENT =
  /\b(?:curl|wget|nc|ncat|netcat|socat|telnet|base64|nohup|mkfifo)\b|\b(?:python[0-9.]*|perl|ruby|php)\s{1,5}-[ecr]\b|\b(?:ba)?sh\s{1,5}-i\b|\/dev\/(?:tcp|udp)\/|\balias\s{1,5}(?:sudo|su|ssh|ls|cd|cat|ps|passwd)=|LD_PRELOAD|PROMPT_COMMAND|RUN\+=|\/dev\/shm\/|\/tmp\/\S/;

const isInterpreter = (name: string) => INTERPRETERS.test(name);

/** A shell or interpreter that runs what is piped into it (`sh`, `bash -s`, `python3 -`, `iex`). */
function runsStdin(command: ShellCommand): boolean {
  const { name } = command;
  if (name === 'iex' || name === 'invoke-expression') return true;
  if (name === 'source' || name === '.') return command.args.some((arg) => arg.text === '/dev/stdin' || arg.text === '-');
  const flags = shortFlags(command);
  const first = operands(command)[0];
  if (SHELLS.has(name)) return !flags.has('c') && (first === undefined || first.text === '-' || flags.has('s'));
  if (name === 'pwsh' || name === 'powershell') {
    return !command.args.some((arg) => /^[-/](?:c|command|f|file|e|ec|enc|encodedcommand)$/i.test(arg.text)) && (first === undefined || first.text === '-');
  }
  if (isInterpreter(name)) {
    if (['c', 'e', 'm', 'r', 'E'].some((flag) => flags.has(flag)) || hasLongOption(command, '--eval')) return false;
    return first === undefined || first.text === '-';
  }
  return false;
}

const isDownloader = (command: ShellCommand) => DOWNLOADERS.has(command.name) && operands(command).length > 0;

/** `base64 -d`, `xxd -r`, `openssl base64 -d`, `rev`: turns an encoded text back into a command. */
function isDecoder(command: ShellCommand): boolean {
  const flags = shortFlags(command);
  switch (command.name) {
    case 'base64':
    case 'base32':
    case 'basenc':
      return flags.has('d') || flags.has('D') || hasLongOption(command, '--decode');
    case 'xxd':
      return flags.has('r');
    case 'openssl':
      return (command.args[0]?.text === 'base64' || command.args[0]?.text === 'enc') && flags.has('d');
    case 'uudecode':
    case 'rev':
      return true;
    case 'tr':
      return command.args.some((arg) => /n-za-m/i.test(arg.text));
    default:
      return false;
  }
}

const isHomeDirectory = (text: string) => /^(?:~[\w-]*|\/home\/[^/]+|\/Users\/[^/]+|\/root)$/.test(normalizePath(text));

const spanOf = (items: ReadonlyArray<{ start: number; end: number }>) => ({
  start: Math.min(...items.map((item) => item.start)),
  end: Math.max(...items.map((item) => item.end)),
});

/** Commands nested directly in `command`'s words ($(…), `…`, <(…), sh -c '…'). */
const childrenOf = (script: ShellScript, command: ShellCommand) => script.commands.filter((inner) => inner.parent === command);

/** Everything nested in `command`, at any depth. */
function descendantsOf(script: ShellScript, command: ShellCommand): ShellCommand[] {
  return script.commands.filter((inner) => {
    for (let up = inner.parent, steps = 0; up && steps < 8; up = up.parent, steps += 1) if (up === command) return true;
    return false;
  });
}

/**
 * The rules on a shell script model: each looks at what the commands are and what their words
 * resolve to (`~`, `$HOME/*`, `/dev/sda`, `~/.ssh/id_rsa`), at pipes (`curl | sh`), substitutions
 * (`bash <(curl …)`), redirections (`>& /dev/tcp/…`, `> /dev/sda`) and here-documents, not at how the
 * line looks — so `rm -rf ./build` and `rm -rf ~` fall on the two sides they should.
 */
export function checkShellScript(script: ShellScript): ShellVerdict {
  const hits: Hit[] = [];
  const embedded: EmbeddedCode[] = [];
  const hit = (rule: Hit['rule'], at: { start: number; end: number }, score?: number) =>
    hits.push(score === undefined ? { rule, start: at.start, end: at.end } : { rule, start: at.start, end: at.end, score });

  const secretVariables = taintedVariables(script);
  const hasShell = script.commands.some((command) => SHELLS.has(command.name) || command.name.startsWith('$'));

  for (const command of script.commands) {
    checkDestruction(command, script, hit);
    checkDiskWipe(command, script, hit);
    checkReverseShell(command, hasShell, hit);
    checkCredentials(command, script, secretVariables, hit);
    checkWrites(command, script, hit);
    checkPrivileges(command, hit);
    checkSecurityControls(command, hit);
    checkShellEscape(command, hit);
    checkSubstitutions(command, script, hit);
    collectEmbedded(command, embedded);
  }
  for (const pipeline of script.pipelines) checkPipeline(pipeline.stages, hit);
  for (const fn of script.functions) {
    const name = fn.name.toLowerCase();
    const selfPipe = script.pipelines.some(
      (pipeline) => pipeline.start >= fn.start && pipeline.end <= fn.end && pipeline.stages.filter((stage) => stage.some((c) => c.name === name)).length >= 2,
    );
    if (selfPipe) hit('fork-bomb', fn);
  }
  return { hits, embedded };
}

type HitFn = (rule: Hit['rule'], at: { start: number; end: number }, score?: number) => void;

function checkDestruction(command: ShellCommand, script: ShellScript, hit: HitFn): void {
  const { name } = command;
  const flags = shortFlags(command);
  const targets = operands(command);
  const onRoot = targets.filter((word) => isRootOrHomePath(word.text));
  if (hasLongOption(command, '--no-preserve-root')) {
    hit('destructive-fs', command);
    return;
  }
  // `find / | xargs rm -rf`: the delete reads its targets from a walk of the root.
  if (name === 'rm' && command.wrappers.includes('xargs') && (flags.has('r') || flags.has('R'))) {
    for (const pipeline of script.pipelines) {
      const index = pipeline.stages.findIndex((stage) => stage.includes(command));
      if (index <= 0) continue;
      const feeders = pipeline.stages.slice(0, index).flat();
      if (feeders.some((feeder) => feeder.name === 'find' && operands(feeder).some((word) => isRootOrHomePath(word.text)))) hit('destructive-fs', pipeline);
    }
  }
  if (['rm', 'srm', 'shred', 'wipe', 'remove-item', 'ri', 'del', 'erase', 'rd', 'rmdir'].includes(name)) {
    const recursive =
      flags.has('r') ||
      flags.has('R') ||
      hasLongOption(command, '--recursive') ||
      command.args.some((arg) => /^(?:\/s|-recurse)$/i.test(arg.text)) ||
      (name === 'remove-item' || name === 'ri' ? command.args.some((arg) => /^-r(?:e(?:c(?:u(?:r(?:s(?:e)?)?)?)?)?)?$/i.test(arg.text)) : false);
    const windowsTargets = targets.filter((word) => !/^\/[a-z]$/i.test(word.text) && isRootOrHomePath(word.text));
    if (recursive && (onRoot.length > 0 || windowsTargets.length > 0)) hit('destructive-fs', command);
    return;
  }
  if (['chmod', 'chown', 'chgrp', 'setfacl'].includes(name) && (flags.has('R') || hasLongOption(command, '--recursive'))) {
    // The first operand is the mode or owner; the rest are paths. `chown -R $USER ~` is a common
    // repair, `chmod -R 777 ~` or anything recursive on / or /etc is not.
    const paths = targets.slice(1);
    const clobbers = /^0?(?:777|666|000|0)$|^[ugoa]*[+=]rwx$|^[ugoa]*-[rwx]+$/.test(targets[0]?.text ?? '');
    const onSystem = paths.some((word) => isRootOrHomePath(word.text) && !isHomeDirectory(word.text));
    const onHome = paths.some((word) => isHomeDirectory(word.text));
    if (onSystem || (onHome && name === 'chmod' && clobbers)) hit('destructive-fs', command);
    return;
  }
  if (name === 'find') {
    const starts: ShellWord[] = [];
    for (const arg of command.args) {
      if (arg.text.startsWith('-') || arg.text === '(' || arg.text === '!') break;
      starts.push(arg);
    }
    const deletes =
      command.args.some((arg) => arg.text === '-delete') ||
      command.args.some((arg, i) => (arg.text === '-exec' || arg.text === '-execdir') && /^(?:\/bin\/)?(?:rm|shred|srm)$/.test(command.args[i + 1]?.text ?? ''));
    if (deletes && starts.some((word) => isRootOrHomePath(word.text))) hit('destructive-fs', command);
    return;
  }
  if (name === 'mv' && targets.length >= 2 && targets[targets.length - 1]!.text === '/dev/null' && onRoot.length > 0) {
    hit('destructive-fs', command);
    return;
  }
}

function checkDiskWipe(command: ShellCommand, script: ShellScript, hit: HitFn): void {
  const { name } = command;
  const targets = operands(command);
  const flags = shortFlags(command);
  const onDevice = targets.some((word) => isBlockDevice(word.text));
  if (name === 'dd' && command.args.some((arg) => arg.text.startsWith('of=') && isBlockDevice(arg.text.slice(3)))) hit('disk-wipe', command);
  else if (/^(?:mkfs(?:\.\w+)?|mke2fs|mkswap|mkdosfs|mkntfs|mkexfatfs|blkdiscard|shred|srm|scrub|badblocks)$/.test(name) && onDevice) {
    if (name !== 'badblocks' || flags.has('w')) hit('disk-wipe', command);
  } else if (name === 'wipefs' && onDevice && (flags.has('a') || hasLongOption(command, '--all'))) hit('disk-wipe', command);
  else if (name === 'sgdisk' && onDevice && (flags.has('Z') || flags.has('o') || hasLongOption(command, '--zap-all') || hasLongOption(command, '--clear'))) {
    hit('disk-wipe', command);
  } else if (name === 'hdparm' && onDevice && command.args.some((arg) => /^--(?:security-erase|security-erase-enhanced|trim-sector-ranges)$/.test(arg.text))) {
    hit('disk-wipe', command);
  } else if (name === 'nvme' && /^(?:format|sanitize)$/.test(command.args[0]?.text ?? '') && onDevice) hit('disk-wipe', command);
  else if ((name === 'cp' || name === 'pv' || name === 'tee') && targets.length > 0 && isBlockDevice(targets[targets.length - 1]!.text)) hit('disk-wipe', command);
  else if (name === 'format' && targets.some((word) => /^[a-z]:$/i.test(word.text))) hit('disk-wipe', command);
  else if (/^(?:clear-disk|format-volume|remove-partition|initialize-disk)$/.test(name)) hit('disk-wipe', command);
  else if (name === 'clean' && script.commands.some((other) => other.name === 'diskpart' || (other.name === 'select' && /^disk$/i.test(other.args[0]?.text ?? '')))) {
    hit('disk-wipe', command);
  }
  for (const redirect of command.redirects) {
    if (['>', '>>', '>|', '&>', '&>>'].includes(redirect.op) && redirect.target && isBlockDevice(redirect.target.text)) hit('disk-wipe', command);
  }
}

function checkReverseShell(command: ShellCommand, hasShell: boolean, hit: HitFn): void {
  const { name } = command;
  const flags = shortFlags(command);
  for (const redirect of command.redirects) {
    if (redirect.target && /^\/dev\/(?:tcp|udp)\/[^/\s]+\/\S+/.test(redirect.target.text)) {
      hit('reverse-shell', command, SHELLS.has(name) || hasShell ? undefined : 0.6);
      return;
    }
  }
  if (NETWORK_CLIENTS.has(name) && name !== 'socat' && name !== 'telnet') {
    const exec = flags.has('e') || flags.has('c') || ['--exec', '--sh-exec', '--lua-exec'].some((option) => hasLongOption(command, option));
    if (exec) hit('reverse-shell', command);
    return;
  }
  if (name === 'socat') {
    const addresses = command.args.map((arg) => arg.text.toLowerCase());
    const network = addresses.some((text) => /^(?:tcp[46]?|udp[46]?|ssl|openssl|sctp)(?:-listen|-connect)?[:-]/.test(text));
    if (network && addresses.some((text) => /^(?:exec|system):/.test(text))) hit('reverse-shell', command);
    else if (network && addresses.some((text) => text.startsWith('file:') && text.split(',')[0]!.includes('tty') && text.includes(',raw'))) {
      // socat file:`tty`,raw,echo=0 tcp-listen:…: the listener that catches a reverse shell with a full terminal.
      hit('reverse-shell', command, 0.7);
    }
    return;
  }
  if ((name === 'awk' || name === 'gawk') && command.args.some((arg) => /\/inet[46]?\/(?:tcp|udp)\//.test(arg.text))) hit('reverse-shell', command, 0.9);
  else if (name === 'ztcp' || (name === 'zmodload' && command.args.some((arg) => arg.text === 'zsh/net/tcp'))) hit('reverse-shell', command, 0.7);
  else if (name === 'msfvenom') {
    const payload = optionValue(command, ['-p', '--payload'])?.text ?? '';
    if (/reverse|bind|meterpreter|shell/i.test(payload)) hit('reverse-shell', command, 0.85);
  } else if (name === 'xterm' && optionValue(command, ['-display'])) hit('reverse-shell', command, 0.8);
}

/** Variables assigned from a substitution that reads a secret (`KEY=$(cat ~/.ssh/id_rsa)`). */
function taintedVariables(script: ShellScript): Map<string, SecretKind> {
  const tainted = new Map<string, SecretKind>();
  for (const command of script.commands) {
    if (command.assigns.length === 0) continue;
    const kind = strongest(descendantsOf(script, command).map((inner) => secretRead(inner)));
    if (kind) for (const assign of command.assigns) if (assign.value && !assign.value.literal) tainted.set(assign.name, kind);
  }
  return tainted;
}

const strongest = (kinds: ReadonlyArray<SecretKind | undefined>): SecretKind | undefined =>
  kinds.includes('strong') ? 'strong' : kinds.includes('weak') ? 'weak' : undefined;

/** `@file`, `file:/x`, `file:///x`, `<file` spellings of a path. */
const pathIn = (text: string) => text.replace(/^@/, '').replace(/^file:(?:\/\/)?/i, '');

const secretReads = new WeakMap<ShellCommand, SecretKind | 'none'>();

/** What secret a command reads (its operands, option values, input redirections), if any; remembered per command. */
function secretRead(command: ShellCommand): SecretKind | undefined {
  const known = secretReads.get(command);
  if (known !== undefined) return known === 'none' ? undefined : known;
  const kind = readsSecret(command);
  secretReads.set(command, kind ?? 'none');
  return kind;
}

function readsSecret(command: ShellCommand): SecretKind | undefined {
  const { name } = command;
  if (name === 'getent' && /^g?shadow$/.test(command.args[0]?.text ?? '')) return 'strong';
  if (name === 'security' && /^(?:dump-keychain|find-generic-password|find-internet-password|export)$/.test(command.args[0]?.text ?? '')) return 'strong';
  if (DOWNLOADERS.has(name) && operands(command).some((word) => isCredentialMetadataUrl(word.text))) return 'strong';
  const kinds: Array<SecretKind | undefined> = command.redirects.filter((r) => r.op === '<' && r.target).map((r) => secretKind(r.target!.text));
  if (!NOT_READING_SECRETS.has(name)) {
    let words = command.args;
    // A copy's last operand is where it writes, not what it reads.
    if (['cp', 'mv', 'install', 'rsync', 'scp'].includes(name)) {
      const targets = operands(command);
      const destination = targets[targets.length - 1];
      words = words.filter((word) => word !== destination);
    }
    for (const word of words) {
      const text = word.text.includes('=') && word.text.startsWith('-') ? word.text.slice(word.text.indexOf('=') + 1) : word.text;
      kinds.push(secretKind(pathIn(text)));
    }
  }
  return strongest(kinds);
}

/** How a command sends data out: `own` when the data is named in its own words, `stream` when it sends its input. */
function sendsData(command: ShellCommand): { own: ShellWord[]; stream: boolean } | undefined {
  const { name } = command;
  if (!SENDERS.has(name)) return undefined;
  const own: ShellWord[] = [];
  const args = command.args;
  if (name === 'curl') {
    for (let i = 0; i < args.length; i += 1) {
      const text = args[i]!.text;
      const value = args[i + 1];
      if (/^(?:-d|--data|--data-binary|--data-raw|--data-urlencode|--json|-F|--form|--form-string)$/.test(text) && value) {
        const file = /(?:^|=)@([^;\s]+)/.exec(value.text)?.[1];
        if (file && file !== '-') own.push({ ...value, text: file });
      } else if (/^(?:-T|--upload-file)$/.test(text) && value && value.text !== '-') own.push(value);
      else if (/^--(?:data|data-binary|json|form)=@/.test(text)) own.push({ ...args[i]!, text: text.slice(text.indexOf('@') + 1) });
    }
    return { own, stream: args.some((arg) => /(?:^|=)@-$/.test(arg.text)) || optionValue(command, ['-T', '--upload-file'])?.text === '-' };
  }
  if (name === 'wget') {
    const file = optionValue(command, ['--post-file', '--body-file']);
    if (file) own.push(file);
    return { own, stream: false };
  }
  if (name === 'scp' || name === 'rsync' || name === 'rclone') {
    const targets = operands(command);
    const destination = targets[targets.length - 1];
    if (destination && isRemoteOperand(destination.text)) own.push(...targets.slice(0, -1).filter((word) => !isRemoteOperand(word.text)));
    return { own, stream: false };
  }
  if (name === 'openssl' && command.args[0]?.text !== 's_client') return undefined;
  if (/^(?:iwr|irm|invoke-webrequest|invoke-restmethod)$/.test(name)) {
    const file = optionValue(command, ['-InFile', '-infile']);
    if (file) own.push(file);
    return { own, stream: false };
  }
  for (const redirect of command.redirects) if (redirect.op === '<' && redirect.target) own.push(redirect.target);
  if (name === 'socat') for (const arg of args) if (/^(?:file|open):/i.test(arg.text)) own.push({ ...arg, text: arg.text.replace(/^[a-z]+:/i, '').split(',')[0]! });
  return { own, stream: true };
}

function checkCredentials(command: ShellCommand, script: ShellScript, secretVariables: Map<string, SecretKind>, hit: HitFn): void {
  const read = secretRead(command);
  const sending = sendsData(command);
  if (sending) {
    const ownSecret = strongest(sending.own.map((word) => secretKind(pathIn(word.text))));
    const nested = strongest(descendantsOf(script, command).map((inner) => secretRead(inner)));
    const viaVariable = strongest(
      command.args.flatMap((arg) => [...arg.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => secretVariables.get(match[1]!))),
    );
    let piped: SecretKind | undefined;
    if (sending.stream || command.name === 'curl' || command.name === 'ssh') {
      for (const pipeline of script.pipelines) {
        const index = pipeline.stages.findIndex((stage) => stage.includes(command));
        if (index > 0) piped = strongest([piped, ...pipeline.stages.slice(0, index).flat().map((feeder) => secretRead(feeder))]);
      }
    }
    const exfil = strongest([ownSecret, nested, viaVariable, piped]);
    if (exfil) {
      hit('credential-exfil', command, exfil === 'strong' ? undefined : 0.75);
      return;
    }
    const uploads = sending.own.filter((word) => !['scp', 'rsync', 'rclone'].includes(command.name) && word.text !== '' && word.text !== '/dev/null');
    if (uploads.length > 0) hit('data-upload', command);
  }
  if (read === 'strong') hit('secret-read', command);
}

/** The files a command writes, with what it writes into them when the text shows it. */
function writesOf(command: ShellCommand, script: ShellScript): Array<{ path: string; content: string | undefined }> {
  const writes: Array<{ path: string; content: string | undefined }> = [];
  const heredoc = command.redirects.find((redirect) => redirect.input !== undefined)?.input;
  const piped = pipedContent(command, script);
  const echoed = command.name === 'echo' || command.name === 'printf' ? command.args.map((arg) => arg.text).join(' ') : undefined;
  for (const redirect of command.redirects) {
    if (['>', '>>', '>|', '&>', '&>>'].includes(redirect.op) && redirect.target && !/^(?:\/dev\/(?:null|stdout|stderr|fd\/\d+)|&?\d+|-)$/.test(redirect.target.text)) {
      writes.push({ path: redirect.target.text, content: echoed ?? heredoc ?? piped });
    }
  }
  const targets = operands(command);
  switch (command.name) {
    case 'tee':
      for (const word of targets) writes.push({ path: word.text, content: heredoc ?? piped });
      break;
    case 'cp':
    case 'mv':
    case 'install':
    case 'ln':
      if (targets.length >= 2) writes.push({ path: targets[targets.length - 1]!.text, content: targets[0]!.text });
      break;
    case 'dd': {
      const output = command.args.find((arg) => arg.text.startsWith('of='));
      if (output) writes.push({ path: output.text.slice(3), content: undefined });
      break;
    }
    case 'sed':
    case 'perl':
      if (shortFlags(command).has('i') || command.args.some((arg) => /^-[a-z]*i/.test(arg.text))) {
        const expression = command.args.map((arg) => arg.text).join(' ');
        for (const word of targets.slice(1)) writes.push({ path: word.text, content: expression });
      }
      break;
    case 'set-content':
    case 'add-content':
    case 'out-file': {
      const path = optionValue(command, ['-Path', '-path', '-FilePath', '-filepath']) ?? targets[0];
      if (path) writes.push({ path: path.text, content: optionValue(command, ['-Value', '-value'])?.text ?? piped });
      break;
    }
    default:
      break;
  }
  return writes;
}

/** What earlier stages of this command's pipeline print (`echo … | sudo tee /etc/…`). */
function pipedContent(command: ShellCommand, script: ShellScript): string | undefined {
  for (const pipeline of script.pipelines) {
    const index = pipeline.stages.findIndex((stage) => stage.includes(command));
    if (index > 0) {
      return pipeline.stages
        .slice(0, index)
        .flat()
        .map((feeder) => [feeder.name, ...feeder.args.map((arg) => arg.text), ...feeder.redirects.map((r) => r.input ?? '')].join(' '))
        .join('\n');
    }
  }
  return undefined;
}

/** A shell started from a file another program reads (`echo '/bin/sh' >groff`), not a shebang or `SHELL=/bin/zsh`. */
const PLANTED_SHELL = /(?:^|[\s'"{;:(,])\/(?:usr\/)?bin\/(?:ba|da|z|k|c|tc|a|mk|ya)?sh(?![\w./=-])/;
const plantsShell = (content: string | undefined, path: string) =>
  content !== undefined && !/(?:^|\/)shells$/.test(path) && PLANTED_SHELL.test(content.replace(/#!\s{0,3}\S+/g, ''));

function checkWrites(command: ShellCommand, script: ShellScript, hit: HitFn): void {
  // `cp /bin/sh /tmp/x`, `ln -s /bin/sh git-x`: a copy of a shell for another program (or a setuid bit) to run.
  if (['cp', 'ln', 'install'].includes(command.name)) {
    const targets = operands(command);
    const destination = targets[targets.length - 1]?.text ?? '';
    const copiesShell = targets.slice(0, -1).some((word) => /^\/(?:usr\/)?bin\/(?:ba|da|z|k|a)?sh$/.test(word.text));
    if (copiesShell && targets.length >= 2 && !/^\/(?:usr\/)?bin\/(?:ba|da|z|k|a)?sh$/.test(destination)) hit('shell-escape', command);
  }
  for (const write of writesOf(command, script)) {
    if (['echo', 'printf', 'cat', 'tee', ''].includes(command.name) && plantsShell(write.content, write.path)) hit('shell-escape', command, 0.5);
    const suspicious = write.content !== undefined && SUSPICIOUS_CONTENT.test(write.content);
    if (isPrivilegeFile(write.path)) {
      hit('privilege-escalation', command, 0.85);
      continue;
    }
    if (isAuditTrail(write.path) && (command.name === '' || /^(?:cat|echo|printf|true|:)$/.test(command.name)) && !(write.content ?? '').trim()) {
      hit('disable-security', command, 0.75);
      continue;
    }
    switch (autostartKind(write.path)) {
      case 'cron':
        hit('persistence', command, suspicious ? 0.85 : 0.75);
        break;
      case 'service':
        hit('persistence', command, suspicious ? 0.85 : 0.55);
        break;
      case 'shell-startup':
        if (suspicious) hit('persistence', command, 0.85);
        break;
      case 'system-hook':
        hit('persistence', command, 0.8);
        break;
      case 'ssh-key':
        hit('persistence', command, 0.45);
        break;
      default:
        break;
    }
  }
  // `systemctl link /tmp/x.service`, `systemctl enable --now /tmp/x.service`: a unit registered from an arbitrary file.
  if (command.name === 'systemctl' && /^(?:link|enable)$/.test(command.args[0]?.text ?? '') && operands(command).slice(1).some((word) => word.text.includes('/'))) {
    hit('persistence', command, 0.6);
  }
  if (command.name === 'crontab') {
    const flags = shortFlags(command);
    const installs = !['l', 'e', 'r'].some((flag) => flags.has(flag)) && (operands(command).length > 0 || pipedContent(command, script) !== undefined);
    if (installs) {
      const content = pipedContent(command, script) ?? '';
      hit('persistence', command, SUSPICIOUS_CONTENT.test(content) ? 0.85 : 0.75);
    }
  }
}

function checkPrivileges(command: ShellCommand, hit: HitFn): void {
  const { name } = command;
  if (name === 'chmod' || name === 'install') {
    const modes = name === 'chmod' ? [operands(command)[0]?.text ?? ''] : [optionValue(command, ['-m', '--mode'])?.text ?? ''];
    for (const mode of modes) {
      const symbolic = /^([ugoa]*)[+=][rwxXt]*s/.exec(mode);
      if (/^0?[4-7][0-7]{3}$/.test(mode) || (symbolic && (symbolic[1] === '' || /[ua]/.test(symbolic[1]!)))) hit('privilege-escalation', command, 0.75);
    }
  } else if (name === 'setcap' && command.args.some((arg) => /cap_(?:setuid|setgid|sys_admin|dac_override|dac_read_search|sys_ptrace|sys_module|chown|fowner)/i.test(arg.text))) {
    hit('privilege-escalation', command, 0.8);
  } else if (['docker', 'podman', 'nerdctl'].includes(name) && command.args.some((arg) => arg.text === 'run' || arg.text === 'create')) {
    const mountsRoot = command.args.some((arg, i) => {
      const value = /^(?:-v|--volume)$/.test(arg.text) ? command.args[i + 1]?.text : /^--volume=/.test(arg.text) ? arg.text.slice(9) : /^-v\//.test(arg.text) ? arg.text.slice(2) : undefined;
      if (value !== undefined) return /^\/(?:etc|root)?(?::|$)/.test(value);
      const mount = /^--mount(?:=|$)/.test(arg.text) ? (arg.text.includes('=') ? arg.text.slice(8) : command.args[i + 1]?.text) : undefined;
      return mount !== undefined && /(?:^|,)(?:source|src)=\/(?:etc|root)?(?:,|$)/.test(mount);
    });
    const hostPid = command.args.some((arg) => arg.text === '--pid=host') && command.args.some((arg) => arg.text === '--privileged');
    if (mountsRoot || hostPid) hit('privilege-escalation', command, 0.8);
  } else if (name === 'lxc' && command.args.some((arg) => /^(?:source|src)=\/(?:etc|root)?\/?$/.test(arg.text))) {
    // lxc config device add … disk source=/ path=/mnt: the host's root inside a container (lxd group escalation).
    hit('privilege-escalation', command, 0.8);
  } else if (name === 'lxc' && command.args.some((arg) => arg.text === 'security.privileged=true')) {
    hit('privilege-escalation', command, 0.7);
  } else if (name === 'nsenter' && (optionValue(command, ['-t', '--target'])?.text === '1' || command.args.some((arg) => arg.text === '--target=1'))) {
    hit('privilege-escalation', command, 0.75);
  } else if ((name === 'useradd' || name === 'usermod') && optionValue(command, ['-u', '--uid'])?.text === '0') {
    hit('privilege-escalation', command, 0.8);
  } else if (name === 'enable' && shortFlags(command).has('f')) {
    hit('privilege-escalation', command, 0.55);
  }
  if (command.wrappers.includes('sudo') && command.assigns.some((assign) => /^LD_(?:PRELOAD|LIBRARY_PATH)$/.test(assign.name))) hit('privilege-escalation', command, 0.7);
}

function checkSecurityControls(command: ShellCommand, hit: HitFn): void {
  const { name } = command;
  const first = command.args[0]?.text ?? '';
  const flags = shortFlags(command);
  if (name === 'setenforce' && /^(?:0|permissive)$/i.test(first)) hit('disable-security', command);
  else if (name === 'ufw' && first === 'disable') hit('disable-security', command);
  else if (name === 'systemctl' && /^(?:stop|disable|mask|kill)$/.test(first) && command.args.slice(1).some((arg) => SECURITY_SERVICES.test(arg.text))) hit('disable-security', command, 0.75);
  else if (name === 'service' && SECURITY_SERVICES.test(first) && command.args[1]?.text === 'stop') hit('disable-security', command, 0.75);
  else if (name === 'chkconfig' && SECURITY_SERVICES.test(first) && command.args[1]?.text === 'off') hit('disable-security', command, 0.75);
  else if (name === 'auditctl' && (flags.has('D') || (first === '-e' && command.args[1]?.text === '0'))) hit('disable-security', command);
  else if (name === 'aa-teardown' || (name === 'aa-disable' && command.args.length > 0)) hit('disable-security', command, 0.75);
  else if (name === 'spctl' && hasLongOption(command, '--master-disable')) hit('disable-security', command);
  else if (name === 'csrutil' && first === 'disable') hit('disable-security', command);
  else if ((name === 'iptables' || name === 'ip6tables') && (flags.has('F') || hasLongOption(command, '--flush'))) hit('disable-security', command, 0.45);
  else if (name === 'history' && (flags.has('c') || (flags.has('w') && command.args.some((arg) => arg.text === '/dev/null')))) hit('disable-security', command, 0.7);
  else if (name === 'unset' && command.args.some((arg) => /^HIST(?:FILE|SIZE|FILESIZE)$/.test(arg.text))) hit('disable-security', command, 0.7);
  else if (name === 'set' && first === '+o' && command.args[1]?.text === 'history') hit('disable-security', command, 0.7);
  else if (['rm', 'shred', 'truncate', 'srm', 'unlink', 'wipe'].includes(name) && operands(command).some((word) => isAuditTrail(word.text))) hit('disable-security', command, 0.75);
  else if (name === 'ln' && operands(command).some((word) => word.text === '/dev/null') && operands(command).some((word) => isAuditTrail(word.text))) {
    hit('disable-security', command, 0.75);
  }
  for (const assign of command.assigns) {
    if ((assign.name === 'HISTFILE' && assign.value?.text === '/dev/null') || (/^HIST(?:FILE)?SIZE$/.test(assign.name) && assign.value?.text === '0')) {
      hit('disable-security', command, 0.7);
    }
  }
}

/** `/bin/sh`, `-H/bin/sh` (glued to an option), `../../bin/sh` (reached by traversal); not `/opt/x/bin/sh`. */
const SHELL_PATH = /(?:^|[^\w./-]|^-{1,2}[A-Za-z][\w-]{0,20}=?|(?:\.\.\/){1,8})\/?(?:usr\/)?(?:local\/)?bin\/(?:ba|da|z|k|c|tc|a|mk|ya)?sh(?![\w./-])/;
const BANG_SHELL = /(?:^|[\s:'"])!\s{0,3}(?:\/bin\/)?(?:ba|da|z|k|c|a)?sh(?![\w./-])/;

function checkShellEscape(command: ShellCommand, hit: HitFn): void {
  const { name } = command;
  const flags = shortFlags(command);
  if (SHELLS.has(name)) {
    if (flags.has('p')) {
      hit('shell-escape', command, 0.6);
      return;
    }
    const interactive = !flags.has('c') && operands(command).length === 0;
    if (interactive && command.wrappers.some((wrapper) => ESCAPE_WRAPPERS.has(wrapper))) hit('shell-escape', command);
    return;
  }
  if (SHELL_LAUNCHERS.has(name) || name.startsWith('$')) return;
  if (command.args.some((arg) => SHELL_PATH.test(arg.text) || BANG_SHELL.test(arg.text))) hit('shell-escape', command);
}

/** PowerShell's -EncodedCommand (any prefix PowerShell accepts: -e, -ec, -enc, …). */
const ENCODED_COMMAND_OPTION = /^[-/]e(?:c|n|nc|nco|ncod|ncode|ncoded|ncodedc|ncodedco|ncodedcom|ncodedcomm|ncodedcomma|ncodedcomman|ncodedcommand)?$/i;

/** `bash <(curl …)`, `sh -c "$(curl …)"`, `eval "$(echo … | base64 -d)"`, `powershell -enc …`. */
function checkSubstitutions(command: ShellCommand, script: ShellScript, hit: HitFn): void {
  if (command.name === 'powershell' || command.name === 'pwsh') {
    const index = command.args.findIndex((arg) => ENCODED_COMMAND_OPTION.test(arg.text));
    if (index >= 0 && /^['"]?[A-Za-z0-9+/]{8,}={0,2}['"]?$/.test(command.args[index + 1]?.text ?? '')) hit('encoded-command', command);
    return;
  }
  const runsCode = SHELLS.has(command.name) || isInterpreter(command.name) || ['eval', 'source', '.', 'iex', 'invoke-expression', 'exec'].includes(command.name);
  if (!runsCode) return;
  const inner = childrenOf(script, command);
  if (inner.some(isDownloader)) hit('pipe-to-shell', command);
  else if (inner.some(isDecoder) || script.pipelines.some((p) => p.start >= command.start && p.end <= command.end && p.stages.flat().some(isDecoder))) {
    hit('encoded-command', command);
  }
}

function checkPipeline(stages: readonly ShellCommand[][], hit: HitFn): void {
  const at = spanOf(stages.flat());
  const downloadAt = stages.findIndex((stage) => stage.some(isDownloader));
  const decodeAt = stages.findIndex((stage) => stage.some(isDecoder));
  const runAt = stages.findIndex((stage, index) => index > 0 && stage.some(runsStdin));
  if (downloadAt >= 0 && runAt > downloadAt) hit('pipe-to-shell', at);
  else if (decodeAt >= 0 && runAt > decodeAt) hit('encoded-command', at);
  const network = stages.some((stage) => stage.some((command) => NETWORK_CLIENTS.has(command.name) || (command.name === 'openssl' && command.args[0]?.text === 's_client')));
  const shell = stages.some((stage) => stage.some((command) => SHELLS.has(command.name) || command.name === 'cmd' || command.name === 'powershell'));
  if (network && shell) hit('reverse-shell', at);
}

/** Strings that are themselves code: `sh -c '…'`, `su -c '…'`, `powershell -enc …`, `mysql -e '…'`. */
function collectEmbedded(command: ShellCommand, embedded: EmbeddedCode[]): void {
  const { name, args } = command;
  const at = (word: ShellWord, language: EmbeddedCode['language'], text = word.text) => embedded.push({ language, text, start: word.start, end: word.end });
  if (SHELLS.has(name) || name === 'su' || name === 'runuser') {
    const index = args.findIndex((arg) => /^-[a-z]*c$/.test(arg.text) || arg.text === '--command');
    const code = index >= 0 ? args[index + 1] : undefined;
    if (code) at(code, 'shell');
  } else if (name === 'eval' || name === 'watch') {
    for (const arg of operands(command)) at(arg, 'shell');
  } else if (name === 'powershell' || name === 'pwsh') {
    const index = args.findIndex((arg) => ENCODED_COMMAND_OPTION.test(arg.text));
    const payload = index >= 0 ? args[index + 1] : undefined;
    if (payload) {
      const decoded = decodeUtf16Base64(payload.text);
      if (decoded !== undefined) at(payload, 'powershell', decoded);
    }
    const commandIndex = args.findIndex((arg) => /^[-/]c(?:ommand)?$/i.test(arg.text));
    const script = commandIndex >= 0 ? args[commandIndex + 1] : undefined;
    if (script) at(script, 'powershell');
  } else if (/^(?:mysql|mariadb|psql|sqlite3|sqlcmd|clickhouse-client|cockroach)$/.test(name)) {
    const query = optionValue(command, ['-e', '--execute', '-c', '--command', '-Q', '-q', '--query']) ?? (name === 'sqlite3' ? operands(command)[1] : undefined);
    if (query) at(query, 'sql');
  }
}

/** Windows PowerShell's -EncodedCommand is base64 of UTF-16LE text. */
function decodeUtf16Base64(text: string): string | undefined {
  const clean = text.replace(/['"]/g, '');
  if (clean.length < 8 || clean.length > 40_000 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return undefined;
  let binary: string;
  try {
    binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
  } catch {
    return undefined;
  }
  let decoded = '';
  for (let i = 0; i + 1 < binary.length; i += 2) decoded += String.fromCharCode(binary.charCodeAt(i) | (binary.charCodeAt(i + 1) << 8));
  // Mostly printable text, or it was not UTF-16LE after all.
  const printable = decoded.replace(/[^\x20-\x7e\t\r\n]/g, '').length;
  return printable >= decoded.length * 0.8 ? decoded : undefined;
}

/**
 * Program names and path fragments of which every shell rule needs at least one: a snippet with
 * none of them cannot trigger any rule above, so it is not read at all (the parser is the costly
 * part of a scan). Kept next to the rules it summarises; the tests check each rule's examples
 * pass it.
 */
const RELEVANT_WORDS = [
  ...SHELLS, 'python', 'python2', 'python3', 'py', 'perl', 'ruby', 'node', 'nodejs', 'php', 'lua', 'pwsh', 'powershell', 'iex', 'invoke-expression',
  'eval', 'exec', 'source', 'su', 'runuser', 'watch', 'mysql', 'mariadb', 'psql', 'sqlite3', 'sqlcmd', 'clickhouse-client', 'cockroach',
  'curl', 'wget', 'fetch', 'aria2c', 'lwp-request', 'lwp-download', 'iwr', 'irm', 'invoke-webrequest', 'invoke-restmethod', 'ftp', 'tftp',
  ...NETWORK_CLIENTS, 'ssh', 'scp', 'rsync', 'sftp', 'smbclient', 'mail', 'mailx', 'sendmail', 'mutt', 'openssl', 'rclone', 'awk', 'gawk', 'ztcp',
  'zmodload', 'msfvenom', 'xterm', 'rm', 'srm', 'shred', 'wipe', 'remove-item', 'ri', 'del', 'erase', 'rd', 'rmdir', 'chmod', 'chown', 'chgrp', 'setfacl',
  'find', 'mv', 'dd', 'mke2fs', 'mkswap', 'mkdosfs', 'mkntfs', 'mkexfatfs', 'blkdiscard', 'scrub', 'badblocks', 'wipefs', 'sgdisk', 'hdparm', 'nvme',
  'diskpart', 'clear-disk', 'format-volume', 'remove-partition', 'initialize-disk', 'getent', 'security', 'crontab', 'install', 'setcap', 'docker',
  'podman', 'nerdctl', 'lxc', 'nsenter', 'useradd', 'usermod', 'enable', 'setenforce', 'ufw', 'systemctl', 'service', 'chkconfig', 'auditctl',
  'aa-teardown', 'aa-disable', 'spctl', 'csrutil', 'iptables', 'ip6tables', 'history', 'unset', 'truncate', 'unlink', 'tee', 'set-content',
  'add-content', 'out-file', 'sed',
];
const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const RELEVANT_PATTERN =
  new RegExp(
    `(?:^|[^\\w.-])(?:${RELEVANT_WORDS.map(escapeWord).join('|')})(?![\\w-])|mkfs|\\bformat\\s{1,5}[a-z]:|\\bselect\\s{1,5}disk\\b|\\/dev\\/|\\/etc\\/|\\/var\\/|\\/proc\\/|\\/run\\/|\\/lib\\/|bin\\/|~|\\$home|\\.ssh|\\.aws|gcloud|\\.azure|\\.kube|\\.docker|credentials|\\.gnupg|password-store|vault|\\.terraform|hosts\\.yml|login data|web data|cookies|local state|logins\\.json|key[34]\\.db|signons|keychain|[/\\\\]config[/\\\\]|ntds|\\.env|\\.npmrc|\\.pypirc|\\.netrc|\\.pgpass|\\.my\\.cnf|secrets|unattend|groups\\.xml|169\\.254\\.169\\.254|metadata\\.google|fd00:ec2|cron|systemd|launch(?:agents|daemons)|bashrc|bash_|profile|zshrc|zprofile|zshenv|zlogin|cshrc|kshrc|inputrc|config\\.fish|autostart|authorized_keys|hist|ld_preload|ld_library_path|\\(\\s{0,3}\\)\\s{0,3}\\{|!\\s{0,3}(?:\\/bin\\/)?\\w{0,4}sh\\b|--no-preserve-root|\\bset\\s{1,5}\\+o\\b`,
    'i',
  );

/** False when no shell rule could fire on `text` (see RELEVANT_WORDS). */
export function mayConcernShellRules(text: string): boolean {
  return RELEVANT_PATTERN.test(text);
}
