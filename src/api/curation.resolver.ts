import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { AuditRepository } from '../graph/audit.repository';
import { CurationRepository } from '../graph/curation.repository';
import { EntityRepository } from '../graph/entity.repository';
import { EntityRecord } from '../graph/records';
import { entityId, hasKindPrefix } from '../model/ids';
import { Principal } from '../model/roles';
import { IngestResult, MergeResult } from './analysis.type';
import { ArticleIngestService } from './article-ingest.service';
import { AuditEntry } from './audit.type';
import { requireRole } from './auth';
import { ApiContext } from './context';
import { AddAliasArgs, ArticleInput, AuditArgs, EntityInput, EventIdArgs, MergeArgs, RetractArgs, UndoArgs } from './curation.input';
import { Entity } from './entity.type';
import { EntityKind } from './enums';
import { InputError } from './errors';
import { Event } from './event.type';
import { EventView } from './loaders';

/**
 * Curation: ingest an article, add an alias, merge two entities, retract an event, create or edit
 * an entity. Every mutation needs a curator; editing reference knowledge, undoing a merge and
 * reading the audit trail need an admin. Each mutation leaves an audit entry.
 */
@Resolver()
export class CurationResolver {
  constructor(
    private readonly curation: CurationRepository,
    private readonly entities: EntityRepository,
    private readonly audit: AuditRepository,
    private readonly ingest: ArticleIngestService,
  ) {}

  @Authorized('curator')
  @Mutation(() => IngestResult, { description: 'Extracts an article and writes it and its facts in one transaction (as `diplograph ingest`). Needs a curator.' })
  ingestArticle(@Arg('input', () => ArticleInput) input: ArticleInput, @Ctx() ctx: ApiContext): Promise<IngestResult> {
    return this.ingest.ingest(input, actor(ctx));
  }

  @Authorized('curator')
  @Mutation(() => Entity, { description: 'Adds a name to an entity\'s aliases. Needs a curator.' })
  async addAlias(@Args() { id, alias }: AddAliasArgs, @Ctx() ctx: ApiContext): Promise<EntityRecord> {
    await this.requireEntities({ id });
    return this.curation.addAlias(id, alias.trim(), actor(ctx));
  }

  @Authorized('curator')
  @Mutation(() => MergeResult, {
    description: 'Merges mergeId into keepId: every relationship moves to the kept entity, names become aliases, the merged entity is removed. Needs a curator; undoMerge takes it back.',
  })
  async mergeEntities(@Args() { keepId, mergeId }: MergeArgs, @Ctx() ctx: ApiContext): Promise<MergeResult> {
    if (keepId === mergeId) throw new InputError('mergeId', 'is the same entity as keepId');
    await this.requireEntities({ keepId, mergeId });
    const merged = (await this.entities.byIds([mergeId])).get(mergeId);
    if (merged?.reference) {
      // The reference loader (every migration) would bring it back under its own id.
      throw new InputError('mergeId', `"${mergeId}" is reference knowledge, which the next migration would restore; merge the other way round, or fix the reference data`);
    }
    return this.curation.merge(keepId, mergeId, actor(ctx));
  }

  @Authorized('admin')
  @Mutation(() => Entity, { description: 'Undoes a merge from its audit entry: the merged entity comes back with its relationships and evidence. Needs an admin.' })
  undoMerge(@Args() { auditId }: UndoArgs, @Ctx() ctx: ApiContext): Promise<EntityRecord> {
    return this.curation.undoMerge(auditId, actor(ctx));
  }

  @Authorized('curator')
  @Mutation(() => Event, { description: 'Retracts an event with a reason: it is kept and marked, and left out of answers unless asked for. Needs a curator.' })
  async retractEvent(@Args() { id, reason }: RetractArgs, @Ctx() ctx: ApiContext): Promise<EventView> {
    if (!(await this.curation.setRetracted(id, true, reason.trim(), actor(ctx)))) throw new InputError('id', `no event "${id}"`);
    ctx.loaders.event.clear(id);
    return (await ctx.loaders.event.load(id))!;
  }

  @Authorized('curator')
  @Mutation(() => Event, { description: 'Takes a retraction back. Needs a curator.' })
  async restoreEvent(@Args() { id }: EventIdArgs, @Ctx() ctx: ApiContext): Promise<EventView> {
    if (!(await this.curation.setRetracted(id, false, null, actor(ctx)))) throw new InputError('id', `no event "${id}"`);
    ctx.loaders.event.clear(id);
    return (await ctx.loaders.event.load(id))!;
  }

  @Authorized('curator')
  @Mutation(() => Entity, { description: 'Creates an entity, or updates the one with this id (its kind cannot change). Needs a curator; editing a reference entity needs an admin.' })
  async upsertEntity(@Arg('input', () => EntityInput) input: EntityInput, @Ctx() ctx: ApiContext): Promise<EntityRecord> {
    if (input.kind === EntityKind.PeaceProcess) throw new InputError('input.kind', 'peace processes come from PA-X imports only');
    const kind = input.kind as Exclude<EntityKind, EntityKind.PeaceProcess>;
    const id = input.id ?? (await this.knownId(input)) ?? newEntityId(input);
    const existing = (await this.entities.byIds([id])).get(id);
    if (existing && existing.kind !== input.kind) throw new InputError('input.kind', `"${id}" is a ${existing.kind}, not a ${input.kind}`);
    if (!hasKindPrefix(id, kind as never)) throw new InputError('input.id', `"${id}" is not the id of a ${kind}`);
    if (existing?.reference) requireRole(ctx.principal, 'admin');
    if (!existing && !input.name) throw new InputError('input.name', 'is needed to create an entity');
    return this.curation.upsertEntity(
      {
        id,
        kind: kind as never,
        name: input.name?.trim() ?? null,
        aliases: input.aliases?.map((a) => a.trim()) ?? null,
        country: input.country ?? null,
        iso3: input.kind === EntityKind.State ? input.country ?? null : null,
        acronym: input.acronym ?? null,
        signed: input.signed ?? null,
      },
      actor(ctx),
    );
  }

  @Authorized('admin')
  @Query(() => [AuditEntry], { description: 'The audit trail of mutations, newest first. Needs an admin.' })
  auditTrail(@Args() args: AuditArgs): Promise<AuditEntry[]> {
    return this.audit.list({ target: args.target, action: args.action, limit: args.first }) as Promise<AuditEntry[]>;
  }

  /** One name, one id: a name the graph knows (as extraction resolves it, reference first) keeps its entity's id. */
  private async knownId(input: EntityInput): Promise<string | undefined> {
    if (!input.name || input.kind === EntityKind.State) return undefined;
    const known = await this.entities.byName(input.name.trim());
    return known && known.kind === input.kind ? known.id : undefined;
  }

  /** Refuses ids that name nothing, naming the field. */
  private async requireEntities(fields: Record<string, string>): Promise<void> {
    const found = await this.entities.existingIds(Object.values(fields));
    for (const [field, id] of Object.entries(fields)) if (!found.has(id)) throw new InputError(field, `no entity "${id}"`);
  }
}

/** The id of a new entity: state:ISO3 for a state, otherwise the kind's prefix and the extractor's slug of the name. */
function newEntityId(input: EntityInput): string {
  if (input.kind === EntityKind.State) {
    if (!input.country) throw new InputError('input.country', 'is needed to make the id of a new state (state:ISO3)');
    return `state:${input.country}`;
  }
  if (!input.name) throw new InputError('input.name', 'is needed to create an entity');
  const id = entityId(input.kind as never, input.name);
  if (!id) throw new InputError('input.name', 'has no letters or digits to make an id from');
  return id;
}

/** Mutations run behind @Authorized, so a principal is there. */
function actor(ctx: ApiContext): Principal {
  return requireRole(ctx.principal, 'curator');
}
