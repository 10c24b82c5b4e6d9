import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';

import { CurationRepository } from '../graph/curation.repository';
import { EntityRepository } from '../graph/entity.repository';
import { EventRepository } from '../graph/event.repository';
import { EntityRecord } from '../graph/records';
import { IngestResult, MergeResult } from './analysis.type';
import { ArticleIngestService } from './article-ingest.service';
import { ApiContext } from './context';
import { AddAliasArgs, ArticleInput, EntityInput, MergeArgs, RetractArgs } from './curation.input';
import { Entity } from './entity.type';
import { EntityKind } from './enums';
import { InputError } from './errors';
import { Event } from './event.type';
import { EventView } from './loaders';
import { IdArgs } from './query.args';

const ID_PREFIX: Record<string, string> = {
  Person: 'person',
  State: 'state',
  Organization: 'org',
  Group: 'group',
  Format: 'format',
  Agreement: 'agreement',
  Place: 'place',
  Topic: 'topic',
};

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Curation: ingest an article, add an alias, merge two entities, retract an event, create or edit an entity. */
@Resolver()
export class CurationResolver {
  constructor(
    private readonly curation: CurationRepository,
    private readonly entities: EntityRepository,
    private readonly events: EventRepository,
    private readonly ingest: ArticleIngestService,
  ) {}

  @Mutation(() => IngestResult, { description: 'Extracts an article and writes it and its facts in one transaction (as `diplograph ingest`).' })
  ingestArticle(@Arg('input', () => ArticleInput) input: ArticleInput): Promise<IngestResult> {
    return this.ingest.ingest(input);
  }

  @Mutation(() => Entity, { description: 'Adds a name to an entity\'s aliases.' })
  async addAlias(@Args() { id, alias }: AddAliasArgs): Promise<EntityRecord> {
    await this.requireEntities({ id });
    return this.curation.addAlias(id, alias.trim());
  }

  @Mutation(() => MergeResult, {
    description: 'Merges mergeId into keepId: every relationship moves to the kept entity, names become aliases, the merged entity is removed.',
  })
  async mergeEntities(@Args() { keepId, mergeId }: MergeArgs): Promise<MergeResult> {
    if (keepId === mergeId) throw new InputError('mergeId', 'is the same entity as keepId');
    await this.requireEntities({ keepId, mergeId });
    const merged = (await this.entities.byIds([mergeId])).get(mergeId);
    if (merged?.reference) {
      // The reference loader (every migration) would bring it back under its own id.
      throw new InputError('mergeId', `"${mergeId}" is reference knowledge, which the next migration would restore; merge the other way round, or fix the reference data`);
    }
    return this.curation.merge(keepId, mergeId);
  }

  @Mutation(() => Event, { description: 'Retracts an event with a reason: it is kept and marked, and left out of answers unless asked for.' })
  async retractEvent(@Args() { id, reason }: RetractArgs, @Ctx() ctx: ApiContext): Promise<EventView> {
    if (!(await this.events.setRetracted(id, true, reason.trim()))) throw new InputError('id', `no event "${id}"`);
    ctx.loaders.event.clear(id);
    return (await ctx.loaders.event.load(id))!;
  }

  @Mutation(() => Event, { description: 'Takes a retraction back.' })
  async restoreEvent(@Args() { id }: IdArgs, @Ctx() ctx: ApiContext): Promise<EventView> {
    if (!(await this.events.setRetracted(id, false, null))) throw new InputError('id', `no event "${id}"`);
    ctx.loaders.event.clear(id);
    return (await ctx.loaders.event.load(id))!;
  }

  @Mutation(() => Entity, { description: 'Creates an entity, or updates the one with this id (its kind cannot change).' })
  async upsertEntity(@Arg('input', () => EntityInput) input: EntityInput): Promise<EntityRecord> {
    if (input.kind === EntityKind.PeaceProcess) throw new InputError('input.kind', 'peace processes come from PA-X imports only');
    let id = input.id ?? null;
    if (!id) {
      if (input.kind === EntityKind.State) {
        if (!input.country) throw new InputError('input.country', 'is needed to make the id of a new state (state:ISO3)');
        id = `state:${input.country}`;
      } else {
        if (!input.name) throw new InputError('input.name', 'is needed to create an entity');
        const s = slug(input.name);
        if (!s) throw new InputError('input.name', 'has no letters or digits to make an id from');
        id = `${ID_PREFIX[input.kind]}:${s}`;
      }
    }
    const existing = (await this.entities.byIds([id])).get(id);
    if (existing && existing.kind !== input.kind) throw new InputError('input.kind', `"${id}" is a ${existing.kind}, not a ${input.kind}`);
    if (!existing && !input.name) throw new InputError('input.name', 'is needed to create an entity');
    return this.curation.upsertEntity({
      id,
      kind: input.kind as never,
      name: input.name?.trim() ?? null,
      aliases: input.aliases?.map((a) => a.trim()) ?? null,
      country: input.country ?? null,
      iso3: input.kind === EntityKind.State ? input.country ?? null : null,
      acronym: input.acronym ?? null,
      signed: input.signed ?? null,
    });
  }

  /** Refuses ids that name nothing, naming the field. */
  private async requireEntities(fields: Record<string, string>): Promise<void> {
    const found = await this.entities.existingIds(Object.values(fields));
    for (const [field, id] of Object.entries(fields)) if (!found.has(id)) throw new InputError(field, `no entity "${id}"`);
  }
}
