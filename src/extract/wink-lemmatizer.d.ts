declare module 'wink-lemmatizer' {
  /** WordNet "morphy" lemmatisation with WordNet's exception lists (irregular forms). */
  export function verb(word: string): string;
  export function noun(word: string): string;
  export function adjective(word: string): string;
}
