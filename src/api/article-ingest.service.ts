import { ArticleRepository } from '../graph/article.repository';
import { AuditRepository } from '../graph/audit.repository';
import { Principal } from '../model/roles';
import { Article, articleFromRecord, ArticleError } from '../model/article';
import type { ExtractionResult } from '../extract/types';
import { ArticleWritePlan, planArticleWrite } from '../model/plan';
import { IngestResult } from './analysis.type';
import { ArticleInput } from './curation.input';
import { InputError } from './errors';

/** An article extracted and planned elsewhere (a worker thread), so that this thread only writes. */
export interface PlannedArticle {
  plan: ArticleWritePlan;
  eventsExtracted: number;
}

/** How the server has articles extracted (in this process, or in a worker pool): wired in at start. */
export type ArticleExtractor = (article: Article) => ExtractionResult | PlannedArticle | Promise<ExtractionResult | PlannedArticle>;

/** Ingests one article from the API through the command line's path: read, extract, plan, write. */
export class ArticleIngestService {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly extractFacts: ArticleExtractor,
    private readonly audit?: AuditRepository,
  ) {}

  async ingest(input: ArticleInput, actor?: Principal): Promise<IngestResult> {
    let article: Article;
    try {
      article = articleFromRecord(
        { id: input.id ?? undefined, text: input.text, title: input.title ?? undefined, published: input.published ?? undefined, publisher: input.publisher ?? undefined, url: input.url ?? undefined },
        '',
      );
    } catch (error) {
      if (error instanceof ArticleError) throw new InputError(`input.${error.field}`, error.message.replace(/^\w+: /, ''));
      throw error;
    }
    if (!article.id) article = { ...article, id: `api:${article.contentHash.slice(0, 16)}` };
    const extracted = await this.extractFacts(article);
    const { plan, eventsExtracted } = 'plan' in extracted ? extracted : { plan: planArticleWrite(article, extracted), eventsExtracted: extracted.events.length };
    const outcome = await this.articles.write(plan);
    if (actor && this.audit && outcome.status !== 'unchanged') {
      await this.audit.recordAfter(actor, 'ingestArticle', article.id, null, { contentHash: article.contentHash, title: article.title ?? null, ...outcome });
    }
    return {
      articleId: article.id,
      status: outcome.status,
      entitiesCreated: outcome.entitiesCreated,
      eventsCreated: outcome.eventsCreated,
      eventsMerged: outcome.eventsMerged,
      eventsExtracted,
    };
  }
}
