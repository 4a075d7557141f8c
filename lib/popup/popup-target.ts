/**
 * The popup normally describes the active tab. `?tabId=N` points it at a given tab instead: the
 * end-to-end tests open popup.html in a tab of its own (where "active tab" would be the popup
 * itself). Only extension pages can open popup.html, so a web page cannot use this.
 */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return undefined;
  const tabId = Number(raw);
  return Number.isSafeInteger(tabId) ? tabId : undefined;
}
