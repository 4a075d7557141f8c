import { MAX_ENTRY_CHARS, MAX_LIST_ENTRIES, normalizeHost } from '../settings/resolve-user-settings.ts';

/**
 * The one-entry-per-line editors of the allow-lists and the paused sites: the textarea's text to a
 * list, with a clear error per bad line (shown next to the editor; nothing is saved while any
 * line is wrong), and the list back to text. The same limits the background enforces, checked
 * here first so the user sees which line is wrong.
 */
export type ListKind = 'host' | 'package' | 'phrase';

export interface LineProblem {
  /** 1-based, as an editor counts lines. */
  line: number;
  reason: 'host' | 'package' | 'tooLong';
}

export interface ParsedList {
  values: string[];
  problems: LineProblem[];
  /** More than MAX_LIST_ENTRIES distinct entries. */
  tooMany: boolean;
}

/** npm (scoped too), PyPI and crates names: no spaces, no URL or path syntax beyond a scope. */
const PACKAGE = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;

export function parseList(kind: ListKind, text: string): ParsedList {
  const values: string[] = [];
  const problems: LineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const entry = raw.trim();
    if (entry === '') return;
    if (entry.length > MAX_ENTRY_CHARS) return void problems.push({ line: index + 1, reason: 'tooLong' });
    let value: string | undefined = entry;
    if (kind === 'host') value = normalizeHost(entry);
    else if (kind === 'package') value = PACKAGE.test(entry) ? entry : undefined;
    if (value === undefined) return void problems.push({ line: index + 1, reason: kind === 'host' ? 'host' : 'package' });
    if (!values.includes(value)) values.push(value);
  });
  return { values, problems, tooMany: values.length > MAX_LIST_ENTRIES };
}

export const listText = (values: readonly string[]): string => values.join('\n');

export { MAX_LIST_ENTRIES };
