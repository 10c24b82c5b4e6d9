import sentenceWords from '../lexicon/data/sentence.words.json';

/** Sentence boundaries over the whole article text, with character offsets (end exclusive). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(sentenceWords.abbreviations);

/**
 * Splits on line breaks (paragraphs, headings), on list item markers a flattened list keeps
 * inside a line (" -   "), and on . ! ? followed by a space and a capital,
 * a digit or a quote, unless the dot closes a known abbreviation or a single initial.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      continue;
    }
    // "... Stoltenberg -   January 11: ...": a Markdown list item marker, at a line's start or
    // inside a line a flattened list keeps
    if (c === '-' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n') && text[i + 1] === ' ' && text[i + 2] === ' ') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && (text[j] === '"' || text[j] === '\u201d' || text[j] === "'" || text[j] === '\u2019' || text[j] === ')')) j++;
    if (j >= n) continue;
    if (text[j] !== ' ' && text[j] !== '\t') continue;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= n) continue;
    const next = text[k];
    if (!/[A-Z0-9"\u201c'\u2018(\u00c0-\u017f]/.test(next)) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    push(j);
  }
  push(n);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}
