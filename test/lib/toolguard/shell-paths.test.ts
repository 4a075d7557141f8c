import { describe, expect, it } from 'vitest';
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
} from '../../../lib/toolguard/shell-paths.ts';

describe('normalizePath', () => {
  it.each([
    ['/', ''],
    ['/*', ''],
    ['//etc/./', '/etc'],
    ['~/', '~'],
    ['~/*', '~'],
    ['~/.*', '~'],
    ['/home/{a,b}', '/home'],
    ['./build/', './build'],
  ])('%s → %s', (path, normalized) => expect(normalizePath(path)).toBe(normalized));
});

describe('isRootOrHomePath', () => {
  it.each(['/', '/*', '~', '~/', '~/*', '~root', '/etc', '/usr/lib', '/home', '/home/alice', '/root', '/Users/bob', 'C:\\', 'C:\\*', 'c:\\Windows', '%USERPROFILE%', '$env:USERPROFILE'])(
    '%s is',
    (path) => expect(isRootOrHomePath(path)).toBe(true),
  );
  it.each(['./build', 'node_modules', '/tmp/foo', '~/projects/app/build', '/var/lib/apt/lists', '/home/alice/.cache', 'D:\\projects\\x', '$BUILD_DIR'])('%s is not', (path) =>
    expect(isRootOrHomePath(path)).toBe(false),
  );
});

describe('isBlockDevice', () => {
  it.each(['/dev/sda', '/dev/sdb1', '/dev/sdX', '/dev/nvme0n1p2', '/dev/mmcblk0', '/dev/disk2', '/dev/mapper/root', '/dev/md0'])('%s is', (path) =>
    expect(isBlockDevice(path)).toBe(true),
  );
  it.each(['/dev/null', '/dev/zero', '/dev/urandom', '/dev/tcp/1.2.3.4/80', '/dev/stdout', '/dev/tty', '/dev/loop0', 'sda'])('%s is not', (path) =>
    expect(isBlockDevice(path)).toBe(false),
  );
});

describe('secretKind', () => {
  it.each([
    ['~/.ssh/id_rsa', 'strong'],
    ['/home/a/.ssh/id_ed25519', 'strong'],
    ['~/.ssh', 'strong'],
    ['/etc/shadow', 'strong'],
    ['~/.aws/credentials', 'strong'],
    ['~/.config/gcloud/application_default_credentials.json', 'strong'],
    ['~/.kube/config', 'strong'],
    ['~/.config/google-chrome/Default/Login Data', 'strong'],
    ['~/.config/chromium/Default/Cookies', 'strong'],
    ['~/.mozilla/firefox/x.default/logins.json', 'strong'],
    ['~/Library/Keychains/login.keychain-db', 'strong'],
    ['C:\\Windows\\System32\\config\\SAM', 'strong'],
    ['/proc/self/environ', 'strong'],
    ['.env', 'weak'],
    ['.env.production', 'weak'],
    ['~/.npmrc', 'weak'],
  ])('%s is %s', (path, kind) => expect(secretKind(path)).toBe(kind));
  it.each(['~/.ssh/id_rsa.pub', '.env.example', '/etc/hosts', 'cookies.txt', 'config.json', ''])('%s is not a secret', (path) => expect(secretKind(path)).toBeUndefined());
});

describe('other path kinds', () => {
  it('recognises credential metadata URLs', () => {
    expect(isCredentialMetadataUrl('http://169.254.169.254/latest/meta-data/iam/security-credentials/role')).toBe(true);
    expect(isCredentialMetadataUrl('http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token')).toBe(true);
    expect(isCredentialMetadataUrl('http://169.254.169.254/latest/meta-data/instance-id')).toBe(false);
  });
  it('tells remote operands from local and Windows paths', () => {
    expect(['me@host:', 'host:/tmp/x', 'rsync://h/m', 's3://bucket/k'].map(isRemoteOperand)).toEqual([true, true, true, true]);
    expect(['./x', '/tmp/x', 'C:\\x', 'c:/x', 'file.txt'].map(isRemoteOperand)).toEqual([false, false, false, false, false]);
  });
  it.each([
    ['/etc/cron.d/x', 'cron'],
    ['/var/spool/cron/crontabs/root', 'cron'],
    ['/etc/systemd/system/x.service', 'service'],
    ['~/Library/LaunchAgents/x.plist', 'service'],
    ['~/.bashrc', 'shell-startup'],
    ['/etc/profile.d/x.sh', 'shell-startup'],
    ['/etc/rc.local', 'system-hook'],
    ['/etc/ld.so.preload', 'system-hook'],
    ['~/.ssh/authorized_keys', 'ssh-key'],
    ['/tmp/x', undefined],
  ])('autostartKind(%s) is %s', (path, kind) => expect(autostartKind(path)).toBe(kind));
  it('knows the files whose edit grants root and the logs that hide tracks', () => {
    expect(['/etc/sudoers', '/etc/sudoers.d/x', '/etc/passwd', '/etc/ld.so.preload'].every(isPrivilegeFile)).toBe(true);
    expect(isPrivilegeFile('/etc/hosts')).toBe(false);
    expect(['/var/log/auth.log', '/var/log/*', '~/.bash_history', '/var/log'].every(isAuditTrail)).toBe(true);
    expect(isAuditTrail('/var/log/myapp/app.log')).toBe(false);
  });
});
