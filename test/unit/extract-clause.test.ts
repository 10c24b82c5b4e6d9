import { extract } from '../../src/extract';
import { aspectualGovernor, conditionalClause, coordinatedVerb, existentialOpening, headlineVerb, invertedModal, isQuestion, misreadVerbs, nounPhraseStart, subjectSlot, verbGroup } from '../../src/extract/events/clause';
import { evalSetOf } from '../../src/eval/split';
import { tagText } from '../../src/extract/text/pos';
import { tokenize, type Token } from '../../src/extract/text/tokens';
import type { ExtractionResult } from '../../src/extract/types';

/**
 * The clause analysis (src/extract/events/clause.ts) construction by construction, on sentences
 * from the corpus (../shared/corpus) and the PLV tune split (never validation). Expected values
 * are the grammar of the sentence, not the extractor's output.
 */
function tagged(text: string): Token[] {
  const tags = tagText(text);
  const tokens = tokenize(text);
  for (const t of tokens) t.pos = tags.at(t.start);
  return tokens;
}
const at = (tokens: Token[], word: string, nth = 0): number => tokens.map((t, i) => (t.lower === word ? i : -1)).filter((i) => i >= 0)[nth];

function events(text: string, date = '2022-03-01') {
  const r: ExtractionResult = extract({ text, date });
  return r.events;
}

describe('verb groups', () => {
  it('passive with its auxiliaries, coordinated participles sharing them (corpus, Yermak 2022)', () => {
    const t = tagged('Nearly seven hundred Ukrainian children have been killed, tortured, raped, and wounded by the Russian troops.');
    expect(verbGroup(t, at(t, 'killed')).passive).toBe(true);
    const wounded = verbGroup(t, at(t, 'wounded'));
    expect(wounded.coordinatedWith).toBeDefined();
    expect(wounded.passive).toBe(true);
  });

  it('negation and intention: "does not intend to fight" is negated, and "fight" an infinitive "intend" governs (corpus)', () => {
    const t = tagged('Russia does not intend to fight big business.');
    expect(verbGroup(t, at(t, 'intend')).negated).toBe(true);
    const fight = verbGroup(t, at(t, 'fight'));
    expect(fight.infinitive).toBe(true);
    expect(aspectualGovernor(t, fight)).toBe(at(t, 'intend'));
    // an intent disavowed is no threat, and the fight no attack
    expect(extract({ text: 'Russia does not intend to fight big business.', date: '2021-12-23' }).events).toEqual([]);
  });

  it('adverbs joined by "and" inside a group: the modal before them still governs the verb (corpus)', () => {
    const t = tagged('Moscow must immediately and unconditionally withdraw its troops from Ukraine. Croatia fundamentally and strongly supports our state in the struggle for independence.');
    const withdraw = verbGroup(t, at(t, 'withdraw'));
    expect(withdraw.obligation).toBe(true);
    expect(withdraw.start).toBe(at(t, 'must'));
    const supports = verbGroup(t, at(t, 'supports'));
    expect(supports.obligation || supports.hypothetical || supports.infinitive).toBe(false);
    expect(supports.start).toBe(at(t, 'fundamentally'));
  });

  it('a modal before its subject opens a condition ("should it further invade"), one after it is a modal ("the Ukrainian side should demine"; corpus)', () => {
    const t = tagged('The two leaders reviewed preparations to impose swift and severe economic costs on Russia should it further invade Ukraine.');
    expect(invertedModal(t, at(t, 'should'))).toBe(true);
    const d = tagged('In this regard, Vladimir Putin pointed out that the Ukrainian side should demine the ports as soon as possible.');
    expect(invertedModal(d, at(d, 'should'))).toBe(false);
    const q = tagged('Its name is quite eloquent, I quote: "What should Russia do with Ukraine".');
    expect(invertedModal(q, at(q, 'should'))).toBe(true);
  });

  it('an existential clause\'s tense and negation reach the participle after its noun phrase; a plain participle has none (corpus)', () => {
    const t = tagged('MR. KIRBY: The President has been crystal clear that there’s not going to be U.S. troops fighting in Ukraine.');
    expect(existentialOpening(t, verbGroup(t, at(t, 'fighting')), 0)).toBe(at(t, 'there'));
    const plain = tagged('The Armed Forces of Ukraine are fighting in the east.');
    expect(existentialOpening(plain, verbGroup(plain, at(plain, 'fighting')), 0)).toBeUndefined();
    // and the disavowed act is no event
    expect(events('MR. KIRBY: The President has been crystal clear that there’s not going to be U.S. troops fighting in Ukraine.', '2022-06-23').map((e) => e.relation)).not.toContain('ATTACKED');
  });

  it('modality: "may provide" is a possibility, "must establish" an obligation (corpus)', () => {
    const t = tagged('These are vaccines that may provide protection. We must establish defense councils.');
    expect(verbGroup(t, at(t, 'provide')).hypothetical).toBe(true);
    expect(verbGroup(t, at(t, 'establish')).obligation).toBe(true);
  });

  it('a verb of continuing governs its infinitive (PLV tune plv-0167)', () => {
    expect(evalSetOf('plv-0167')).toBe('tune');
    const t = tagged('Canada and Costa Rica have agreed to start negotiations for a bilateral free trade agreement.');
    expect(verbGroup(t, at(t, 'start')).infinitive).toBe(true);
    const t2 = tagged('Russian troops continued to shell Kharkiv.');
    expect(aspectualGovernor(t2, verbGroup(t2, at(t2, 'shell')))).toBe(at(t2, 'continued'));
  });

  it('coordination of verbs: "met and discussed" shares the subject; a noun between breaks it', () => {
    const t = tagged('The two leaders met and discussed the situation.');
    expect(coordinatedVerb(t, at(t, 'discussed'))).toBe(at(t, 'met'));
    const t2 = tagged('Russia attacked Ukraine and the EU imposed sanctions.');
    expect(coordinatedVerb(t2, at(t2, 'imposed'))).toBeUndefined();
  });
});

describe('conditions', () => {
  it('a modal before the subject, or a comparative correlative, opens a condition (corpus)', () => {
    const tokens = tagged('We are also ready to impose swift and severe consequences should Russia instead choose war.');
    expect(conditionalClause(tokens, 0, verbGroup(tokens, at(tokens, 'choose')))).toBe(true);
    // a comparative correlative: "the sooner X does, the sooner ..." (corpus)
    const sooner = tagged("The sooner Russia unblocks Ukraine's seaports, the sooner the food crisis in the world will stop.");
    expect(conditionalClause(sooner, 0, verbGroup(sooner, at(sooner, 'unblocks')))).toBe(true);
    expect(events("The sooner Russia unblocks Ukraine's seaports, the sooner the food crisis in the world will stop.", '2022-06-01')).toEqual([]);
    // the modal after the subject is an obligation, no condition
    const plain = tagged('Russia should choose peace.');
    expect(conditionalClause(plain, 0, verbGroup(plain, at(plain, 'choose')))).toBe(false);
  });
});

describe('passives joined by "and"', () => {
  it('a bare participle joined to a passive is passive, one with an object is not (corpus)', () => {
    const shields = tagged('The residents were brought to the middle floors and basements and used as human shields.');
    expect(verbGroup(shields, at(shields, 'used')).passive).toBe(true);
    expect(events('The residents were brought to the middle floors and basements and used as human shields.', '2022-05-01').some((e) => e.source.length > 0)).toBe(false);
    const satisfied = tagged('Both sides said they were satisfied with the current level of friendly Russian-Angolan relations and reaffirmed their mutual striving to develop them still further.');
    expect(verbGroup(satisfied, at(satisfied, 'reaffirmed')).passive).toBe(false);
  });
});

describe('coordinated subjects', () => {
  it('"Kuwait and its allies": a possessive after "and" stays in the subject phrase, whose actor is the source (PLV tune)', () => {
    const ev = events('Kuwait and its gulf war allies agreed to stage a joint command exercise, the largest one since december 1991, a senior military official announced today.').find((e) => e.relation === 'AGREED');
    expect(ev?.source).toEqual(['state:KWT']);
  });
});

describe('subject phrases without an actor at their head', () => {
  it('the noun before a place phrase: "the U.S. Attorney\'s Office in San Francisco have launched" (PLV tune plv-0106)', () => {
    const ev = events("The U.S. Department of Justice and the U.S. Attorney's Office in San Francisco have launched an investigation into the Leawood-based AMC Entertainment Holdings Inc.").find((e) => e.relation === 'ACCUSED');
    expect(ev?.source).toEqual(['state:USA']);
  });

  it('the first of a list: "Turkish police investigators, forensic experts and prosecutors searched" (PLV tune plv-0111)', () => {
    const ev = events("Turkish police investigators, forensic experts and prosecutors searched the Saudi consul general's residence for evidence on Wednesday afternoon.").find((e) => e.relation === 'ACCUSED');
    expect(ev?.source).toEqual(['state:TUR']);
  });

  it('not an opening phrase before the comma: "Following the NATO summit, the Vice President and the European leaders reviewed" (corpus)', () => {
    const evs = events('Following the February 25 extraordinary NATO summit, the Vice President and the European leaders reviewed recent and upcoming U.S. and NATO force posture adjustments.', '2022-03-11');
    expect(evs.some((e) => e.source.includes('org:NATO'))).toBe(false);
  });
});

describe('an -s form right after the actor that opens the clause is its verb', () => {
  it('"U.S. military gives medical equipment to Nicaragua" (PLV tune plv-0233)', () => {
    const ev = events('U.S. military gives medical equipment to Nicaragua.').find((e) => e.relation === 'PROVIDED_AID');
    expect([ev?.source, ev?.target]).toEqual([['state:USA'], ['state:NIC']]);
  });

  it('"The Russian army fires missiles at Ukraine" (corpus)', () => {
    const ev = events('The Russian army fires missiles at Ukraine every day and every night.', '2022-03-20').find((e) => e.relation === 'ATTACKED');
    expect([ev?.source, ev?.target]).toEqual([['state:RUS'], ['state:UKR']]);
  });

  it('but a plural noun after a demonym stays a noun: "the Russian demands" is the nominal event, not the verb', () => {
    const r = extract({ text: 'The Russian demands were discussed at length.', date: '2022-03-01' });
    expect(r.events.filter((e) => e.relation === 'CALLED_FOR').map((e) => e.pattern)).toEqual(['noun demand']);
  });
});

describe('verbs joined by a comma or "and"', () => {
  it('share the subject of the verb before, not of a participle inside a noun phrase ("Russia\'s continued military build-up") (corpus)', () => {
    const text = 'President Biden met with Chancellor Olaf Scholz of Germany. The leaders discussed ongoing diplomatic and deterrence efforts in response to Russia\'s continued military build-up on Ukraine\'s borders, reaffirmed their support for Ukraine\'s sovereignty and territorial integrity.';
    const support = events(text, '2022-02-07').find((e) => e.relation === 'SUPPORTED');
    expect([support?.source, support?.target]).toEqual([['person:joe-biden', 'person:olaf-scholz'], ['state:UKR']]);
  });

  it('a bare verb joined to an infinitive is an infinitive, no act: "to fix the system and provide a pathway" (corpus)', () => {
    expect(events('The President also laid out his vision to fix our broken immigration system and provide a pathway to citizenship for Dreamers.', '2022-03-02')).toEqual([]);
    expect(events('As a result, several CIS member countries are taking measures to enhance their public health services, create new research centres and revert to earlier approaches.', '2021-12-28')).toEqual([]);
    // a finite verb after "and" is a verb of its own
    expect(events('Russia agreed to stop the shelling and withdrew its troops.').map((e) => e.relation)).toContain('RETREATED');
  });
});

describe('what is only expected', () => {
  it('a clause after a noun of expectation or conviction and "that" reports no act (corpus)', () => {
    expect(events('The Deputy Head of the Office of the President expressed expectation that Italy would clearly support the sixth package of EU sanctions.', '2022-05-12')).toEqual([]);
    expect(events('Volodymyr Zelenskyy expressed his conviction that official Berlin supports the provision of the candidate status to Ukraine.', '2022-05-03')).toEqual([]);
  });
});

describe('what did not happen', () => {
  it('"would have" or "should have" with a participle is no act (corpus, PLV tune plv-0627)', () => {
    expect(events('With foreign technical support, the pro-Nazi Kiev regime would have obtained weapons of mass destruction and would have targeted them against Russia.', '2022-02-24')).toEqual([]);
    const veto = events('Russia vetoed today a UN draft resolution presented by Britain that would have pressured Iran over its failure to block supplies of missiles.', '2018-02-26');
    expect(veto.map((e) => e.relation)).toEqual(['REJECTED']);
    // "would" alone, as in reported speech, still tells an act to come
    expect(events('Putin said Russia would attack Ukraine.').map((e) => e.relation)).toContain('WARNED');
  });
});

describe('headline verbs', () => {
  const opensWithActor = (n: number) => (i: number) => (i === n ? 0 : undefined);
  const anyVerb = () => true;

  it('a present-tense verb read as a plural noun after the opening actor is the verb (PLV tune plv-0921)', () => {
    const t = tagged('Venezuela releases dozens of political activists.');
    expect(t[1].pos).toBe('NOUN');
    expect(headlineVerb(t, opensWithActor(1), anyVerb)).toBe(1);
  });

  it('not where the sentence has a finite verb: "NATO countries did not want to heed us" (corpus)', () => {
    const t = tagged('NATO countries did not want to heed us, which means they had totally different plans.');
    expect(headlineVerb(t, opensWithActor(1), anyVerb)).toBeUndefined();
  });

  it('not when no noun phrase follows, nor when the word is no verb', () => {
    const t = tagged('Venezuela releases dozens of political activists.');
    expect(headlineVerb(t, opensWithActor(1), () => false)).toBeUndefined();
    const u = tagged('Ukraine peace talks.');
    expect(headlineVerb(u, opensWithActor(2), anyVerb)).toBeUndefined();
  });
});

describe('verb forms the tagger misreads', () => {
  const anyVerb = () => true;

  it('a past form between the subject and a determiner is the verb: "police tortured a 35-year-old inmate" (PLV tune plv-0317)', () => {
    const t = tagged('Iranian intelligence police tortured a 35-year-old inmate to death in western Iran yesterday.');
    expect(t[at(t, 'tortured')].pos).not.toBe('VERB');
    expect(misreadVerbs(t, anyVerb)).toEqual([at(t, 'tortured')]);
  });

  it('a participle after "has" is a verb: "Poland has sheltered 2.3 million Ukrainians" (corpus)', () => {
    const t = tagged('Andrzej Duda said that as of now, Poland has sheltered 2.3 million Ukrainians.');
    expect(misreadVerbs(t, anyVerb)).toContain(at(t, 'sheltered'));
  });

  it('a participle before its noun stays in the phrase: "the Ukrainian armed forces" (corpus)', () => {
    const t = tagged('First, the assessment of our military about what is most impactful, what is best able to help the Ukrainian armed forces turn back Russian aggression.');
    expect(misreadVerbs(t, anyVerb)).not.toContain(at(t, 'armed'));
  });

  it('an -ing form after "is" and an adverb, before its object, is the verb: "is currently striking" (PLV tune)', () => {
    const t = tagged('The IDF is currently striking Islamic Jihad terror targets in the Gaza Strip, it said.');
    expect(t[at(t, 'striking')].pos).not.toBe('VERB');
    expect(misreadVerbs(t, anyVerb)).toContain(at(t, 'striking'));
  });

  it('only verbs the dictionaries know', () => {
    const t = tagged('Iranian intelligence police tortured a 35-year-old inmate to death in western Iran yesterday.');
    expect(misreadVerbs(t, () => false)).toEqual([]);
  });
});

describe('subject slots', () => {
  it('the noun phrase right before the verb group, past a time adjunct (PLV tune)', () => {
    const t = tagged('Russian President Boris Yeltsin on Saturday hosted Japanese Prime Minister Ryutaro Hashimoto.');
    const slot = subjectSlot(t, verbGroup(t, at(t, 'hosted')), 0);
    expect(slot).toEqual({ kind: 'phrase', at: at(t, 'yeltsin') });
  });

  it('"which" after a place phrase stands for the noun the place follows, not the place; after "from" for the actor (corpus)', () => {
    const t = tagged('Establishment of a permanent V Corps Headquarters Forward Command Post in Poland, which will improve U.S.-NATO interoperability across the eastern flank.');
    expect(subjectSlot(t, verbGroup(t, at(t, 'improve')), 0)).toEqual({ kind: 'phrase', at: at(t, 'post') });
    const r = tagged('There are specific reasons - opposition from Russia, which does not want Ukraine to be a member of NATO.');
    expect(subjectSlot(r, verbGroup(r, at(r, 'want')), 0)).toEqual({ kind: 'phrase', at: at(r, 'russia') });
  });

  it('a verb after "please" is an imperative: no subject, the names before it are addressed (corpus)', () => {
    const t = tagged('Mr Larionov and Mr Levitin, please accept our sincere greetings.');
    expect(subjectSlot(t, verbGroup(t, at(t, 'accept')), 0)).toEqual({ kind: 'none' });
  });

  it('relative clause: "X, who ..." and "vaccines that ..." stand for their antecedent (corpus)', () => {
    const t = tagged('Putin, who visited China, said it.');
    expect(subjectSlot(t, verbGroup(t, at(t, 'visited')), 0)).toEqual({ kind: 'phrase', at: at(t, 'putin') });
    const t2 = tagged('These are vaccines that may provide protection.');
    expect(subjectSlot(t2, verbGroup(t2, at(t2, 'provide')), 0)).toEqual({ kind: 'phrase', at: at(t2, 'vaccines') });
  });

  it('a verb phrase joined by "and" takes the earlier verb as its subject source (corpus readout)', () => {
    const t = tagged('The leaders affirmed their solidarity with the Ukrainian people and condemned the suffering.');
    expect(subjectSlot(t, verbGroup(t, at(t, 'condemned')), 0)).toEqual({ kind: 'verb', at: at(t, 'affirmed') });
  });

  it('the noun phrase of a subject whose head is no actor: "Athens\' foreign ministry" (PLV tune)', () => {
    const t = tagged("Athens' foreign ministry summoned the Turkish ambassador in protest.");
    expect(nounPhraseStart(t, at(t, 'ministry'), 0)).toBe(0);
  });

  it('a question reports nothing', () => {
    expect(isQuestion(tagged('Did President Zelenskyy specifically ask for this to help pay for salaries?'))).toBe(true);
    expect(isQuestion(tagged('President Zelenskyy asked for this.'))).toBe(false);
  });
});

describe('events from the clause analysis', () => {
  it('passive with coordinated participles: the by-agent is the source, the subject the target (corpus)', () => {
    const evs = events('Since February 24, nearly seven hundred Ukrainian children have been killed, tortured, raped, and wounded by the Russian troops.');
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) expect(e.source).toEqual(['state:RUS']);
  });

  it('a non-actor subject gives no event: "vaccines that may provide", "the fighters learned" (corpus)', () => {
    expect(events('The United States will donate vaccines that may provide protection to Ukraine.').filter((e) => e.relation === 'PROVIDED_AID' && e.pattern?.includes('provide'))).toEqual([]);
  });

  it('an intention is no act: "does not intend to fight big business" (corpus)', () => {
    expect(events('President Putin said Russia does not intend to fight big business.').some((e) => e.relation === 'ATTACKED')).toBe(false);
  });

  it('a question is no act (corpus press briefing)', () => {
    expect(events('Did President Zelenskyy specifically ask for this to help pay for salaries and other government functions?')).toEqual([]);
  });

  it('a condition is no act: "If Russia invades Ukraine" (corpus)', () => {
    expect(events('If Russia further invades Ukraine, the United States will respond.', '2022-01-20').some((e) => e.relation === 'ATTACKED')).toBe(false);
  });

  it('a relative clause codes its antecedent: "Putin, who invaded Ukraine, ..." (corpus)', () => {
    const ev = events('Putin, who invaded Ukraine, has failed.', '2022-05-08').find((e) => e.relation === 'ATTACKED');
    expect(ev?.source).toEqual(['person:vladimir-putin']);
    expect(ev?.target).toEqual(['state:UKR']);
  });

  it('a state-side noun phrase acts for its state: "Athens\' foreign ministry summoned" (PLV tune)', () => {
    const ev = events("Athens' foreign ministry summoned the Turkish ambassador in protest.").find((e) => e.relation === 'CRITICIZED');
    expect(ev?.source).toEqual(['state:GRC']);
  });

  it('a willing state promises: "Egypt is willing to withdraw its troops" (PLV tune plv-0142)', () => {
    expect(evalSetOf('plv-0142')).toBe('tune');
    const evs = events('Egypt is willing to withdraw its troops if it can retain a civil administration in Gaza.');
    expect(evs.some((e) => e.source.includes('state:EGY') && (e.relation === 'AGREED' || e.relation === 'RETREATED'))).toBe(true);
  });

  it('a named act of a state takes its target only from its own complement (corpus)', () => {
    const ev = events('Since the beginning of the Russian aggression, the Republic of Lithuania has sheltered more than 50,000 Ukrainian displaced persons.').find((e) => e.relation === 'ATTACKED');
    expect(ev?.target ?? []).not.toContain('state:LTU');
  });
});
