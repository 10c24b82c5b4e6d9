/** A date expression found in text and, when the article date allows, resolved to YYYY-MM-DD. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  date?: string;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const M = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DATE_RE = new RegExp(
  [
    `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
    `\\b(${M})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})\\.?(?:,?\\s+(\\d{4}))?\\b`,
    `\\b(yesterday|today|tomorrow|last night|this morning)\\b`,
    `\\b(?:on|last|this past)\\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b`,
  ].join('|'),
  'gi',
);

/** Adds `days` to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return dt.toISOString().slice(0, 10);
}

// A day and month without a year is the latest such day not more than a week after the article.
function withYear(m: number, d: number, articleDate: string | undefined): string | undefined {
  if (!articleDate) return undefined;
  const y = Number(articleDate.slice(0, 4));
  const same = iso(y, m, d);
  if (same && same <= addDays(articleDate, 7)) return same;
  return iso(y - 1, m, d);
}

/**
 * The date expressions of a text: absolute ("20 February 2022", "on February 7", "2022-02-20")
 * and relative ("yesterday", "on Sunday"), resolved against `articleDate` (YYYY-MM-DD). A weekday
 * is the latest such day on or before the article date. `offset` shifts the character positions.
 */
export function findDates(text: string, articleDate?: string, offset = 0): DateMention[] {
  const out: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(text)) !== null) {
    let date: string | undefined;
    if (m[1]) date = iso(+m[1], +m[2], +m[3]);
    else if (m[4]) {
      const mo = MONTHS[m[4].toLowerCase().replace(/\.$/, '')];
      date = m[6] ? iso(+m[6], mo, +m[5]) : withYear(mo, +m[5], articleDate);
    } else if (m[7]) {
      const mo = MONTHS[m[8].toLowerCase()];
      date = m[9] ? iso(+m[9], mo, +m[7]) : withYear(mo, +m[7], articleDate);
    } else if (m[10]) {
      const w = m[10].toLowerCase();
      if (articleDate) date = w === 'yesterday' || w === 'last night' ? addDays(articleDate, -1) : w === 'tomorrow' ? addDays(articleDate, 1) : articleDate;
    } else if (m[11] && articleDate) {
      const want = WEEKDAYS.indexOf(m[11].toLowerCase());
      const have = new Date(`${articleDate}T00:00:00Z`).getUTCDay();
      date = addDays(articleDate, -((have - want + 7) % 7));
    }
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, date });
  }
  return out;
}

/** "2022-02-21T10:00:00Z", "2022-02-21 10:00:00", "21 February 2022" -> "2022-02-21"; undefined when unreadable. */
export function normaliseDate(value: string): string | undefined {
  const v = value.trim();
  const isoLike = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(v);
  if (isoLike) {
    // a date-time with an offset is read in its own zone: its calendar day is what the publisher meant
    return iso(+isoLike[1], +isoLike[2], +isoLike[3]);
  }
  const found = findDates(v);
  if (found.length && found[0].date) return found[0].date;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
