import { ArrayMaxSize, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

import { MAX_TEXT_CHARS } from '../model/article';
import { ENTITY_ID_PATTERN, EVENT_ID_PATTERN } from '../model/ids';
import { EntityKind } from './enums';
import { DateScalar } from './scalars';

const ID_PATTERN = ENTITY_ID_PATTERN;
const ID_MESSAGE = '$property must be an entity id with its kind, such as "person:vladimir-putin"';

@InputType({ description: 'An article to extract and write, as the command line reads one JSON Lines record.' })
export class ArticleInput {
  @Field(() => ID, { nullable: true, description: 'Stable id; by default one made from the title and text.' })
  @IsOptional()
  @Length(1, 200)
  @Matches(/^[\w.:-]+$/, { message: '$property may hold letters, digits, ".", ":", "_" and "-" only' })
  id?: string | null;

  @Field({ description: 'The article text.' })
  @Length(20, MAX_TEXT_CHARS)
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  title?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date: relative dates in the text resolve against it.' })
  @IsOptional()
  published?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: '$property must be an http(s) URL' })
  url?: string | null;
}

@ArgsType()
export class AddAliasArgs {
  @Field(() => ID)
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @Field()
  @Length(1, 200)
  alias!: string;
}

@ArgsType()
export class MergeArgs {
  @Field(() => ID, { description: 'The entity that stays.' })
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  keepId!: string;

  @Field(() => ID, { description: 'The entity merged into it and then removed; its name becomes an alias.' })
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  mergeId!: string;
}

@ArgsType()
export class RetractArgs {
  @Field(() => ID)
  @Length(1, 200)
  @Matches(EVENT_ID_PATTERN, { message: '$property must be an event id such as "event:0123abcd"' })
  id!: string;

  @Field({ description: 'Why: kept with the event.' })
  @Length(3, 1000)
  reason!: string;
}

@InputType({ description: 'An entity to create, or to update when the id exists.' })
export class EntityInput {
  @Field(() => ID, { nullable: true, description: 'The id to update or create; by default made from the kind and name ("person:jane-doe").' })
  @IsOptional()
  @Length(3, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id?: string | null;

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field(() => String, { nullable: true, description: 'Required to create.' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 200, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 3166-1 alpha-3 code such as "FRA"' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisations.' })
  @IsOptional()
  @Length(1, 30)
  acronym?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Agreements.' })
  @IsOptional()
  signed?: string | null;
}

@ArgsType()
export class EventIdArgs {
  @Field(() => ID)
  @Length(1, 200)
  @Matches(EVENT_ID_PATTERN, { message: '$property must be an event id such as "event:0123abcd"' })
  id!: string;
}

@ArgsType()
export class AuditArgs {
  @Field(() => ID, { nullable: true, description: 'Only entries about this entity or event.' })
  @IsOptional()
  @Length(1, 200)
  target?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries of this mutation (addAlias, mergeEntities, ...).' })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,40}$/, { message: '$property must be the name of a mutation' })
  action?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'At most this many entries, newest first (1 to 100).' })
  @Min(1)
  @Max(100)
  first: number = 20;
}

@ArgsType()
export class UndoArgs {
  @Field(() => ID, { description: 'The audit entry of the merge to undo.' })
  @Matches(/^audit:[0-9a-f-]{36}$/, { message: '$property must be an audit entry id such as "audit:1b4e28ba-2fa1-11d2-883f-0016d3cca427"' })
  auditId!: string;
}
