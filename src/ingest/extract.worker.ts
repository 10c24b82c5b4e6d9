import { parentPort } from 'node:worker_threads';

import { Article } from '../model/article';
import { planArticleWrite } from '../model/plan';
import { extractArticle } from './extractor';

/** A worker thread of the extraction pool: one article in, its write plan out (or the error's message). */
parentPort?.on('message', (message: { id: number; article: Article }) => {
  try {
    const facts = extractArticle(message.article);
    parentPort!.postMessage({ id: message.id, planned: { plan: planArticleWrite(message.article, facts), eventsExtracted: facts.events.length } });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
