/** A Windows .reg export read into its keys: `"name"="string"` and `"name"=dword:hex` values only (what the examples use). */
export function parseRegFile(text: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | undefined;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    if (key) {
      current = {};
      keys.set(key[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/i.exec(line);
    if (value && current) {
      const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
      current[unescape(value[1]!)] = value[2] !== undefined ? unescape(value[2]) : parseInt(value[3]!, 16);
    } else if (line.trim() !== '' && !line.startsWith(';') && !line.startsWith('Windows Registry Editor')) {
      throw new Error(`unreadable .reg line: ${line}`);
    }
  }
  return keys;
}
