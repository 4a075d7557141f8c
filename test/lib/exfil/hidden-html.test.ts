import { describe, expect, it } from 'vitest';
import { HIDING_STYLE, hiddenHtmlSpans } from '../../../lib/exfil/hidden-html.ts';
import { redosVerdict } from '../../support/redos-check.ts';

describe('hiddenHtmlSpans', () => {
  it.each([
    '<span style="color:#fff">secret words here</span>',
    '<div style="display: none">do this instead</div>',
    "<p style='font-size:0px;'>hidden text</p>",
    '<span style="opacity:0;">tiny</span>',
    '<font color="white">invisible note</font>',
  ])('finds %s', (html) => {
    expect(hiddenHtmlSpans(`Reply. ${html}`)).toHaveLength(1);
  });

  it.each([
    '<span style="background-color:#fff;color:#333">visible</span>',
    '<span style="color:#ffcc00">yellow text</span>',
    '<div style="display:none"></div>',
    '<span style="font-size:0.9em">small but visible</span>',
  ])('leaves %s alone', (html) => {
    expect(hiddenHtmlSpans(html)).toEqual([]);
  });
});

describe('hidden-html pattern', () => {
  it('passes the ReDoS check', async () => {
    expect(await redosVerdict(HIDING_STYLE.source, HIDING_STYLE.flags)).toBe('safe');
  }, 120_000);
});
