import { foldText, maskMarkup, slug } from '../../src/extract/text/normalize';
import { extract } from '../../src/extract';
import { splitSentences } from '../../src/extract/text/sentences';
import { tokenize } from '../../src/extract/text/tokens';
import { nounLemma, verbLemma } from '../../src/extract/lexicon/lemma';

// Sentences from ../shared/corpus (seed article, kremlin.ru, president.gov.ua, whitehouse.gov).
describe('splitSentences', () => {
  it('splits on full stops and line breaks, keeping offsets into the article', () => {
    const text = 'The dialogue was held on February 20. The objective of the talk was to have an in-depth discussion.\n\nUkraine and Russia Conflict\nDuring the recent conversation, both Presidents focused on the developments around Ukraine.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'The dialogue was held on February 20.',
      'The objective of the talk was to have an in-depth discussion.',
      'Ukraine and Russia Conflict',
      'During the recent conversation, both Presidents focused on the developments around Ukraine.',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not split after abbreviations and initials', () => {
    const s = splitSentences('The U.S. and Russian negotiators return to Geneva. George W. Bush spoke.');
    expect(s).toHaveLength(2);
    expect(s[0].text).toBe('The U.S. and Russian negotiators return to Geneva.');
  });

  it('splits on Markdown list item markers, at a line\'s start and inside a flattened line (White House)', () => {
    const text = '**Upcoming Consultations**\n\n-   January 10: USNATO Ambassador Smith will participate with Allies and Ukraine in NATO-Ukraine Commission -   January 11: Deputy Secretary Sherman will meet with NATO Secretary General Stoltenberg';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      '**Upcoming Consultations**',
      'January 10: USNATO Ambassador Smith will participate with Allies and Ukraine in NATO-Ukraine Commission',
      'January 11: Deputy Secretary Sherman will meet with NATO Secretary General Stoltenberg',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    // a hyphen between words or a dash with one space after it is no marker
    expect(splitSentences('Russia-Ukraine talks - the second round - went on.')).toHaveLength(1);
  });
});

describe('tokenize', () => {
  it('splits possessives and negations, keeps hyphens and acronyms, with absolute offsets', () => {
    const toks = tokenize("Donetsk People’s Republic didn't sign; U.S. long-term", 100);
    expect(toks.map((t) => t.text)).toEqual(['Donetsk', 'People', '’s', 'Republic', 'didn', "'t", 'sign', ';', 'U.S.', 'long-term']);
    expect(toks[0]).toMatchObject({ start: 100, end: 107, upper: true });
    expect(toks[2].lower).toBe("'s");
  });

  it('keeps an acronym with a one-letter variant after its slash whole, two acronyms apart (GSR dev, corpus)', () => {
    expect(tokenize('the Sudanese government and SPLM/A have agreed').map((t) => t.text)).toEqual(['the', 'Sudanese', 'government', 'and', 'SPLM/A', 'have', 'agreed']);
    expect(tokenize('the OECD/G20 Inclusive Framework').map((t) => t.text)).toEqual(['the', 'OECD', '/', 'G20', 'Inclusive', 'Framework']);
    const ev = extract({ text: 'With the signing of a Memorandum of Understanding (MOU) on Cessation of Hostilities, the Sudanese government and SPLM/A have agreed to allow ``unimpeded humanitarian access to all areas and for people in need.\'\'', date: '2004-10-10' }).events;
    expect(ev.find((e) => e.relation === 'AGREED')?.source).toEqual(['state:SDN']);
  });

  it('keeps a number with thousands separators whole, not a list of numbers (corpus)', () => {
    expect(tokenize('Russia has used 2,595 cruise missiles, 1,474.5 of them').map((t) => t.text)).toEqual(['Russia', 'has', 'used', '2,595', 'cruise', 'missiles', ',', '1,474.5', 'of', 'them']);
    expect(tokenize('in 2021,2022 and 1,23').map((t) => t.text)).toEqual(['in', '2021', ',', '2022', 'and', '1', ',', '23']);
  });
});

describe('foldText and slug', () => {
  it('folds case, curly apostrophes and diacritics', () => {
    expect(foldText('People’s Zelenskyy Kyïv')).toBe("people's zelenskyy kyiv");
    expect(slug('Heidi Grau')).toBe('heidi-grau');
    expect(slug("Donetsk People's Republic")).toBe('donetsk-peoples-republic');
  });
});

describe('lemmas', () => {
  it('lemmatises irregular verbs and plural nouns', () => {
    expect(verbLemma('sent')).toBe('send');
    expect(verbLemma('held')).toBe('hold');
    expect(verbLemma('accused')).toBe('accuse');
    expect(nounLemma('guarantees')).toBe('guarantee');
    expect(nounLemma('talks')).toBe('talk');
  });

  it('restores the silent e that morphy drops from a single-consonant stem, not a doubled one ("staged", "waging"; "hopped")', () => {
    expect(verbLemma('staged')).toBe('stage');
    expect(verbLemma('waging')).toBe('wage');
    expect(verbLemma('hoped')).toBe('hope');
    expect(verbLemma('hopped')).toBe('hop');
    expect(verbLemma('visited')).toBe('visit');
    expect(verbLemma('planned')).toBe('plan');
  });
});

describe('maskMarkup', () => {
  // White House pages keep Markdown links, bold and HTML tags in the corpus text
  const text = 'President Biden [met with](https://www.whitehouse.gov/briefing-room/readouts/) Prime Minister Store of Norway. **<u>Lowering Costs</u>**';

  it('blanks links, bold and tags character for character, keeping a link\'s label', () => {
    const masked = maskMarkup(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.replace(/\s+/g, ' ').trim()).toBe('President Biden met with Prime Minister Store of Norway. Lowering Costs');
    expect(masked.indexOf('Prime Minister')).toBe(text.indexOf('Prime Minister'));
  });

  it('lets the sentence read as one: the meeting is found, with the original sentence as evidence', () => {
    const r = extract({ text, date: '2022-01-27', publisher: 'The White House' });
    const met = r.events.find((e) => e.relation === 'MET_WITH');
    expect(met?.source).toEqual(['person:joe-biden']);
    expect(met?.sentence).toBe(text.slice(met!.start, met!.end));
    expect(met?.sentence).toContain('[met with](https://');
  });
});
