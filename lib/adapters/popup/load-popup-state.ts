import { browser, type Browser } from 'wxt/browser';
import { readRecentVerdicts } from '../../messaging/recent-verdicts.ts';
import { describeModels } from '../../popup/model-status-line.ts';
import type { VerdictSummary } from '../../messaging/verdict-summary.ts';
import { tabIdFromSearch } from '../../popup/popup-target.ts';
import { adapterForHost } from '../../sites/sites.ts';
import { t } from '../../ui/i18n.ts';

export interface PopupState {
  tabId?: number;
  /** Host of the tab, when it is a web page. */
  host?: string;
  /** The site adapter id when Rampart checks this site. */
  siteId?: string;
  verdicts: VerdictSummary[];
  /** Rule id → explanation for the verdicts' rules (absent when none fired or the background had none). */
  ruleMessages?: Record<string, string>;
  /** One line on the bundled models (ready, not loaded yet, unavailable and why). */
  models?: string;
  error?: string;
}

async function targetTab(search: string): Promise<Browser.tabs.Tab | undefined> {
  const tabId = tabIdFromSearch(search);
  if (tabId !== undefined) return browser.tabs.get(tabId);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

const hostOf = (url: string | undefined): string | undefined => {
  try {
    const parsed = url ? new URL(url) : undefined;
    return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
};

/** The explanations of the rules behind `verdicts` (page:rule-messages); none rather than an error. */
async function ruleMessagesFor(verdicts: readonly VerdictSummary[]): Promise<Record<string, string> | undefined> {
  const ruleIds = [...new Set(verdicts.flatMap((verdict) => verdict.reasons.flatMap((reason) => reason.ruleIds)))];
  if (ruleIds.length === 0) return undefined;
  const answer = (await browser.runtime.sendMessage({ type: 'page:rule-messages', ruleIds }).catch(() => undefined)) as
    | { ok?: boolean; value?: unknown }
    | undefined;
  if (!answer?.ok || typeof answer.value !== 'object' || answer.value === null) return undefined;
  const messages = Object.entries(answer.value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return messages.length > 0 ? Object.fromEntries(messages) : undefined;
}

/** Everything the popup shows, gathered once when it opens. Never rejects. */
export async function loadPopupState(search: string): Promise<PopupState> {
  try {
    const tab = await targetTab(search);
    if (tab?.id === undefined) return { verdicts: [], error: t('popup.error.noTab') };
    const host = hostOf(tab.url);
    const siteId = host ? adapterForHost(host)?.id : undefined;
    const reply = (await browser.runtime.sendMessage({ type: 'popup:recent', tabId: tab.id })) as unknown;
    const answer = reply as { ok?: boolean; value?: unknown; error?: unknown } | undefined;
    if (!answer?.ok) {
      return { tabId: tab.id, host, siteId, verdicts: [], error: typeof answer?.error === 'string' ? answer.error : t('popup.error.noAnswer') };
    }
    const models = (await browser.runtime.sendMessage({ type: 'popup:models' }).catch(() => undefined)) as
      | { ok?: boolean; value?: unknown }
      | undefined;
    const verdicts = readRecentVerdicts(answer.value);
    const ruleMessages = await ruleMessagesFor(verdicts);
    return { tabId: tab.id, host, siteId, verdicts, ...(ruleMessages ? { ruleMessages } : {}), models: describeModels(models?.ok ? models.value : undefined) };
  } catch (error) {
    return { verdicts: [], error: error instanceof Error ? error.message : t('popup.error.unreadable') };
  }
}
