import { useEffect, useState } from 'preact/hooks';
import { listText, MAX_LIST_ENTRIES, parseList, type ListKind, type ParsedList } from '../../lib/options/list-editor.ts';
import type { AllowLists } from '../../lib/settings/user-settings.ts';
import { t, type MessageId } from '../../lib/ui/i18n.ts';
import { ManagedMarker } from './managed-marker.tsx';
import { useOptions } from './options-context.ts';
import { StatusLine, type Status } from './status-line.tsx';

const LISTS: Array<{ key: keyof AllowLists; kind: ListKind; label: MessageId; hint: MessageId }> = [
  { key: 'imageHosts', kind: 'host', label: 'options.allow.imageHosts', hint: 'options.allow.imageHostsHint' },
  { key: 'packages', kind: 'package', label: 'options.allow.packages', hint: 'options.allow.packagesHint' },
  { key: 'phrases', kind: 'phrase', label: 'options.allow.phrases', hint: 'options.allow.phrasesHint' },
];

const problemText = (parsed: ParsedList): string[] => [
  ...parsed.problems.map(({ line, reason }) => t(`options.allow.problem.${reason}`, { line })),
  ...(parsed.tooMany ? [t('options.allow.tooMany', { max: MAX_LIST_ENTRIES })] : []),
];

/** Hosts, packages and phrases Rampart never flags: one per line, checked line by line before saving. */
export function AllowListsSection() {
  const { view, isLocked, save } = useOptions();
  const lists = view.effective.settings.allowLists;
  const locked = isLocked('allowLists');
  const [texts, setTexts] = useState<Record<keyof AllowLists, string>>(() => ({ imageHosts: listText(lists.imageHosts), packages: listText(lists.packages), phrases: listText(lists.phrases) }));
  const [status, setStatus] = useState<Status>(undefined);
  // A change from elsewhere (another tab, a policy) shows up here unless the user is editing.
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setTexts({ imageHosts: listText(lists.imageHosts), packages: listText(lists.packages), phrases: listText(lists.phrases) });
  }, [lists, dirty]);

  const parsed = Object.fromEntries(LISTS.map(({ key, kind }) => [key, parseList(kind, texts[key])])) as Record<keyof AllowLists, ParsedList>;
  const hasProblems = LISTS.some(({ key }) => problemText(parsed[key]).length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (hasProblems) return setStatus({ kind: 'error', text: t('options.allow.fixFirst') });
    const saved = await save({ allowLists: { imageHosts: parsed.imageHosts.values, packages: parsed.packages.values, phrases: parsed.phrases.values } });
    if (saved.ok) setDirty(false);
    setStatus(saved.ok ? { kind: 'ok', text: t('options.saved') } : { kind: 'error', text: t('options.notSaved', { reason: saved.error }) });
  };

  return (
    <section aria-labelledby="allow-heading" data-testid="allowlists-section">
      <h2 id="allow-heading">{t('options.allow.heading')}</h2>
      <p class="hint">{t('options.allow.intro')}</p>
      <ManagedMarker settingKey="allowLists" />
      <form onSubmit={(event) => void submit(event)}>
        {LISTS.map(({ key, label, hint }) => {
          const problems = problemText(parsed[key]);
          return (
            <div class="list-editor" key={key}>
              <label for={`allow-${key}`}>{t(label)}</label>
              <span class="hint block" id={`allow-${key}-hint`}>
                {t(hint)}
              </span>
              <textarea
                id={`allow-${key}`}
                rows={4}
                spellcheck={false}
                readOnly={locked}
                value={texts[key]}
                aria-invalid={problems.length > 0}
                aria-describedby={`allow-${key}-hint${problems.length > 0 ? ` allow-${key}-problems` : ''}`}
                data-testid={`allowlist-${key}`}
                onInput={(event) => {
                  const value = (event.currentTarget as HTMLTextAreaElement).value;
                  setDirty(true);
                  setTexts((current) => ({ ...current, [key]: value }));
                }}
              />
              {problems.length > 0 && (
                <ul class="problems" id={`allow-${key}-problems`} data-testid={`allowlist-${key}-problems`}>
                  {problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        {!locked && (
          <button type="submit" data-testid="allowlists-save">
            {t('options.allow.save')}
          </button>
        )}
      </form>
      <StatusLine status={status} testId="allowlists-status" />
    </section>
  );
}
