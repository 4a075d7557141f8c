// The end-to-end suites' shared runner: each case has a time limit and prints one line; the last
// line is "N passed, N failed" and the process exit code says whether any failed.

export const CASE_TIMEOUT_MS = 30_000;

export function createCaseRunner({ timeoutMs = CASE_TIMEOUT_MS } = {}) {
  const results = [];

  async function check(name, body, { timeoutMs: limitMs = timeoutMs } = {}) {
    let timer;
    try {
      await Promise.race([
        body(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${limitMs} ms`)), limitMs);
        }),
      ]);
      results.push(true);
      console.log(`  ok    ${name}`);
    } catch (error) {
      results.push(false);
      console.log(`  FAIL  ${name}\n        ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n        ')}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A failure outside any case (launch, set-up) still fails the run. */
  const fail = (what, error) => {
    results.push(false);
    console.log(`  FAIL  ${what}: ${error?.stack ?? error}`);
  };

  function finish() {
    const passed = results.filter(Boolean).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed > 0 || results.length === 0 ? 1 : 0);
  }

  return { check, fail, finish };
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
