import { extract } from '../../src/extract';
import type { ExtractionResult } from '../../src/extract/types';

/** The events extracted from a text, each with the names of its sources and targets beside their ids. */
export function namedEvents(text: string, date = '2022-03-01') {
  const r: ExtractionResult = extract({ text, date });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.events.map((e) => ({ ...e, sourceNames: e.source.map((x) => name.get(x)), targetNames: e.target.map((x) => name.get(x)) }));
}

/** The relations of the events extracted from a text. */
export const relationsOf = (text: string, date?: string) => namedEvents(text, date).map((e) => e.relation);
