import { extract } from '../extract';
import { Article } from '../model/article';
import { Extractor } from './pipeline';

/** The product's extractor over an article: its text, its publication date and title. */
export const extractArticle: Extractor = (article: Article) => extract({ text: article.text, date: article.published, title: article.title, publisher: article.publisher });
