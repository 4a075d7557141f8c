/**
 * Peak resident set size of this process in MiB: the kernel's high-water mark
 * (`getrusage` maxRSS, reported by Node in KiB), or the current RSS if that is higher (it cannot
 * be, except where the platform does not report maxRSS).
 */
export function peakRssMb(): number {
  const peakKb = process.resourceUsage().maxRSS;
  const currentMb = process.memoryUsage.rss() / 2 ** 20;
  return Math.round(Math.max(peakKb / 1024, currentMb) * 10) / 10;
}
