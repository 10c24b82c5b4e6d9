declare module 'wink-lemmatizer' {
  /** WordNet "morphy" lemmatisation with WordNet's exception lists (irregular forms). */
  export function verb(word: string): string;
  export function noun(word: string): string;
  export function adjective(word: string): string;
}

declare module 'wink-lexicon/src/lexicon.js' {
  /** word form -> its Penn Treebank tags ("shot": NN, VBD, VBN) */
  const lexicon: Record<string, string[]>;
  export = lexicon;
}
