import type { Severity } from '../core/finding.ts';

export interface RuleInfo {
  severity: Severity;
  /** The score a hit gets unless the rule says otherwise (weaker or stronger evidence). */
  score: number;
  /** Shown to the user: what the command does and why it is dangerous. */
  message: string;
}

/**
 * tool-guard's rules. Severities follow issue 5: critical for what destroys a system or hands it
 * over (root/home wipes, disk wipes, fork bombs, reverse shells, running a script straight from a
 * URL); high for credentials sent out, persistence, privilege escalation, disabling security,
 * hidden (encoded) commands; medium for reading secrets locally, destructive SQL without WHERE,
 * uploads and GTFOBins-style shell escapes. Scores sit at or below each rule's precision on the
 * train split of the tool data (see tool-guard.md), and standard warns from 0.5.
 */
export const RULES = {
  'destructive-fs': {
    severity: 'critical',
    score: 0.95,
    message: 'Deletes or clobbers the file-system root, a home directory or a system directory (rm -rf /, rm -rf ~, chmod -R 777 /, find / -delete).',
  },
  'disk-wipe': {
    severity: 'critical',
    score: 0.95,
    message: 'Overwrites or formats a whole disk or partition (dd of=/dev/sda, mkfs, wipefs, shred of a device, diskpart clean, format C:).',
  },
  'fork-bomb': {
    severity: 'critical',
    score: 0.95,
    message: 'A fork bomb: a process that multiplies until the machine stops responding.',
  },
  'pipe-to-shell': {
    severity: 'critical',
    score: 0.9,
    message: 'Runs a script downloaded from the network without showing it (curl … | sh, bash <(curl …), iex (iwr …)).',
  },
  'reverse-shell': {
    severity: 'critical',
    score: 0.95,
    message: 'Opens a remote shell: hands control of this machine to another host (bash /dev/tcp, nc -e, socat exec, socket shells, web shells).',
  },
  'credential-exfil': {
    severity: 'high',
    score: 0.9,
    message: 'Reads private keys, cloud credentials, password hashes or browser secrets and sends them to another host.',
  },
  'credential-dump': {
    severity: 'high',
    score: 0.85,
    message: 'Dumps stored credentials (mimikatz, LSASS memory, SAM/NTDS hives, Kerberos ticket forging).',
  },
  persistence: {
    severity: 'high',
    score: 0.8,
    message: 'Installs something that runs again by itself (cron, systemd/launchd units, shell start-up files, Run keys, scheduled tasks, WMI subscriptions).',
  },
  'privilege-escalation': {
    severity: 'high',
    score: 0.8,
    message: 'Grants root or bypasses privilege checks (sudoers edits, setuid bits, dangerous capabilities, mounting / into a container, uid 0 accounts).',
  },
  'disable-security': {
    severity: 'high',
    score: 0.8,
    message: 'Turns off security controls or erases their traces (SELinux, firewalls, Defender, AMSI, auditd, logs, shell history, shadow copies).',
  },
  'encoded-command': {
    severity: 'high',
    score: 0.85,
    message: 'Runs a command hidden in an encoding (base64 -d | sh, powershell -EncodedCommand, exec(b64decode(…))).',
  },
  'download-execute': {
    severity: 'high',
    score: 0.75,
    message: 'Downloads and runs a program through a system binary (certutil, mshta, regsvr32, bitsadmin, msiexec, rundll32).',
  },
  'secret-read': {
    severity: 'medium',
    score: 0.6,
    message: 'Reads private keys, cloud credentials, password hashes, browser password stores or keychains.',
  },
  'data-upload': {
    severity: 'medium',
    score: 0.55,
    message: 'Sends a local file to another host (curl -d @file, --upload-file, nc < file, scp/rsync to a remote, requests.post(open(…))).',
  },
  'destructive-sql': {
    severity: 'medium',
    score: 0.6,
    message: 'Destructive SQL: DELETE or UPDATE without WHERE, DROP DATABASE/TABLE, TRUNCATE.',
  },
  'shell-escape': {
    severity: 'medium',
    score: 0.55,
    message: 'Starts a shell from inside another program (GTFOBins-style escape, how sudo and setuid binaries are turned into root shells).',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** One rule hit in a snippet: where (offsets in the text the snippet came from) and how sure. */
export interface Hit {
  rule: RuleId;
  start: number;
  end: number;
  /** Overrides the rule's default score (weaker or stronger evidence). */
  score?: number;
}
