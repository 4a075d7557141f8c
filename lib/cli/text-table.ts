/** Plain-text tables for the human-readable outputs (numbers right-aligned). */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, indent = '  '): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const isNumeric = (cell: string) => /^[-+]?[\d.,]+%?$|^-$/.test(cell);
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, column) => {
        const width = widths[column]!;
        return column > 0 && isNumeric(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

export const formatRate = (rate: number | null): string => (rate === null ? '-' : `${(rate * 100).toFixed(1)}%`);

export const formatMs = (ms: number | null): string => (ms === null ? '-' : ms < 1 ? ms.toFixed(3) : ms.toFixed(2));
