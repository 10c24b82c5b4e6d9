/**
 * The fixed split of plover-plv-train.json into tune and validation: a record is in validation
 * when the 32-bit FNV-1a hash of its id (UTF-8 bytes) is 0 mod 5, else in tune. It depends on the
 * id alone, so adding or reordering records never moves one from a set to the other.
 */
export type EvalSet = 'tune' | 'validation';

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function evalSetOf(id: string): EvalSet {
  return fnv1a(id) % 5 === 0 ? 'validation' : 'tune';
}
