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
