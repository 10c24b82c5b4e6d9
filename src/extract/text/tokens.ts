import { foldText } from './normalize';

/** A word or punctuation mark with its character offsets into the article text. */
export interface Token {
  text: string;
  /** case-, apostrophe- and diacritic-folded text */
  lower: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  upper: boolean;
  /** part of speech (UD tag) when the article was tagged (text/pos.ts) */
  pos?: string;
}

// Words keep inner hyphens, dots and apostrophes ("long-term", "U.S.", "O'Brien"); "'s" and "'t" split off;
// a number keeps its thousands separators ("20,000"); a capital letter after an acronym's slash is part of its name ("SPLM/A"; "OECD/G20" are two).
const TOKEN = /['\u2019][st]\b|(?:[A-Za-z]\.){2,}|\p{Lu}[\p{Lu}\d]*\/\p{Lu}(?![\p{L}\p{N}])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+|['\u2019](?![st]\b)\p{L}+)*|\S/gu;

/** Tokens of `text`, offsets shifted by `offset` (the sentence's start in the article). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0];
    const code = t.charCodeAt(0);
    out.push({
      text: t,
      lower: foldText(t),
      start: offset + m.index,
      end: offset + m.index + t.length,
      upper: (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x17f && t[0] !== t[0].toLowerCase()),
      // set by the tagger later; present from the start so that every token has one shape
      pos: undefined,
    });
  }
  return out;
}
