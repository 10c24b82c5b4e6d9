/**
 * Malformed articles of many kinds, for the tests that mix them with valid ones: JSON Lines for the
 * command line, ArticleInput variables for the API, each with the field its error must name.
 */

const PROSE = 'The leaders discussed the situation around Ukraine and agreed to stay in contact.';

/** A malformed JSON Lines line, and the field or problem its error names. */
export function malformedLine(i: number): { line: string; names: RegExp } {
  const id = `bad-line-${i}`;
  const kinds: Array<() => { line: string; names: RegExp }> = [
    () => ({ line: `{"id": "${id}", "text": "unterminated`, names: /invalid JSON/ }),
    () => ({ line: JSON.stringify([id, PROSE]), names: /^line: must be a JSON object/ }),
    () => ({ line: JSON.stringify({ id, title: 'Readout' }), names: /^text: is missing/ }),
    () => ({ line: JSON.stringify({ id, text: '   ' }), names: /^text: is empty/ }),
    () => ({ line: JSON.stringify({ id, text: i }), names: /^text: must be a string/ }),
    () => ({ line: JSON.stringify({ id, published: `day ${i} of the talks`, text: PROSE }), names: /^published: .* is not a date/ }),
    () => ({ line: JSON.stringify({ id, text: `PK\u0003\u0004\u0000${i}\u0000\u0001` }), names: /^text: looks like binary data/ }),
    () => ({ line: JSON.stringify({ id, title: i, text: PROSE }), names: /^title: must be a string/ }),
    () => ({ line: JSON.stringify({ id: { value: id }, text: PROSE }), names: /^id: must be a string or a number/ }),
    () => ({ line: JSON.stringify({ id, url: `ftp://example.org/${i}`, text: PROSE }), names: /^url: .* is not an http\(s\) URL/ }),
  ];
  return kinds[i % kinds.length]();
}

/** A malformed ArticleInput, and the field its error must name. */
export function malformedInput(i: number): { input: Record<string, unknown>; field: string } {
  const id = `bad-input-${i}`;
  const kinds: Array<() => { input: Record<string, unknown>; field: string }> = [
    () => ({ input: { id, title: 'Readout' }, field: 'text' }),
    () => ({ input: { id, text: i }, field: 'text' }),
    () => ({ input: { id, text: 'too short' }, field: 'text' }),
    () => ({ input: { id, text: `PK\u0003\u0004\u0000 binary ${i} \u0000\u0001\u0002 more bytes` }, field: 'text' }),
    () => ({ input: { id, text: PROSE, published: `day ${i}` }, field: 'published' }),
    () => ({ input: { id, text: PROSE, url: `ftp://example.org/${i}` }, field: 'url' }),
    () => ({ input: { id: `bad id ${i}`, text: PROSE }, field: 'id' }),
    () => ({ input: { id, text: PROSE, title: 'x'.repeat(501) }, field: 'title' }),
    () => ({ input: { id, text: PROSE, publisher: '' }, field: 'publisher' }),
    () => ({ input: { id, text: PROSE, [`field${i % 7}`]: 'x' }, field: `field${i % 7}` }),
  ];
  return kinds[i % kinds.length]();
}
