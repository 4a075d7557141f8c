import { afterEach, describe, expect, it } from 'vitest';
import { distressHelpFor, FIND_A_HELPLINE_URL, helpResources, isKidsProfileId } from '../../../lib/kids/help-resources.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';
import { summary } from '../../support/verdict-fixtures.ts';

const distress = [{ category: 'content-safety' as const, action: 'block' as const, risk: 0.9, ruleIds: ['kids-context/distress-self-harm'] }];

describe('help resources', () => {
  afterEach(() => setLocale('en'));

  it('are shown for a distress finding under a Kids profile only', () => {
    expect(distressHelpFor(summary('block', { profileId: 'kids', reasons: distress }))).toBeDefined();
    expect(distressHelpFor(summary('block', { profileId: 'kids-9-12', reasons: distress }))).toBeDefined();
    expect(distressHelpFor(summary('block', { profileId: 'standard', reasons: distress }))).toBeUndefined();
    expect(distressHelpFor(summary('block', { profileId: 'kids' }))).toBeUndefined();
    expect(isKidsProfileId('kidsish')).toBe(false);
  });

  it('list the helplines with their numbers and link to findahelpline.com', () => {
    const help = helpResources();
    const text = help.lines.join('\n');
    for (const number of ['0800 1111', '988', '686868', '116 111', '119', '3018']) expect(text).toContain(number);
    expect(help.link.url).toBe(FIND_A_HELPLINE_URL);
    expect(help.title).toBe('You are not alone');
  });

  it('speak the child’s language and put that country’s lines first', () => {
    setLocale('de');
    const help = helpResources();
    expect(help.title).toBe('Du bist nicht allein');
    expect(help.lines[1]).toContain('Nummer gegen Kummer');
    setLocale('fr');
    expect(helpResources().lines[1]).toContain('119');
  });
});
