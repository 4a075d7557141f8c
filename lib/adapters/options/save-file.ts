/**
 * Saves text as a download: a Blob URL on a temporary `<a download>`, which works in Chrome and
 * Firefox extension pages without the `downloads` permission. The URL is revoked after the click
 * has been handled (revoking at once can cancel the download in Firefox).
 */
export function saveTextFile(text: string, filename: string, type = 'application/json', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The text of a file the user picked, or undefined when it is larger than `maxBytes` (not read at all). */
export async function readPickedFile(file: Pick<File, 'size' | 'text'>, maxBytes: number): Promise<string | undefined> {
  if (file.size > maxBytes) return undefined;
  return file.text();
}
