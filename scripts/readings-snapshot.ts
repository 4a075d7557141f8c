/**
 * Writes what the normalize stage reads in every dev and Rampart row — each view's name and text (long
 * ones cut, their length kept) and the kinds of signal — one JSON line per row, so that two versions
 * of the normalizer can be compared row by row before a change lands:
 *
 *   node --import tsx scripts/readings-snapshot.ts /tmp/before.jsonl   # on the old commit
 *   node --import tsx scripts/readings-snapshot.ts /tmp/after.jsonl    # on the new one
 *   diff /tmp/before.jsonl /tmp/after.jsonl | grep '^>'                # rows whose readings changed
 *
 * A new reading meant for hidden attacks should change no benign row's readings, or only a few that
 * can be looked at one by one (the fifteenth session caught two over-broad first versions this way:
 * 145 and 185 benign rows). About 5 s for the ~94,000 rows on the 2-core machine.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRows } from '../lib/cli/jsonl-rows.ts';
import { normalizeText } from '../lib/normalize/normalize-text.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = process.argv[2];
if (!output) {
  console.error('usage: node --import tsx scripts/readings-snapshot.ts OUTPUT.jsonl [dataset-dir]');
  process.exit(1);
}
const datasetDir = process.argv[3] ?? resolve(root, '../shared/datasets/dev');
/** Characters of a view kept in the snapshot: enough to see a change, not megabytes of it. */
const VIEW_EXCERPT = 300;

const jsonlIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.jsonl')).map((name) => resolve(dir, name));
const rampartSets = resolve(root, 'datasets');
const files = [...jsonlIn(datasetDir), ...readdirSync(rampartSets, { withFileTypes: true }).filter((entry) => entry.isDirectory()).flatMap((entry) => jsonlIn(resolve(rampartSets, entry.name)))];

const lines: string[] = [];
for (const file of files) {
  for await (const item of readRows(file)) {
    if (!item.ok) continue;
    const { row } = item;
    const text = normalizeText(row.text);
    const views = text.views.map((view) => `${view.name}: ${view.text.length > VIEW_EXCERPT ? `${view.text.slice(0, VIEW_EXCERPT)}…${view.text.length}` : view.text}`);
    lines.push(JSON.stringify({ file: relative(root, file), id: row.id, label: row.label, views, signals: text.signals.map((signal) => signal.kind).sort() }));
  }
}
writeFileSync(output, `${lines.join('\n')}\n`);
console.log(`${lines.length} rows → ${output}`);
