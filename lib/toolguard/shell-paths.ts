/**
 * What a path in a command names, as far as its text tells: the file-system root or a home
 * directory (never to be wiped), a system directory, a whole disk, a credential store, a place that
 * runs code at boot or login. The words come from shell-parser.ts / shell-tokenizer.ts, where
 * `$HOME` is already `~`.
 */

/**
 * `//etc/./` → `/etc`, `~/` → `~`, `/*` → `` (the root, emptied by its glob): the trailing `/`,
 * `/.`, `/*` and `/.*` of a directory do not change what gets wiped.
 */
export function normalizePath(path: string): string {
  let result = path.trim().replace(/\\/g, '/').replace(/\/{2,}/g, '/').replace(/\/\.(?=\/|$)/g, '');
  // Bounded: each round removes at least one character.
  for (let round = 0; round < 8; round += 1) {
    const suffix = ['/*', '/.*', '/'].find((tail) => result.endsWith(tail));
    const brace = /\/\{[^}/]{0,200}\}$/.exec(result.slice(-210));
    if (suffix) result = result.slice(0, -suffix.length);
    else if (brace) result = result.slice(0, result.length - brace[0].length);
    else break;
  }
  return result;
}

const SYSTEM_DIRECTORIES = new Set([
  'bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib32', 'lib64', 'libx32', 'opt', 'proc', 'root', 'sbin', 'srv', 'sys', 'usr', 'var',
  'mnt', 'media', 'snap', 'System', 'Library', 'Applications', 'Users', 'Volumes', 'private',
]);
const USR_DIRECTORIES = new Set(['bin', 'sbin', 'lib', 'lib64', 'local', 'share', 'include', 'libexec']);

/**
 * True for the root (`/`, `/*`), a home directory (`~`, `~/`, `$HOME/*`, `/home/alice`, `/root`,
 * `/Users/alice`), a top-level system directory (`/etc`, `/usr/lib`) and the Windows equivalents
 * (`C:\`, `C:\Windows`, `%USERPROFILE%`) — the targets that make a recursive delete or permission
 * change destroy a system rather than a project folder (`./build`, `/tmp/foo`, `node_modules`).
 */
export function isRootOrHomePath(raw: string): boolean {
  const path = normalizePath(raw);
  if (path === '' || path === '~' || /^~[a-z_][a-z0-9_-]*$/i.test(path)) return true;
  if (/^~\/\.?\*$/.test(path)) return true;
  const windows = path.toLowerCase();
  if (/^[a-z]:(?:\/\*?)?$/.test(windows) || /^[a-z]:\/(?:windows|users|program files(?: \(x86\))?|programdata)$/.test(windows)) return true;
  if (/^(?:%(?:systemdrive|systemroot|windir|userprofile|homepath|programfiles)%|\$env:(?:systemdrive|systemroot|windir|userprofile|homepath|programfiles)|\$home)$/.test(windows)) {
    return true;
  }
  const parts = path.split('/');
  if (parts[0] !== '' || parts.length < 2) return false;
  if (parts.length === 2) return SYSTEM_DIRECTORIES.has(parts[1]!);
  if (parts.length === 3) {
    if (parts[1] === 'home' || parts[1] === 'Users') return parts[2] !== '' && !parts[2]!.startsWith('.');
    if (parts[1] === 'usr') return USR_DIRECTORIES.has(parts[2]!);
  }
  return false;
}

/**
 * A whole disk or partition: `/dev/sda`, `/dev/sdb1`, `/dev/nvme0n1`, `/dev/mmcblk0`, `/dev/disk2`,
 * `/dev/mapper/root` (and the `sdX` placeholders of tutorials). Not `/dev/null`, `/dev/zero`,
 * `/dev/tcp/…`, `/dev/stdout`, loop devices or terminals.
 */
export function isBlockDevice(path: string): boolean {
  return /^\/dev\/(?:(?:sd|hd|vd|xvd)[a-z][0-9a-z]{0,8}|nvme[0-9a-z]{1,12}|mmcblk[0-9a-z]{1,8}|r?disk[0-9][0-9a-z]{0,8}|md[0-9]{1,4}|dm-[0-9]{1,4}|mapper\/[^\s/]{1,64}|disk\/by-[a-z]{1,12}\/[^\s]{1,128}|root|mtdblock[0-9]{1,4})$/i.test(
    path.trim(),
  );
}

/**
 * `strong`: reading it hands over a credential (private keys, cloud and cluster credentials,
 * password hashes, browser password and cookie stores, keychains, Windows hives). `weak`: files
 * that usually hold secrets but are also read for ordinary reasons (`.env`, `.npmrc`, `.netrc`…):
 * only sending them somewhere is flagged.
 */
export type SecretKind = 'strong' | 'weak';

const STRONG_SECRETS: readonly RegExp[] = [
  /(?:^|\/)\.ssh\/(?:id_[a-z0-9_-]+|identity)$/i,
  /(?:^|\/)\.ssh(?:\/\*)?$/i,
  /^\/etc\/ssh\/ssh_host_[a-z0-9]+_key$/i,
  /^\/etc\/(?:shadow|gshadow|master\.passwd|security\/opasswd)-?$/,
  /(?:^|\/)\.aws\/credentials$/i,
  /(?:^|\/)\.aws(?:\/\*)?$/i,
  /(?:^|\/)\.config\/gcloud(?:\/|$)/i,
  /(?:^|\/)\.azure\/(?:accesstokens\.json|msal_token_cache\.\w+|service_principal_entries\.json)$/i,
  /(?:^|\/)\.kube\/config$/i,
  /(?:^|\/)\.docker\/config\.json$/i,
  /(?:^|\/)\.git-credentials$/i,
  /(?:^|\/)\.gnupg(?:\/(?:private-keys-v1\.d|secring\.gpg)|\/?\*?)?$/i,
  /(?:^|\/)\.password-store(?:\/|$)/i,
  /(?:^|\/)\.vault-token$/i,
  /(?:^|\/)\.terraform\.d\/credentials\.tfrc\.json$/i,
  /(?:^|\/)\.config\/gh\/hosts\.yml$/i,
  /(?:^|\/)(?:login data|web data)$/i,
  /(?:^|\/)(?:logins\.json|key[34]\.db|cookies\.sqlite|signons\.sqlite)$/i,
  /(?:^|\/)library\/keychains(?:\/|$)|\.keychain(?:-db)?$/i,
  /(?:^|\/)(?:windows\/system32\/)?config\/(?:sam|security|system)$/i,
  /(?:^|\/)ntds\.dit$/i,
  /\/microsoft\/(?:credentials|vault|protect)(?:\/|$)/i,
  /^\/proc\/(?:self|[0-9]+|\*)\/environ$/,
  /\/secrets\/kubernetes\.io\/serviceaccount\/token$/,
];

const WEAK_SECRETS: readonly RegExp[] = [
  /(?:^|\/)\.env(?:\.(?!example$|sample$|template$|dist$|defaults?$)[a-z0-9_-]+)?$/i,
  /(?:^|\/)\.(?:npmrc|pypirc|netrc|pgpass|my\.cnf)$/i,
  /(?:^|\/)(?:credentials|secrets)\.(?:json|ya?ml|toml)$/i,
  /(?:^|\/)unattend(?:ed)?\.xml$|(?:^|\/)groups\.xml$/i,
  /^\/etc\/sudoers$/,
];

export function secretKind(raw: string): SecretKind | undefined {
  const path = raw.trim().replace(/\\/g, '/');
  if (path === '' || path.length > 400 || /\.pub$/i.test(path)) return undefined;
  if (STRONG_SECRETS.some((pattern) => pattern.test(path))) return 'strong';
  // A Chromium-family profile's cookie jar and the key that decrypts its passwords.
  const lower = path.toLowerCase();
  if ((lower.endsWith('/cookies') || lower.endsWith('/local state')) && /chrome|chromium|brave|edge|opera|vivaldi|google/.test(lower)) return 'strong';
  if (WEAK_SECRETS.some((pattern) => pattern.test(path))) return 'weak';
  return undefined;
}

/** A cloud instance-metadata URL that hands out credentials (AWS/GCP/Azure IMDS). */
export function isCredentialMetadataUrl(url: string): boolean {
  const lower = url.toLowerCase();
  const metadata = ['169.254.169.254', 'metadata.google.internal', 'fd00:ec2::254'].some((host) => lower.includes(host));
  return metadata && ['credential', 'token', 'identity', 'service-accounts', 'iam'].some((word) => lower.includes(word));
}

/** A scp/rsync remote operand (`user@host:path`, `host:path`, `rsync://…`), not a local or Windows path. */
export function isRemoteOperand(word: string): boolean {
  if (/^(?:rsync|sftp|scp|ssh|s3|gs|https?|ftp):\/\//i.test(word)) return true;
  return /^(?:[\w.-]+@)?[\w.-]+:(?!\/\/)/.test(word) && !/^[a-z]:[\\/]/i.test(word);
}

/** Written into, these run code at boot, login, shell start, on a timer or on an event. */
export type AutostartKind = 'cron' | 'service' | 'shell-startup' | 'system-hook' | 'ssh-key';

export function autostartKind(raw: string): AutostartKind | undefined {
  const path = normalizePath(raw);
  if (/^\/etc\/(?:crontab|anacrontab|cron\.(?:d|hourly|daily|weekly|monthly)(?:\/|$))|^\/var\/spool\/cron(?:\/|$)|^\/etc\/cron\.allow$/.test(path)) return 'cron';
  if (
    /^(?:\/etc|\/lib|\/usr\/lib|\/run)\/systemd\/(?:system|user)(?:\/|$)|\.config\/systemd\/user(?:\/|$)|library\/launch(?:agents|daemons)(?:\/|$)|^\/etc\/init\.d\/|^\/etc\/rc[0-9s]?\.d\/|^\/etc\/init\//i.test(
      path,
    )
  ) {
    return 'service';
  }
  if (
    /(?:^|\/)\.(?:bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|zlogin|cshrc|tcshrc|kshrc|inputrc)$|\.config\/fish\/config\.fish$|^\/etc\/(?:profile|bash\.bashrc|bashrc|zsh\/zshrc|zshrc|environment)$|^\/etc\/profile\.d\//.test(
      path,
    )
  ) {
    return 'shell-startup';
  }
  if (
    /^\/etc\/(?:rc\.local|ld\.so\.preload|network\/if-(?:up|pre-up|down|post-down)\.d\/|update-motd\.d\/|udev\/rules\.d\/|apt\/apt\.conf\.d\/|pam\.d\/|xdg\/autostart\/|NetworkManager\/dispatcher\.d\/)|\.config\/autostart\//.test(
      path,
    )
  ) {
    return 'system-hook';
  }
  if (/(?:^|\/)\.ssh\/authorized_keys2?$/.test(path)) return 'ssh-key';
  return undefined;
}

/** Files whose edit grants root: sudoers, the account databases, the preload list. */
export function isPrivilegeFile(raw: string): boolean {
  return /^\/etc\/(?:sudoers(?:\.d\/.*)?|passwd|shadow|group|ld\.so\.preload)$/.test(normalizePath(raw));
}

/** System logs and shell histories, which an intruder empties to cover tracks (not an app's own log folder). */
export function isAuditTrail(raw: string): boolean {
  const path = normalizePath(raw);
  return (
    path === '/var/log' ||
    /^\/var\/log\/(?:auth\.log|secure|syslog|messages|wtmp|btmp|lastlog|utmp|kern\.log|audit(?:\/.*)?|journal(?:\/.*)?|\*)$/.test(path) ||
    /(?:^|\/)\.(?:bash|zsh|sh|python|mysql|psql|node_repl|lesshst)_?history$/.test(path) ||
    /^\/var\/run\/utmp$/.test(path)
  );
}
