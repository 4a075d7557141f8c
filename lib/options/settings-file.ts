import { err, ok, type Result } from '../core/result.ts';

/**
 * Settings as a file: the export's name, and the first check of an imported file before its text
 * goes to the background (which validates the content itself and changes nothing on an error).
 */

/** A settings file is a few kilobytes; anything far bigger is not one (and is not read at all). */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

/** `rampart-settings-2025-06-07.json` (the local day of `at`). */
export function settingsFileName(at: number): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `rampart-settings-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export type ImportProblem = 'empty' | 'tooLarge' | 'notJson';

/** Whether the file's text can be a settings file at all: not empty, not huge, JSON that is an object. */
export function checkSettingsFile(size: number, text?: string): Result<string, ImportProblem> {
  if (size === 0) return err('empty');
  if (size > MAX_SETTINGS_FILE_BYTES) return err('tooLarge');
  if (text === undefined) return ok('');
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return err('notJson');
  } catch {
    return err('notJson');
  }
  return ok(text);
}
