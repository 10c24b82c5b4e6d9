import { createHash } from 'node:crypto';
import { basename } from 'node:path';

import { normaliseDate } from '../extract/dates';

/** An article as the product keeps it: its identity, provenance, date and text. */
export interface Article {
  id: string;
  publisher?: string;
  url?: string;
  title?: string;
  /** YYYY-MM-DD */
  published?: string;
  location?: string;
  text: string;
  /** sha-256 of what extraction reads: text, title and date */
  contentHash: string;
}

export class ArticleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ArticleError';
  }
}

/** Articles over this size are refused: readouts run to tens of kilobytes, transcripts to a few hundred. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * A publication date as the sources give it ("2022-02-21", "2022-02-21T10:00:00Z",
 * "2022-02-21 10:00:00+03:00", "21 February 2022") as YYYY-MM-DD, read by extraction's date
 * reader; a value it cannot read is an error naming the field.
 */
export function normalizeDate(value: string): string {
  const date = normaliseDate(value);
  if (date === undefined) {
    throw new ArticleError('published', `"${value.slice(0, 60)}" is not a date (expected YYYY-MM-DD or an ISO date-time)`);
  }
  return date;
}

/** Refuses text that is binary rather than prose: NUL or other control bytes, or undecodable UTF-8. */
export function checkText(text: unknown, field = 'text'): string {
  if (typeof text !== 'string') throw new ArticleError(field, text === undefined || text === null ? 'is missing' : `must be a string, got ${typeof text}`);
  if (text.trim() === '') throw new ArticleError(field, 'is empty');
  if (text.length > MAX_TEXT_CHARS) throw new ArticleError(field, `is ${text.length} characters long; the limit is ${MAX_TEXT_CHARS}`);
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  const replacement = text.match(/\ufffd/g)?.length ?? 0;
  if (control > 0 || replacement > Math.max(3, text.length / 1000)) {
    throw new ArticleError(field, 'looks like binary data, not text (control bytes or invalid UTF-8)');
  }
  return text;
}

export function contentHash(text: string, title?: string, published?: string): string {
  return createHash('sha256')
    .update(`${title ?? ''}\u0000${published ?? ''}\u0000${text}`)
    .digest('hex');
}

const optionalString = (record: Record<string, unknown>, field: string): string | undefined => {
  const value = record[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ArticleError(field, `must be a string, got ${typeof value}`);
  return value;
};

/** The id a record names (a string or a number), else `fallbackId`; also for a record that fails, so its error line keeps its id. */
export function recordId(record: unknown, fallbackId: string): string {
  const rawId = typeof record === 'object' && record !== null ? (record as Record<string, unknown>).id : undefined;
  return (typeof rawId === 'string' && rawId !== '') || typeof rawId === 'number' ? String(rawId) : fallbackId;
}

/** One JSON Lines record (fields as in the corpus: id, publisher, url, title, published, location, text). */
export function articleFromRecord(record: unknown, fallbackId: string): Article {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new ArticleError('line', 'must be a JSON object with at least a "text" field');
  }
  const r = record as Record<string, unknown>;
  const text = checkText(r.text);
  const rawId = r.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    throw new ArticleError('id', `must be a string or a number, got ${typeof rawId}`);
  }
  const title = optionalString(r, 'title');
  const publishedRaw = optionalString(r, 'published');
  const published = publishedRaw === undefined ? undefined : normalizeDate(publishedRaw);
  const url = optionalString(r, 'url');
  if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) throw new ArticleError('url', `"${url.slice(0, 80)}" is not an http(s) URL`);
  return {
    id: recordId(record, fallbackId),
    publisher: optionalString(r, 'publisher'),
    url,
    title,
    published,
    location: optionalString(r, 'location'),
    text,
    contentHash: contentHash(text, title, published),
  };
}

/** A plain-text file is one article; its id comes from the file name and content. */
export function articleFromText(text: string, file: string, meta: { date?: string; title?: string } = {}): Article {
  checkText(text);
  const published = meta.date === undefined ? undefined : normalizeDate(meta.date);
  const hash = contentHash(text, meta.title, published);
  const stem = basename(file).replace(/\.[^.]+$/, '').replace(/[^\w-]+/g, '-').toLowerCase() || 'article';
  return { id: `file:${stem}-${hash.slice(0, 10)}`, title: meta.title, published, text, contentHash: hash };
}
