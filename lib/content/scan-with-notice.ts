import { err, type Result } from '../core/result.ts';
import type { ScanReply } from '../messaging/scan-reply.ts';

/**
 * Asks for a verdict, showing a "checking…" notice only when the answer takes longer than
 * `delayMs` (fast verdicts must not flash a panel). Never rejects: a thrown scan becomes an error
 * result, which callers treat as "could not check" — never as "allowed".
 */
export async function scanWithNotice(
  scan: (text: string) => Promise<Result<ScanReply>>,
  text: string,
  showChecking: () => void,
  delayMs: number,
): Promise<Result<ScanReply>> {
  const timer = setTimeout(showChecking, delayMs);
  try {
    return await scan(text);
  } catch (error) {
    return err(error instanceof Error ? error.message : 'scan failed');
  } finally {
    clearTimeout(timer);
  }
}
