import { slug } from '../extract/text/normalize';
import { EntityKind } from '../extract/types';

/**
 * Ids, in one place: every route (extraction, the API, imports) makes an entity id from a kind and
 * a name with the extractor's own slug, so one name gets one id whichever way it comes in.
 */
export const ID_PREFIX: Record<EntityKind, string> = {
  Person: 'person',
  State: 'state',
  Organization: 'org',
  Group: 'group',
  Format: 'format',
  Agreement: 'agreement',
  Place: 'place',
  Topic: 'topic',
};

/** Entity id prefixes, and the PA-X peace processes, which have no EntityKind of their own. */
export const ENTITY_PREFIXES: readonly string[] = [...Object.values(ID_PREFIX), 'process'];

/** An entity id: a known kind prefix, a colon, then letters, digits, ".", "_" or "-". */
export const ENTITY_ID_PATTERN = new RegExp(`^(?:${ENTITY_PREFIXES.join('|')}):[A-Za-z0-9][\\w.-]*$`);
export const EVENT_ID_PATTERN = /^event:[\w.-]+$/;
/** Any id a lookup may take: an entity's or an event's. */
export const ANY_ID_PATTERN = new RegExp(`^(?:${[...ENTITY_PREFIXES, 'event'].join('|')}):[A-Za-z0-9][\\w.-]*$`);

/** The id of a new entity of `kind` named `name` (undefined when the name has no letters or digits). */
export function entityId(kind: EntityKind, name: string): string | undefined {
  const tail = slug(name);
  return tail ? `${ID_PREFIX[kind]}:${tail}` : undefined;
}

/** The kind prefix an entity id must carry. */
export function hasKindPrefix(id: string, kind: EntityKind): boolean {
  return id.startsWith(`${ID_PREFIX[kind]}:`);
}
