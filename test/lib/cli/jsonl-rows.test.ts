import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ROW_CHARS, readRows, validateRow, type RowItem } from '../../../lib/cli/jsonl-rows.ts';

const row = (fields: Record<string, unknown>) => JSON.stringify(fields);
const reason = (line: string, maxChars?: number) => {
  const result = validateRow(line, maxChars);
  return result.ok ? 'ok' : result.error;
};

describe('validateRow', () => {
  it('accepts a complete row and keeps only the fields eval uses', () => {
    const result = validateRow(row({ id: 'x', text: 'hi', label: 'attack', family: 'jailbreak', lang: 'en', technique: 'dan', source: 's' }));
    expect(result).toEqual({ ok: true, value: { id: 'x', text: 'hi', label: 'attack', family: 'jailbreak', lang: 'en', technique: 'dan' } });
  });

  it('treats lang and technique as optional (absent or null)', () => {
    expect(validateRow(row({ text: 'hi', label: 'benign', family: 'benign', lang: null }))).toEqual({
      ok: true,
      value: { text: 'hi', label: 'benign', family: 'benign' },
    });
  });

  it('names what is wrong with a malformed line', () => {
    expect(reason('')).toBe('empty-line');
    expect(reason('   \t')).toBe('empty-line');
    expect(reason('{"text": "hi", "label": ')).toBe('invalid-json');
    expect(reason('not json at all')).toBe('invalid-json');
    expect(reason('[1, 2]')).toBe('not-an-object');
    expect(reason('null')).toBe('not-an-object');
    expect(reason('"text"')).toBe('not-an-object');
    expect(reason(row({ label: 'attack', family: 'f' }))).toBe('missing-text');
    expect(reason(row({ text: 42, label: 'attack', family: 'f' }))).toBe('text-not-string');
    expect(reason(row({ text: ['a'], label: 'attack', family: 'f' }))).toBe('text-not-string');
    expect(reason(row({ text: '', label: 'attack', family: 'f' }))).toBe('empty-text');
    expect(reason(row({ text: ' \n ', label: 'attack', family: 'f' }))).toBe('empty-text');
    expect(reason(row({ text: 'hi', family: 'f' }))).toBe('missing-label');
    expect(reason(row({ text: 'hi', label: 'ATTACK', family: 'f' }))).toBe('invalid-label');
    expect(reason(row({ text: 'hi', label: 1, family: 'f' }))).toBe('invalid-label');
    expect(reason(row({ text: 'hi', label: 'benign' }))).toBe('missing-family');
    expect(reason(row({ text: 'hi', label: 'benign', family: '' }))).toBe('invalid-family');
    expect(reason(row({ text: 'hi', label: 'benign', family: 3 }))).toBe('invalid-family');
    expect(reason(row({ text: 'hi', label: 'benign', family: 'f', lang: 5 }))).toBe('invalid-lang');
    expect(reason(row({ text: 'hi', label: 'benign', family: 'f', technique: {} }))).toBe('invalid-technique');
  });

  it('does not read label or family from the prototype chain', () => {
    expect(reason('{"text": "hi", "__proto__": {"label": "attack", "family": "f"}}')).toBe('missing-label');
  });

  it('rejects texts over the row limit as too-large and scans everything up to it', () => {
    const huge = 'x'.repeat(MAX_ROW_CHARS + 1);
    expect(reason(row({ text: huge, label: 'attack', family: 'f' }))).toBe('too-large');
    expect(reason(row({ text: 'x'.repeat(MAX_ROW_CHARS), label: 'attack', family: 'f' }))).toBe('ok');
    expect(reason(row({ text: 'abcdef', label: 'attack', family: 'f' }), 5)).toBe('too-large');
  });

  it('never puts any of the line into the error', () => {
    const result = validateRow('{"text": "SECRET-TEXT-123", "label": 7}');
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });
});

describe('readRows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-rows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const collect = async (path: string) => {
    const items: RowItem[] = [];
    for await (const item of readRows(path)) items.push(item);
    return items;
  };

  it('streams rows with 1-based line numbers, CRLF and a BOM handled, no phantom last row', async () => {
    const path = join(dir, 'rows.jsonl');
    writeFileSync(
      path,
      '\uFEFF' + [row({ text: 'a', label: 'attack', family: 'f' }), '{bad', '', row({ text: 'b', label: 'benign', family: 'g' })].join('\r\n') + '\r\n',
    );
    const items = await collect(path);
    expect(items.map((item) => [item.line, item.ok ? item.row.text : item.reason])).toEqual([
      [1, 'a'],
      [2, 'invalid-json'],
      [3, 'empty-line'],
      [4, 'b'],
    ]);
  });

  it('reads an empty file as no rows', async () => {
    const path = join(dir, 'empty.jsonl');
    writeFileSync(path, '');
    expect(await collect(path)).toEqual([]);
  });

  it('rejects when the file cannot be read', async () => {
    await expect(collect(join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
