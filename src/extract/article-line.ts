import { normaliseDate } from './dates';
import type { ArticleInput } from './types';

/** Longest JSON Lines record accepted; a real article is a few hundred kilobytes at most. */
export const MAX_LINE_CHARS = 5_000_000;

export type ArticleLine = { ok: true; input: ArticleInput } | { ok: false; error: string };

/** True when text holds NUL or other control bytes, or undecodable UTF-8 (U+FFFD). */
export function looksBinary(text: string): boolean {
  return /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text);
}

/**
 * One line of a corpus file -> the extraction input: `text` required and non-empty, `published`
 * in any of the corpus' formats normalised to YYYY-MM-DD (else `fallbackDate`), `title` optional.
 */
export function parseArticleLine(line: string, fallbackDate?: string): ArticleLine {
  if (line.length > MAX_LINE_CHARS) return { ok: false, error: `line too long (${line.length} characters, at most ${MAX_LINE_CHARS})` };
  if (looksBinary(line)) return { ok: false, error: 'binary data, not a JSON article' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'not a JSON object' };
  const rec = value as Record<string, unknown>;
  if (typeof rec.text !== 'string') return { ok: false, error: 'missing "text"' };
  if (!rec.text.trim()) return { ok: false, error: 'empty "text"' };
  let date = fallbackDate;
  if (typeof rec.published === 'string' && rec.published.trim()) {
    const d = normaliseDate(rec.published);
    if (!d) return { ok: false, error: `unreadable "published": ${JSON.stringify(rec.published).slice(0, 60)}` };
    date = d;
  }
  const input: ArticleInput = { text: rec.text };
  if (date) input.date = date;
  if (typeof rec.title === 'string' && rec.title) input.title = rec.title;
  return { ok: true, input };
}
