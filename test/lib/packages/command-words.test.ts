import { describe, expect, it } from 'vitest';
import { MAX_WORD_CHARS, readCommandWords, type WordMode } from '../../../lib/packages/command-words.ts';

const words = (text: string, mode: WordMode = 'code') => readCommandWords(text, 0, text.length, mode, 64).words.map((word) => word.value);

describe('readCommandWords', () => {
  it('splits on blanks and removes quotes, keeping quoted spaces', () => {
    expect(words(` install "uvicorn[standard]>=0.2" 'a b' c"d"`)).toEqual(['install', 'uvicorn[standard]>=0.2', 'a b', 'cd']);
  });

  it('ends the command at shell operators, a comment or the end of the line', () => {
    expect(words(' i x && npm i y')).toEqual(['i', 'x']);
    expect(words(' i x; y')).toEqual(['i', 'x']);
    expect(words(' i x | tee log')).toEqual(['i', 'x']);
    expect(words(' i x > log')).toEqual(['i', 'x']);
    expect(words(' i x # the http library')).toEqual(['i', 'x']);
    expect(words(' i x\ny')).toEqual(['i', 'x']);
    expect(words(' i x` more')).toEqual(['i', 'x']);
  });

  it('follows backslash-newline continuations in code', () => {
    expect(words(' install \\\n  a \\\r\n  b')).toEqual(['install', 'a', 'b']);
  });

  it('in prose, stops before words that carry the sentence on and after sentence punctuation', () => {
    expect(words(' install flask and then run it', 'prose')).toEqual(['install', 'flask']);
    expect(words(' install flask, then restart', 'prose')).toEqual(['install', 'flask']);
    expect(words(' install requests. Next step', 'prose')).toEqual(['install', 'requests']);
    expect(words(' install numpy pandas to get started', 'prose')).toEqual(['install', 'numpy', 'pandas']);
  });

  it('keeps a word in prose that only looked like punctuation', () => {
    expect(words(' install socket.io', 'prose')).toEqual(['install', 'socket.io']);
  });

  it('gives a word longer than MAX_WORD_CHARS an empty value (not a name), and drops a lone quote', () => {
    expect(words(` i ${'a'.repeat(MAX_WORD_CHARS + 1)} b`)).toEqual(['i', '', 'b']);
    expect(words(' i "abc')).toEqual(['i', 'abc']);
    expect(words(` i "${'a'.repeat(MAX_WORD_CHARS * 2)}"`)).toEqual(['i', '']);
  });

  it('reads at most maxWords words and never past the limit', () => {
    const text = ' a b c d e f';
    expect(readCommandWords(text, 0, text.length, 'code', 3).words).toHaveLength(3);
    expect(readCommandWords(text, 0, 4, 'code', 10).words.map((w) => w.value)).toEqual(['a', 'b']);
  });

  it('reports where each word is, quotes included', () => {
    const text = ' i "x"';
    expect(readCommandWords(text, 0, text.length, 'code', 9).words[1]).toEqual({ value: 'x', start: 3, end: 6 });
  });
});
