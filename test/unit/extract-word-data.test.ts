import * as fs from 'node:fs';
import * as path from 'node:path';

import { relationClass } from '../../src/extract/lexicon/relations';
import { RELATIONS } from '../../src/extract/types';

/**
 * The word classes rules read are data (src/extract/lexicon/data/*.words.json,
 * relation.classes.json): each list is documented in its file's `_doc`, and the relation classes
 * name relations of the vocabulary.
 */
const DATA = path.join(__dirname, '../../src/extract/lexicon/data');
const files = fs.readdirSync(DATA).filter((f) => f.endsWith('.words.json') || f === 'relation.classes.json');

describe('word classes as data', () => {
  it('finds the word-class files', () => {
    expect(files).toEqual(expect.arrayContaining(['event.words.json', 'mention.words.json', 'topic.words.json', 'relation.classes.json']));
  });

  it.each(files)('%s documents every list and has no empty one', (file) => {
    const data = JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as Record<string, unknown>;
    expect(typeof data.about).toBe('string');
    const lists = Object.keys(data).filter((k) => k !== 'about' && k !== '_doc');
    const doc = (data._doc ?? {}) as Record<string, string>;
    expect(lists.filter((k) => !doc[k])).toEqual([]);
    expect(Object.keys(doc).filter((k) => !lists.includes(k))).toEqual([]);
    for (const k of lists) {
      const v = data[k];
      const size = Array.isArray(v) ? v.length : Object.keys(v as object).length;
      expect([k, size > 0]).toEqual([k, true]);
    }
  });

  it('relation classes hold relations of the vocabulary only', () => {
    for (const name of ['directed', 'cooperative', 'hostile', 'accusable', 'speechActs'] as const) {
      const rels = relationClass(name);
      expect(rels.length).toBeGreaterThan(0);
      expect(rels.filter((r) => !(RELATIONS as readonly string[]).includes(r))).toEqual([]);
    }
  });
});
