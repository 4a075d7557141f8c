import type { Direction } from '../core/direction.ts';
import type { ScanInput } from '../core/scan-input.ts';
import type { EvalRow } from './jsonl-rows.ts';

/** Package-name rows (outbound_packages.jsonl): `category` says which registry the bare name is for. */
const INSTALL_COMMAND: Record<string, string> = { pypi: 'pip install', npm: 'npm install' };

/** A package-name row's text as the install command a reply would hold; any other row's text as it is. */
export function packageReplyText(row: { text: string; category?: string }): string {
  const registry = row.category?.split(':')[0];
  const install = registry ? INSTALL_COMMAND[registry] : undefined;
  return install && !/\s/.test(row.text.trim()) ? `${install} ${row.text.trim()}` : row.text;
}

/**
 * The scan a labelled row stands for. Most rows are scanned as they are. Two kinds are not texts
 * a chat app would show on their own:
 * - package-name rows hold a bare name (`seaview`); a model recommends a package in an install
 *   command, so the row is scanned as the reply `pip install NAME` (`npm install` for npm rows);
 * - outbound rows with a `context` (the prompt the reply answered) pass it as conversationText,
 *   as the extension does with the user's last prompt.
 */
export function evalScanInput(row: EvalRow, direction: Direction, profile: string): ScanInput {
  const input: ScanInput = { text: packageReplyText(row), direction, site: 'cli', profile };
  if (direction === 'outbound' && row.context) input.conversationText = row.context;
  return input;
}
