import { normaliseTopic } from '../../src/extract/topics';
import { tokenize } from '../../src/extract/text/tokens';

const words = (s: string): string[] => tokenize(s).map((t) => t.lower);
const topic = (s: string, verbPhrase = false) =>
  normaliseTopic(words(s), { verbPhrase, stateName: (w) => (w[0] === 'ukraine' ? 'Ukraine' : undefined) });

describe('normaliseTopic', () => {
  it('maps variants of one topic to one key', () => {
    expect(topic('the issue of legally binding security guarantees for the Russian Federation')?.key).toBe('security-guarantees');
    expect(topic('long-term legal security guarantees')?.key).toBe('security-guarantees');
    expect(topic('modern weapons and ammunition which are sent to Ukraine')).toMatchObject({ key: 'weapons-supplies', name: 'weapons supplies' });
    expect(topic('the supply of weapons')?.key).toBe('weapons-supplies');
    expect(topic('a diplomatic solution involving foreign ministers')?.key).toBe('diplomatic-solution');
    expect(topic('the eastward expansion of NATO')?.key).toBe('nato-enlargement');
    expect(topic('the exchange of prisoners')?.key).toBe('prisoner-exchange');
  });

  it('reads the situation in a state as one topic', () => {
    expect(topic('the developments around Ukraine')?.name).toBe('situation in Ukraine');
    expect(topic('the situation of Ukraine')?.name).toBe('situation in Ukraine');
  });

  it('keeps a leading verb in a verb phrase and unknown phrases as themselves', () => {
    expect(topic('maintain contact in the future as well', true)?.name).toBe('maintain contact');
    expect(topic('the negotiation process')?.key).toBe('negotiation-process');
    expect(topic('February 7')).toBeUndefined();
  });

  it('makes no topic of a generic noun or a pronoun standing alone (corpus phrases)', () => {
    expect(topic('the deteriorating conditions along the contact line')).toBeUndefined();
    expect(topic('the message of the President')).toBeUndefined();
    expect(topic('you very much for your support')).toBeUndefined();
    expect(topic('the security situation in the region')?.name).toBe('security situation');
    expect(topic('humanitarian aid')?.name).toBe('humanitarian aid');
  });
});

describe('topics from a vocabulary', () => {
  it('gives no topic from a bare common noun or a verb alone', () => {
    expect(normaliseTopic(['shape'])).toBeUndefined();
    expect(normaliseTopic(['the', 'staff'])).toBeUndefined();
    expect(normaliseTopic(['realise'], { verbPhrase: true })).toBeUndefined();
  });

  it('takes the broader issue of a phrase of the Phoenix issue vocabulary', () => {
    expect(normaliseTopic(['the', 'nuclear', 'reactors'])?.name).toBe('nuclear energy');
    expect(normaliseTopic(['embargo'])?.name).toBe('sanctions');
  });

  it('keeps a free phrase with a modifier and its head', () => {
    expect(normaliseTopic(['investment', 'cooperation'])?.key).toBe('investment-cooperation');
  });
});
