/** Folds case, curly apostrophes and diacritics so that "People’s" and "Peoples" compare alike. */
export function foldText(text: string): string {
  let s = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(s)) {
    s = s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-');
  }
  return s;
}

/** "Heidi Grau" -> "heidi-grau": the tail of a stable entity id. */
export function slug(text: string): string {
  return foldText(text)
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// "[met with](https://...)", "<span style=...>", "<u>", "**": Markdown and HTML markup that
// readouts scraped from the web keep
const MARKDOWN_LINK = /\[([^\]\n]{0,300})\]\(([^)\s]{0,500})\)/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]{0,300}>/g;
const BOLD = /\*\*/g;

/**
 * The text with its markup blanked out, character for character (a link keeps its label), so
 * that every offset still points into the original: "President Biden [met with](https://...)
 * Prime Minister Store" reads as "President Biden  met with ... Prime Minister Store".
 */
export function maskMarkup(text: string): string {
  if (!/[[<*]/.test(text)) return text;
  return text
    .replace(MARKDOWN_LINK, (_, label: string, url: string) => ` ${label} ${' '.repeat(url.length + 2)}`)
    .replace(HTML_TAG, (tag: string) => ' '.repeat(tag.length))
    .replace(BOLD, '  ');
}
