/** A run of consecutive invisible code points of one kind, as found in the original text. */
export interface HiddenRun {
  /** Original offsets of the run. */
  start: number;
  end: number;
  codePoints: number[];
  /** Original offset of each code point (each is two UTF-16 units when astral). */
  offsets: number[];
}

/** Runs are capped so a megabyte of tag characters cannot build a megabyte-long bookkeeping array. */
export const MAX_RUN_CODE_POINTS = 65_536;

export function extendRun(runs: HiddenRun[], cp: number, start: number, end: number): void {
  const last = runs[runs.length - 1];
  if (last && last.end === start && last.codePoints.length < MAX_RUN_CODE_POINTS) {
    last.codePoints.push(cp);
    last.offsets.push(start);
    last.end = end;
    return;
  }
  runs.push({ start, end, codePoints: [cp], offsets: [start] });
}

/** The code points of original[start, end) as a run. */
export function runAt(original: string, start: number, end: number): HiddenRun {
  const codePoints: number[] = [];
  const offsets: number[] = [];
  for (let at = start; at < end; ) {
    const cp = original.codePointAt(at)!;
    codePoints.push(cp);
    offsets.push(at);
    at += cp > 0xffff ? 2 : 1;
  }
  return { start, end, codePoints, offsets };
}
