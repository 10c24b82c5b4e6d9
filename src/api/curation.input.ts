import { ArrayMaxSize, IsOptional, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

import { MAX_TEXT_CHARS } from '../model/article';
import { EntityKind } from './enums';
import { DateScalar } from './scalars';

const ID_PATTERN = /^[\w.:-]+$/;
const ID_MESSAGE = '$property must be an entity id such as "person:vladimir-putin"';

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
  @Matches(ID_PATTERN, { message: '$property must be an event id such as "event:0123abcd"' })
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
