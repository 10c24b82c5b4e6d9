import { ENTITY_KINDS, PLOVER_CATEGORIES, RELATIONS } from '../extract/types';

/**
 * The one vocabulary of the graph: event relations and PLOVER categories (from the extraction
 * contract), the structural relations of reference knowledge, and the entity kinds. The API enums,
 * the exports and the Cypher allow-lists all derive from these lists.
 */

export { ENTITY_KINDS, PLOVER_CATEGORIES, RELATIONS };
export type { EntityKind, PloverCategory, Relation } from '../extract/types';

export const STRUCTURAL_TYPES = ['LEADER_OF', 'MEMBER_OF', 'PARTY_TO', 'PART_OF', 'NEGOTIATED_IN', 'LOCATED_IN', 'IN_PROCESS'] as const;
export type StructuralType = (typeof STRUCTURAL_TYPES)[number];

/** Every edge type between entities: projected event relations and structural ones. */
export const EDGE_TYPES = [...RELATIONS, ...STRUCTURAL_TYPES] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** A string list as an enum-like object ({ A: 'A', ... }), the shape type-graphql registers. */
export function enumOf<T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T]: K };
}
