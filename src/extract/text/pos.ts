import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Part-of-speech tags (Universal Dependencies: VERB, AUX, NOUN, PROPN, ADJ, ADP, ...) from
 * wink-nlp with its English light model, which ships in its npm package. One pass per article;
 * our tokens take the tag of the tagger's token that covers their first character.
 */
type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function tagger(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export interface Tags {
  /** the tag at a character offset of the article, '' when none covers it */
  at(offset: number): string;
}

export function tagText(text: string): Tags {
  const n = tagger();
  const doc = n.readDoc(text);
  const values = doc.tokens().out(n.its.value) as string[];
  const spaces = doc.tokens().out(n.its.precedingSpaces) as string[];
  const tags = doc.tokens().out(n.its.pos) as string[];
  const starts: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    starts[i] = offset;
    offset += values[i].length;
  }
  return {
    at(o: number): string {
      let lo = 0;
      let hi = starts.length - 1;
      let best = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= o) { best = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return best >= 0 && o < starts[best] + values[best].length ? tags[best] : '';
    },
  };
}
