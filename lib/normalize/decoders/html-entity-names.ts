/**
 * The named HTML character references that occur in real text and in obfuscation tools: the
 * XML five, Latin-1, typographic punctuation, Greek and common symbols. The full HTML list has
 * 2,231 names; the rest (mathematical operators, rare arrows) decode to nothing an instruction needs.
 */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const GREEK_UPPER = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega';
const GREEK_LOWER = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega';

function build(): Map<string, string> {
  const map = new Map<string, string>([
    ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
    ['ndash', '\u2013'], ['mdash', '\u2014'], ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201a'],
    ['ldquo', '\u201c'], ['rdquo', '\u201d'], ['bdquo', '\u201e'], ['hellip', '\u2026'], ['bull', '\u2022'],
    ['dagger', '\u2020'], ['Dagger', '\u2021'], ['permil', '\u2030'], ['prime', '\u2032'], ['lsaquo', '\u2039'],
    ['rsaquo', '\u203a'], ['euro', '\u20ac'], ['trade', '\u2122'], ['larr', '\u2190'], ['rarr', '\u2192'],
    ['uarr', '\u2191'], ['darr', '\u2193'], ['harr', '\u2194'], ['ensp', '\u2002'], ['emsp', '\u2003'],
    ['thinsp', '\u2009'], ['zwnj', '\u200c'], ['zwj', '\u200d'], ['lrm', '\u200e'], ['rlm', '\u200f'],
    ['minus', '\u2212'], ['infin', '\u221e'], ['ne', '\u2260'], ['le', '\u2264'], ['ge', '\u2265'],
    ['tab', '\t'], ['newline', '\n'], ['colon', ':'], ['comma', ','], ['period', '.'], ['excl', '!'],
    ['quest', '?'], ['lpar', '('], ['rpar', ')'], ['sol', '/'], ['bsol', '\\'], ['num', '#'], ['dollar', '$'],
    ['percnt', '%'], ['ast', '*'], ['plus', '+'], ['equals', '='], ['lsqb', '['], ['rsqb', ']'], ['lcub', '{'],
    ['rcub', '}'], ['semi', ';'], ['commat', '@'], ['lowbar', '_'], ['grave', '`'], ['Hat', '^'], ['verbar', '|'],
  ]);
  LATIN1.split(' ').forEach((name, k) => map.set(name, String.fromCharCode(0xa0 + k)));
  GREEK_UPPER.split(' ').forEach((name, k) => {
    if (name !== '_') map.set(name, String.fromCharCode(0x391 + k));
  });
  GREEK_LOWER.split(' ').forEach((name, k) => map.set(name, String.fromCharCode(0x3b1 + k)));
  return map;
}

let names: Map<string, string> | undefined;

/** The character a named reference stands for (case-sensitive, without & and ;), or undefined. */
export function namedEntity(name: string): string | undefined {
  names ??= build();
  return names.get(name);
}
