import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../lib/core/category.ts';
import { draftFromRule, emptyDraft, ruleFromDraft, withoutRule, withRule, type RuleDraft } from '../../lib/options/custom-rule-form.ts';
import { t } from '../../lib/ui/i18n.ts';
import { categoryLabel } from '../../lib/ui/labels.ts';
import { ManagedMarker } from './managed-marker.tsx';
import { useOptions } from './options-context.ts';
import { ruleChecks } from './rule-checks.ts';
import { StatusLine, type Status } from './status-line.tsx';

const RULE_ACTIONS = ['warn', 'redact', 'block'] as const;

/** Keyword and regular-expression rules of the user's own, checked (ReDoS included) before they are saved. */
export function CustomRulesSection() {
  const { view, isLocked, save } = useOptions();
  const rules = view.effective.settings.customRules;
  const locked = isLocked('customRules');
  const [draft, setDraft] = useState<RuleDraft>(emptyDraft);
  const [checking, setChecking] = useState(false);
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<Status>(undefined);
  const update = (change: Partial<RuleDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setFormError(undefined);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setChecking(true);
    const rule = await ruleFromDraft(draft, rules, ruleChecks);
    if (!rule.ok) {
      setChecking(false);
      setFormError(rule.error);
      return;
    }
    const saved = await save({ customRules: withRule(rules, rule.value, draft.id) });
    setChecking(false);
    if (!saved.ok) return setFormError(t('options.notSaved', { reason: saved.error }));
    setStatus({ kind: 'ok', text: t(draft.id ? 'options.rules.updated' : 'options.rules.added', { id: rule.value.id }) });
    setDraft(emptyDraft());
  };
  const remove = async (id: string) => {
    const saved = await save({ customRules: withoutRule(rules, id) });
    setStatus(saved.ok ? { kind: 'ok', text: t('options.rules.deleted', { id }) } : { kind: 'error', text: t('options.notSaved', { reason: saved.error }) });
    if (saved.ok && draft.id === id) setDraft(emptyDraft());
  };

  return (
    <section aria-labelledby="rules-heading" data-testid="rules-section">
      <h2 id="rules-heading">{t('options.rules.heading')}</h2>
      <p class="hint">{t('options.rules.intro')}</p>
      <ManagedMarker settingKey="customRules" />
      {rules.length === 0 ? (
        <p data-testid="rules-empty">{t('options.rules.none')}</p>
      ) : (
        <ul class="rules" data-testid="rules-list">
          {rules.map((rule) => (
            <li key={rule.id} data-testid={`rule-${rule.id}`}>
              <div>
                <strong>{rule.description}</strong> <span class="hint">({t(rule.kind === 'regex' ? 'options.rules.kind.regex' : 'options.rules.kind.keyword')})</span>
              </div>
              <code class="pattern">{rule.pattern}</code>
              <div class="hint">
                {categoryLabel(rule.category)} · {t(`options.action.${rule.action}`)} · <code>custom-rules/{rule.id}</code>
              </div>
              {!locked && (
                <div class="row-actions">
                  <button type="button" data-testid={`rule-edit-${rule.id}`} onClick={() => setDraft(draftFromRule(rule))}>
                    {t('options.rules.edit')}
                    <span class="visually-hidden"> {rule.description}</span>
                  </button>
                  <button type="button" data-testid={`rule-delete-${rule.id}`} onClick={() => void remove(rule.id)}>
                    {t('options.rules.delete')}
                    <span class="visually-hidden"> {rule.description}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <form class="rule-form" onSubmit={(event) => void submit(event)} data-testid="rule-form" aria-labelledby="rule-form-heading">
          <h3 id="rule-form-heading">{t(draft.id ? 'options.rules.editHeading' : 'options.rules.addHeading')}</h3>
          <fieldset>
            <legend>{t('options.rules.kind')}</legend>
            {(['keyword', 'regex'] as const).map((kind) => (
              <label class="inline" key={kind}>
                <input type="radio" name="rule-kind" value={kind} checked={draft.kind === kind} data-testid={`rule-kind-${kind}`} onChange={() => update({ kind })} />{' '}
                {t(kind === 'regex' ? 'options.rules.kind.regex' : 'options.rules.kind.keyword')}
              </label>
            ))}
          </fieldset>
          <label for="rule-pattern">{t(draft.kind === 'regex' ? 'options.rules.patternRegex' : 'options.rules.patternKeyword')}</label>
          <input
            id="rule-pattern"
            type="text"
            required
            spellcheck={false}
            value={draft.pattern}
            aria-invalid={formError !== undefined}
            aria-describedby={formError ? 'rule-error' : undefined}
            data-testid="rule-pattern"
            onInput={(event) => update({ pattern: (event.currentTarget as HTMLInputElement).value })}
          />
          <label class="inline">
            <input type="checkbox" checked={draft.caseSensitive} data-testid="rule-case-sensitive" onChange={(event) => update({ caseSensitive: (event.currentTarget as HTMLInputElement).checked })} />{' '}
            {t('options.rules.caseSensitive')}
          </label>
          <label for="rule-description">{t('options.rules.description')}</label>
          <input id="rule-description" type="text" required value={draft.description} data-testid="rule-description" onInput={(event) => update({ description: (event.currentTarget as HTMLInputElement).value })} />
          <div class="form-row">
            <span>
              <label for="rule-category">{t('options.rules.category')}</label>
              <select id="rule-category" value={draft.category} data-testid="rule-category" onChange={(event) => update({ category: (event.currentTarget as HTMLSelectElement).value as Category })}>
                {CATEGORIES.map((category) => (
                  <option key={category} value={category}>
                    {categoryLabel(category)}
                  </option>
                ))}
              </select>
            </span>
            <span>
              <label for="rule-action">{t('options.rules.action')}</label>
              <select id="rule-action" value={draft.action} data-testid="rule-action" onChange={(event) => update({ action: (event.currentTarget as HTMLSelectElement).value as RuleDraft['action'] })}>
                {RULE_ACTIONS.map((action) => (
                  <option key={action} value={action}>
                    {t(`options.action.${action}`)}
                  </option>
                ))}
              </select>
            </span>
            <span>
              <label for="rule-directions">{t('options.rules.directions')}</label>
              <select id="rule-directions" value={draft.directions} data-testid="rule-directions" onChange={(event) => update({ directions: (event.currentTarget as HTMLSelectElement).value as RuleDraft['directions'] })}>
                <option value="both">{t('options.rules.directions.both')}</option>
                <option value="inbound">{t('options.rules.directions.inbound')}</option>
                <option value="outbound">{t('options.rules.directions.outbound')}</option>
              </select>
            </span>
          </div>
          {formError && (
            <p id="rule-error" class="status error" role="alert" data-testid="rule-error">
              {t('options.rules.error', { reason: formError })}
            </p>
          )}
          <div class="row-actions">
            <button type="submit" disabled={checking} data-testid="rule-save">
              {checking ? t('options.rules.checking') : t(draft.id ? 'options.rules.saveEdit' : 'options.rules.add')}
            </button>
            {draft.id && (
              <button type="button" data-testid="rule-cancel" onClick={() => setDraft(emptyDraft())}>
                {t('options.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
      <StatusLine status={status} testId="rules-status" />
    </section>
  );
}
