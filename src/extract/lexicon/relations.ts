import classes from './data/relation.classes.json';
import { RELATIONS, type Relation } from '../types';

type ClassName = Exclude<keyof typeof classes, 'about' | '_doc'>;

/**
 * A class of the relation vocabulary by name, from data/relation.classes.json ("hostile": the
 * relations a future tense makes a warning). A name there that is no relation fails at load.
 */
export function relationClass(name: ClassName): Relation[] {
  const list = classes[name] as string[];
  const unknown = list.filter((r) => !(RELATIONS as readonly string[]).includes(r));
  if (unknown.length) throw new Error(`relation.classes.json "${name}": not relations: ${unknown.join(', ')}`);
  return list as Relation[];
}
