/**
 * How much of a value is made of word-shaped letter runs: `Sponsored`, `PAGINATION`, `detector`
 * (a capitalised or lower-case run of four or more letters, or an upper-case one of five or more,
 * that can be pronounced).
 * Identifiers, model names and paths (`desktop-rhf_SponsoredProductsRemoteRHFSearch`,
 * `madhurjindal/autonlp-Gibberish-Detector-492513457`) are mostly such runs; generated keys are
 * not, because a random mix of cases and digits breaks every run after a few characters
 * (`f6CGV4aMM9zedoh3OUNbSakBymo7yplB` has two short ones). Measured without a dictionary, so it
 * also works for names in any Latin-script language.
 */
const WORD_RUN = /[A-Z]?[a-z]{3,}|[A-Z]{5,}(?![a-z])/g;

/** Four consonants in a row: rare inside words, common in random letters (`xkqtv`). */
const CONSONANT_CLUSTER = /[bcdfghjklmnpqrstvwxz]{4}/i;
const VOWEL = /[aeiouy]/gi;

/** A run that can be pronounced: a vowel in every four letters and no long consonant cluster. */
function isPronounceable(run: string): boolean {
  const vowels = run.match(VOWEL)?.length ?? 0;
  return vowels * 4 >= run.length && !CONSONANT_CLUSTER.test(run);
}

/** Share (0..1) of the value's characters that lie in word-shaped, pronounceable runs. */
export function wordRunShare(value: string): number {
  if (value.length === 0) return 0;
  let covered = 0;
  for (const run of value.matchAll(WORD_RUN)) if (isPronounceable(run[0])) covered += run[0].length;
  return covered / value.length;
}

/**
 * Above this share a value reads as words joined together, not as a generated string. Random
 * base62 strings of 20–64 characters stay far below it (see the tests); names made of words stay
 * above it.
 */
export const WORD_LIKE_SHARE = 0.5;

export const isWordLike = (value: string): boolean => wordRunShare(value) >= WORD_LIKE_SHARE;
