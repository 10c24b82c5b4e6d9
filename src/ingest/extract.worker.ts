import { parentPort } from 'node:worker_threads';

import { Article } from '../model/article';
import { extractArticle } from './extractor';

/** A worker thread of the extraction pool: one article in, its facts out (or the error's message). */
parentPort?.on('message', (message: { id: number; article: Article }) => {
  try {
    parentPort!.postMessage({ id: message.id, facts: extractArticle(message.article) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
