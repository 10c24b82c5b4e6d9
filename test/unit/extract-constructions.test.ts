import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src/extract';
import { scorePlv, type PlvRecord } from '../../src/eval/plv';
import { evalSetOf } from '../../src/eval/split';
import { namedEvents as events } from '../support/extract';
import { corpusRecord } from '../support/corpus';

/**
 * One construction at a time, with sentences from the corpus (../shared/corpus) and the PLV tune
 * split (never validation). Expected values are the reading of the sentence (or the PLV human
 * coding), not the extractor's output.
 */
const SHARED = process.env.SHARED_DIR ?? path.resolve(__dirname, '../../../shared');


describe('constructions', () => {
  it('passive with a by-agent: the agent is the source, the subject the target', () => {
    const ev = events('Ukraine was attacked by Russia a long time ago - in 2014.').find((e) => e.relation === 'ATTACKED');
    expect(ev).toMatchObject({ source: ['state:RUS'], target: ['state:UKR'] });
  });

  it('reported speech: a charge the speaker makes, never the act as a fact', () => {
    const evs = events('In addition, Vladimir Putin noted that Kiev was sabotaging the talks between Russia and Ukraine.');
    const charge = evs.find((e) => e.relation === 'ACCUSED');
    expect(charge).toMatchObject({ source: ['person:vladimir-putin'], speaker: 'person:vladimir-putin' });
    expect(charge!.target).toContain('state:UKR');
    expect(evs.some((e) => e.source.includes('state:UKR') && e.relation !== 'ACCUSED')).toBe(false);
  });

  it('control by a verb of deciding or intending: what is decided is the act, what is intended an intent (PLV tune plv-0960; corpus)', () => {
    const ease = events('The U.S. State Department has decided to ease some of its most stringent restrictions on humanitarian assistance to North Korea, lifting travel restrictions on American aid workers.', '2019-01-01');
    expect(ease.find((e) => e.relation === 'CONCEDED')).toMatchObject({ source: ['state:USA'], plover: 'CONCEDE' });
    const allocate = events('In addition, Canada has decided to allocate USD 120 million of special grant funds for Ukraine.', '2022-01-20');
    expect(allocate.find((e) => e.relation === 'PROVIDED_AID')).toMatchObject({ source: ['state:CAN'], target: ['state:UKR'] });
    const intends = events('In addition, President Biden informed President Zelenskyy that the United States intends to provide the Ukrainian government with $500 million in direct budgetary aid.', '2022-03-30');
    expect(intends.some((e) => e.relation === 'AGREED' && e.source.includes('state:USA'))).toBe(true);
    expect(intends.some((e) => e.relation === 'PROVIDED_AID')).toBe(false);
    // a plan named by a noun is no verb of intending ("Russia's military plans to capture Ukraine have failed")
    const plans = events("He noted that Russia's military plans to capture Ukraine have failed, but the Kremlin continues hostilities.", '2022-06-01');
    expect(plans.some((e) => e.relation === 'WARNED')).toBe(false);
  });

  it('"they" in a long answer is not a group named many sentences before; a joint statement\'s "they" are the signatories it opens with (corpus)', () => {
    const article = (id: string) => fs.readFileSync(path.join(SHARED, `corpus/${id.startsWith('kremlin') ? 'kremlin' : 'whitehouse'}-2021-2022.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((a) => a.id === id);
    // Putin at the St Petersburg forum names "Germany, France and Poland" once, as the guarantors of 2014
    const spief = article('kremlin-68669');
    const said = extract({ text: spief.text, date: spief.published.slice(0, 10) });
    const gfp = said.events.filter((e) => ['state:DEU', 'state:FRA', 'state:POL'].every((id) => e.source.includes(id)));
    expect(gfp.map((e) => e.relation)).toEqual(['DISCUSSED']);
    const joint = article('whitehouse-2021-10-29-united-states-france-joint-statement');
    const signed = extract({ text: joint.text, date: joint.published.slice(0, 10) });
    // ("They support the invitation of the EU ... to the upcoming NATO Leaders' Summit": the two presidents, or their states)
    const signatories = (e: { source: string[] }) => e.source.some((s) => s === 'person:joe-biden' || s === 'state:USA') && e.source.some((s) => s === 'person:emmanuel-macron' || s === 'state:FRA');
    expect(signed.events.some((e) => e.relation === 'SUPPORTED' && signatories(e) && e.target.includes('org:NATO'))).toBe(true);
  });

  it('"he" as the subject of a clause "and" joins continues the sentence\'s own subject, not the last man named (corpus)', () => {
    const pledged = events('President Biden thanked President Duda and the people of Poland for opening their homes and hearts to their neighbors in need, and he pledged continued U.S. support to these humanitarian assistance efforts.', '2022-03-26');
    expect(pledged.some((e) => e.source.includes('person:andrzej-duda'))).toBe(false);
    expect(pledged.find((e) => e.relation === 'SUPPORTED')?.source).toEqual(['person:joe-biden']);
  });

  it('"they" is the meeting at hand a readout opens with, not a meeting a speech mentions in passing (corpus)', () => {
    const line = fs.readFileSync(path.join(SHARED, 'corpus/ukraine-president-2021-2022.jsonl'), 'utf8').split('\n').find((l) => l.includes('zelenskogo-u-parlamenti-malti-74961'))!;
    const malta = JSON.parse(line);
    // "... when President of the European Council Charles Michel visited our warm city of Odesa and met with
    // Prime Minister of Ukraine Denys Shmyhal ..." and, six sentences on, "They blocked it from both land and sea." (the occupiers)
    const said = extract({ text: malta.text, date: malta.published.slice(0, 10) });
    const theirs = said.events.filter((e) => e.source.includes('person:charles-michel') && e.source.includes('person:denys-shmyhal'));
    expect(theirs).toEqual([]);
    expect(said.events.some((e) => e.relation === 'MET_WITH' && e.source.includes('person:charles-michel') && e.target.includes('person:denys-shmyhal'))).toBe(true);
  });

  it('"he" opening a sentence is the subject the sentence before opened with, not the last man named; a speaker\'s label is no subject (corpus)', () => {
    const focused = events("Roman Mashovets informed Tobias Thyberg about the complication of the situation in eastern Ukraine and the concentration of an armed group along the Ukrainian border ready to be used by the Russian Federation against our state at any moment. He focused on Russia's holding of a series of exercises against Ukraine this year, the asymmetry of Russia's actions and its use of Belarusian territory to possibly expand aggression.", '2021-11-08');
    expect(focused.find((e) => e.relation === 'DISCUSSED')?.sourceNames).toEqual(['Roman Mashovets']);
    const label = events("Petr Kozlov: Alexei Navalny's Anti-Corruption Foundation and headquarters were designated as extremist organisations and disbanded this year. He is in prison now, after being poisoned, conducting an investigation into the poisoning and claiming to have identified the individuals involved.", '2021-12-23');
    expect(label.some((e) => e.sourceNames.includes('Petr Kozlov'))).toBe(false);
  });

  it('coordination stops at the comma that closes a phrase a preposition opens before the subject (corpus)', () => {
    const uphold = events('As a permanent member of the UN Security Council, Russia is set to continue to firmly uphold the fundamental principles enshrined in the UN Charter such as sovereignty and equality of states, non-interference in their internal affairs, fair settlement of disputes and of course, the key role of the UN in addressing international problems.', '2021-11-18');
    expect(uphold.find((e) => e.relation === 'SUPPORTED')?.source).toEqual(['state:RUS']);
    const uzbek = events('At the initiative of the Uzbek side, Vladimir Putin had a telephone conversation with President of the Republic of Uzbekistan Shavkat Mirziyoyev.', '2022-03-12');
    expect(uzbek.find((e) => e.relation === 'MET_WITH')?.source).toEqual(['person:vladimir-putin']);
    // a list in the subject itself still joins
    const list = events('Vladimir Putin, Emmanuel Macron and Olaf Scholz discussed the situation in Ukraine.', '2022-02-01');
    expect(list.find((e) => e.relation === 'DISCUSSED')?.source).toHaveLength(3);
  });

  it('coordination in a noun\'s by-agent: every actor a list joins acts, and a cooperation of several is mutual (corpus)', () => {
    const commitments = events('The United States welcomes the commitments by Australia, Canada, the European Union, Japan, and the United Kingdom that they will also take similarly forceful actions to hold Russia accountable.', '2022-02-24');
    expect(commitments.find((e) => e.relation === 'AGREED')?.sourceNames).toEqual(['Australia', 'Canada', 'European Union', 'Japan', 'United Kingdom']);
    const coastGuards = events('Prime Minister Kishida and President Biden affirmed their intent to deepen cooperation on joint training and capacity building in third countries, including through cooperation by the Japan and U.S. Coast Guards.', '2022-05-23');
    expect(coastGuards.find((e) => e.relation === 'COOPERATED' && e.sourceNames.includes('Japan'))?.sourceNames).toEqual(['Japan', 'United States']);
    // a comma alone joins no one: the main clause's subject after the phrase is not an agent
    const iea = events('After intensive around-the-clock coordination and consultation by President Biden, the International Energy Agency (IEA) Member countries agreed to a collective release of an initial 60 million barrels of crude oil.', '2022-03-08');
    expect(iea.find((e) => e.relation === 'MET_WITH')?.source).toEqual(['person:joe-biden']);
  });

  it('reported speech: what one regrets is reported, and an act before a reported clause takes no target from inside it (corpus; PLV tune plv-0622)', () => {
    // "expressed regret that ..." (CAMEO * REGRET [018], an empathetic comment) is no support for the actor of the regretted clause
    const regret = events('This was stated by President Volodymyr Zelenskyy, answering questions from the media after negotiations with Chancellor of Austria Karl Nehammer in Kyiv. "Ukraine has always said that it is ready for negotiations and will look for any ways to end the war," the Head of State said. At the same time, he expressed regret that a significant concentration of Russian troops in the east and south of our country is taking place in parallel with the negotiation process.', '2022-04-09');
    expect(regret.some((e) => e.relation === 'SUPPORTED' && e.target.includes('state:RUS'))).toBe(false);
    const denied = events('Ukraine denied entry to an Austrian journalist, claiming that Austria has been too friendly to Russia.');
    const rejected = denied.find((e) => e.relation === 'REJECTED');
    expect(rejected?.source).toEqual(['state:UKR']);
    expect(rejected?.targetNames).not.toContain('Austria');
    expect(rejected?.targetNames).not.toContain('Russia');
  });

  it('a headline\'s present tense the tagger reads as a noun: "X releases/lifts/bans ..." (PLV tune plv-0921, plv-0956; corpus)', () => {
    expect(events('Venezuela releases dozens of political activists.').find((e) => e.relation === 'CONCEDED')).toMatchObject({ source: ['state:VEN'] });
    const lift = events('Saudi Arabia lifts blockade of Qatar in breakthrough agreement easing Gulf crisis.').find((e) => e.relation === 'CONCEDED');
    expect(lift).toMatchObject({ source: ['state:SAU'], target: ['state:QAT'] });
    expect(events('America bans imports of oil from Russia, petroleum products, gas, coal.').find((e) => e.relation === 'COERCED')?.source).toEqual(['state:USA']);
  });

  it('a verb the tagger read as an adjective still acts: "police tortured an inmate", "has sheltered" (PLV tune plv-0317; corpus)', () => {
    expect(events('Iranian intelligence police tortured a 35-year-old inmate to death in western Iran yesterday.').find((e) => e.relation === 'ATTACKED')?.source).toEqual(['state:IRN']);
    expect(events('Andrzej Duda said that as of now, Poland has sheltered 2.3 million Ukrainians.').find((e) => e.relation === 'PROVIDED_AID')?.source).toEqual(['state:POL']);
  });

  it('nominal event in a plural WordNet does not know: "launched further airstrikes on ISIL fighters" (PLV tune plv-0363)', () => {
    const ev = events("Iraqi forces have launched further airstrikes on ISIL fighters still holding out in Mosul's Old City.").find((e) => e.relation === 'ATTACKED');
    expect(ev).toMatchObject({ source: ['state:IRQ'] });
    expect(ev!.pattern).toBe('noun airstrike');
  });

  it('reported speech: the pronoun subject of the reported clause is the speaker, past a time adjunct or after a verb of our own readings (PLV tune plv-0767 and tune)', () => {
    const suspended = events('The European Commission announced earlier Monday that it had suspended humanitarian aid to Kabul in protest at the harassment of aid organisations by the Taliban.').find((e) => e.relation === 'SANCTIONED');
    expect(suspended?.source).toEqual(['org:EC']);
    const enforcing = events("The Chinese government insists it is strictly enforcing all United Nations sanctions, which now include a ban on North Korea's lucrative exports of coal.").find((e) => e.relation === 'SANCTIONED');
    expect(enforcing?.source).toEqual(['state:CHN']);
  });

  it('relative clause inside the subject: an actor there is not the main verb\'s subject, its antecedent is (corpus)', () => {
    const evs = events('Representatives of countries that invest significant resources in the Russian economy are taking part in this meeting.', '2021-10-13');
    expect(evs.filter((e) => e.source.includes('state:RUS'))).toEqual([]);
  });

  it('a parenthesis between subject and verb, an acronym in capitals no relative pronoun: "The World Health Organization (WHO) is providing" (PLV tune plv-0228)', () => {
    const ev = events('The World Health Organization (WHO) is providing urgent assistance to meet the health needs of thousands of people impacted by flooding in Malawi, Mozambique and Zimbabwe.').find((e) => e.relation === 'PROVIDED_AID');
    expect(ev?.sourceNames).toEqual(['World Health Organization']);
  });

  it('an amount is an object: "EU provides €45m support" (PLV tune plv-0239)', () => {
    expect(events('EU provides €45m support for agri-businesses in Nigeria and other African countries.').find((e) => e.relation === 'PROVIDED_AID')?.source).toEqual(['org:EU']);
  });

  it('a past form after "the US military" is the verb, after "new" in an object a participle (PLV tune plv-0379, plv-0782; corpus)', () => {
    expect(events('The US military struck Iran-backed militia groups last January in areas in Iraq and Syria along that border area.').find((e) => e.relation === 'ATTACKED')?.source).toEqual(['state:USA']);
    expect(events('The Russian military fired at ordinary residential neighborhoods.', '2022-04-01').find((e) => e.relation === 'ATTACKED')?.source).toEqual(['state:RUS']);
    const sanctions = events('On Tuesday, the U.S. government imposed new targeted sanctions over the Rohingya crisis, including travel bans and asset freezes.');
    expect(sanctions.find((e) => e.relation === 'SANCTIONED')?.source).toEqual(['state:USA']);
  });

  it('purpose of a call: the caller alone congratulates, both sides discuss (PLV tune plv-0798; corpus)', () => {
    const evs = events("Prime Minister Benjamin Netanyahu called new Australian Prime Minister Scott Morrison on Wednesday to congratulate him on becoming Australia's new prime minister.");
    expect(evs.find((e) => e.relation === 'MET_WITH')).toMatchObject({ source: ['person:benjamin-netanyahu'], target: ['person:scott-morrison'] });
    const congratulated = evs.find((e) => e.relation === 'SUPPORTED');
    expect(congratulated?.source).toEqual(['person:benjamin-netanyahu']);
    expect(congratulated?.target).toContain('person:scott-morrison');
  });

  it('a reading\'s object stays in the verb\'s phrase: "to reinforce our shared commitment to strengthen Ukraine\'s position" mobilises nothing (corpus)', () => {
    const text = 'Today, President Biden and G7 Leaders met with President Zelenskyy of Ukraine to reinforce our shared commitment to strengthen Ukraine’s position on the battlefield and at the negotiating table.';
    expect(events(text, '2022-06-27').map((e) => e.relation)).not.toContain('MOBILIZED');
  });

  it('a passive in a clause "as" opens has no subject, so no patient: "Both sides noted ..., as discussed by ... Lukashenko and ... Merkel" (corpus, seed 37 reading; the whole article)', () => {
    const a = corpusRecord('kremlin-67165');
    const r = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher });
    const ev = r.events.find((e) => e.relation === 'DISCUSSED' && e.sentence.includes('as discussed by President of Belarus'));
    expect(ev?.source).toContain('person:alexander-lukashenko');
    expect(ev?.target).not.toContain('person:vladimir-putin');
  });

  it('a vocative is whom the speaker addresses: "Mr President, thank you for noting ..." is no thanks of the President\'s (corpus, seed 594 reading; the whole transcript)', () => {
    const a = corpusRecord('kremlin-67278');
    const r = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher });
    const thanks = r.events.filter((e) => e.sentence.startsWith('Mr President, thank you for noting'));
    expect(thanks.filter((e) => e.source.includes('person:vladimir-putin'))).toEqual([]);
  });

  it('a name in "near the city of" is where the act happens, as after "near" (corpus, seed 577 reading; the whole address)', () => {
    const a = corpusRecord('ukraine-president-kozhen-den-sprotivu-stvoryuye-dlya-ukrayini-krashi-umovi-na-73417');
    const r = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher });
    const ev = r.events.find((e) => e.sentence.includes('destroying a column of enemy equipment near the city of Kyiv'));
    expect(ev?.relation).toBe('ATTACKED');
    expect(ev?.target).not.toContain('state:UKR');
  });

  it('a verb alone in quotation marks is named at a distance, not asserted, and still ends the clause before it (corpus, seed 578 reading)', () => {
    expect(events('Russia "congratulated" Ukraine on Easter with an air threat almost all over our country, a missile strike at the Poltava region, and a missile strike at Kremenchuk.', '2022-04-24').map((e) => e.relation)).not.toContain('SUPPORTED');
    // ("came to" is no arrival with the quoted verb of its infinitive after it)
    expect(events('That\'s how Russia came to "defend" Donbas.', '2022-04-08')).toEqual([]);
  });

  it('an actor after "together with" acts beside the subject, no target (corpus, seed 578 reading; the whole readout)', () => {
    const a = corpusRecord('kremlin-68176');
    const r = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher });
    const ev = r.events.filter((e) => e.sentence.includes('he will visit the Vostochny Cosmodrome together with'));
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.flatMap((e) => e.target)).not.toContain('person:alexander-lukashenko');
  });

  it('a named act\'s owner is no subject a verb joined later shares (corpus, seed 580 reading)', () => {
    const invite = events('I noted Ireland\'s active support for our European integration and invited Irish Prime Minister Martin to visit Ukraine.', '2022-06-30').find((e) => e.relation === 'CALLED_FOR');
    expect(invite?.source ?? []).not.toContain('state:IRL');
    const talk = events('The leaders recognized the bravery of the Ukrainian people in the face of Russian aggression and discussed their continued support to Ukraine, including security, economic, and humanitarian assistance.', '2022-02-28').find((e) => e.relation === 'DISCUSSED');
    expect(talk?.source ?? []).not.toContain('state:RUS');
  });

  it('a named act\'s owner is every actor joined to the possessor, and a possessive reference resolved (corpus, seed 577 and 582 readings)', () => {
    const co = events('Russia and Azerbaijan\'s cooperation in medicine and pharmaceuticals is on the rise.', '2022-02-22').find((e) => e.relation === 'COOPERATED');
    expect(co?.source.sort()).toEqual(['state:AZE', 'state:RUS']);
    const pledge = events('Mr. Sullivan and Mr. Mufamadi reaffirmed President Biden and President Ramaphosa’s commitment to strengthen the U.S-South Africa bilateral relationship.', '2022-04-25').find((e) => e.relation === 'AGREED');
    expect(pledge?.source).toContain('person:joe-biden');
    const support = events('António Costa assured Ukraine of his country\'s support in winning the war and establishing peace throughout Europe.', '2022-05-21').find((e) => e.relation === 'SUPPORTED');
    expect(support?.source).toEqual(['state:PRT']);
  });

  it('a named act heading the subject acts through its owner, not what it is done to: "Russia\'s treacherous, unprovoked invasion of Ukraine has forced" (corpus, seed 583 reading)', () => {
    const forced = events('But Russia\'s treacherous, unprovoked invasion of Ukraine has forced all countries to reconsider their positions: some have taken the lead, and some have remained in the shadows.', '2022-04-30').find((e) => e.relation === 'COERCED');
    expect(forced?.source).toEqual(['state:RUS']);
    const destroyed = events('"The Russian invasion of Ukraine destroyed everything that security in our region, and I am sure international security, was based on.', '2022-03-15').find((e) => e.pattern?.startsWith('own destroy'));
    expect(destroyed?.source).toEqual(['state:RUS']);
  });

  it('a named act in reported speech is the act with its speaker, no charge: "noted that in the difficult moment of the Russian invasion, Ukrainians are very grateful" (corpus, ACCUSED reading)', () => {
    const found = events('Volodymyr Zelenskyy also noted that in the difficult moment of the Russian invasion, Ukrainians are very grateful for the bold position of Charles Michel and his personal presence in Odesa.', '2022-06-20');
    expect(found.map((e) => e.relation)).not.toContain('ACCUSED');
    expect(found.find((e) => e.relation === 'ATTACKED')).toMatchObject({ source: ['state:RUS'], speaker: 'person:volodymyr-zelenskyy' });
  });

  it('an actor after a preposition of subject matter is what the act is about, no target: "would not agree with the passive sanctions position of some entities regarding Russia" (corpus, seed 43 reading)', () => {
    const ev = events('The President also stressed that Ukraine would not agree with the passive sanctions position of some entities regarding Russia.', '2022-04-18').find((e) => e.source.includes('state:UKR'));
    expect(ev).toBeDefined();
    expect(ev?.target).not.toContain('state:RUS');
  });

  it('the infinitive of an appeal\'s noun no event carries is an act only asked for: "have a common view on the need to strengthen sanctions against Russia" charges no one (corpus, seed 588 reading)', () => {
    const a = corpusRecord('ukraine-president-slovachchina-j-nadali-nadavatime-maksimalnu-bezpekovu-dopomo-75489');
    const r = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher });
    const found = r.events.filter((e) => e.sentence.includes('a common view on the need to strengthen sanctions'));
    expect(found.filter((e) => e.relation === 'ACCUSED' || e.relation === 'SANCTIONED')).toEqual([]);
  });

  it('passive with a list of by-agents: every agent the list joins is a source, none a target (corpus)', () => {
    const ev = events('The President praised the comprehensive support provided by the Netherlands and Germany to Ukraine since the beginning of the full-scale Russian invasion.', '2022-05-05').find((e) => e.relation === 'PROVIDED_AID');
    expect(ev?.source.sort()).toEqual(['state:DEU', 'state:NLD']);
    expect(ev?.target).toEqual(['state:UKR']);
  });
  it('a participle before a noun in a list\'s next item describes it, as in the first: "the temporarily occupied cities, temporarily occupied communities" (corpus, seed 570 reading)', () => {
    const text = 'And I am grateful to all the residents of the temporarily occupied cities, temporarily occupied communities - Kherson, Kakhovka, Melitopol and all our other communities - for this clear position.';
    expect(events(text, '2022-04-19').map((e) => e.relation)).not.toContain('ATTACKED');
    // after "and", joined to a phrase a preposition opens with an adjective: "by broken roads and destroyed bridges" (seed 596 reading)
    const a = corpusRecord('ukraine-president-volodimir-zelenskij-za-dva-roki-v-mezhah-programi-velike-bud-72245');
    const roads = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher }).events.filter((e) => e.sentence.includes('by broken roads and destroyed bridges'));
    expect(roads.map((e) => e.relation)).not.toContain('ATTACKED');
    // (not a verb joined to the clause's after a noun phrase: "underscored our cooperation on defense issues and welcomed ongoing efforts")
    expect(events('Mr Sullivan underscored our strong bilateral cooperation on defense issues and welcomed ongoing efforts to strengthen NATO’s deterrence posture.', '2021-11-24').map((e) => e.relation)).toContain('SUPPORTED');
  });

  it('passive of an irregular participle: "were held hostage by radicals", "are being held hostage" (corpus)', () => {
    const held = events('He drew attention to the fact that the Indian students, who were held hostage by radicals in Kharkov, managed to leave the city.', '2022-03-02');
    const coerced = held.find((e) => e.relation === 'COERCED');
    expect(coerced?.sourceNames?.[0]).toMatch(/^radicals/);
    expect(coerced?.targetNames).toEqual(['Indian students']);
    expect(events('The mayors of several of our cities, activists, a journalist are being held hostage...', '2022-03-15').map((e) => e.relation)).not.toContain('PROTESTED');
  });

  it('passive of a phrasal verb whose participle the lexicon knows: "were shot down" (corpus)', () => {
    const downed = events('Russian planes were shot down again.', '2022-03-10');
    expect(downed.find((e) => e.relation === 'ATTACKED')?.sourceNames ?? []).not.toContain('Russia');
    const byAgent = events('It is stated that this European Commission idea was shot down by Greece, Malta and Cyprus.', '2022-03-10');
    expect(byAgent.find((e) => e.relation === 'ATTACKED')?.sourceNames?.[0]).toBe('Greece');
  });

  it('a past form after "<name> military" is its verb, not a participle describing a noun (corpus, PLV tune plv-0379)', () => {
    expect(events('The Russian military killed journalists.', '2022-03-10').find((e) => e.relation === 'ATTACKED')?.sourceNames).toEqual(['Russia']);
    expect(events('The US military struck Iran-backed militia groups last January in areas in Iraq and Syria.').find((e) => e.relation === 'ATTACKED')?.sourceNames).toEqual(['United States']);
  });

  it('a dictionary verb without a pattern needs an actor as its object; a pronoun counts only when it stands for one (corpus)', () => {
    expect(events('As a legacy, four Ukrainian presidents passed it on to their successors.', '2021-12-01').map((e) => e.relation)).not.toContain('CONCEDED');
    const help = 'Andriy Yermak stressed that it is also important to impose secondary sanctions on states, individuals or legal entities that facilitate Russia\'s aggression or help it circumvent sanctions.';
    expect(events(help, '2022-06-01').some((e) => e.relation === 'PROVIDED_AID' && e.source.includes('state:RUS'))).toBe(false);
    // a pronoun that stands for an actor still is one
    const defend = events('President Zelenskyy arrived in Warsaw on Friday. Poland will defend him.', '2022-02-01');
    expect(defend.some((e) => e.source.includes('state:POL') && e.target.includes('person:volodymyr-zelenskyy'))).toBe(true);
  });

  it('hosting a meeting, a summit or a dinner is a meeting with those it is for or of; a future one an intent (PLV tune plv-0217, plv-0513; corpus)', () => {
    const dinner = events('The Indian Prime Minister will be hosting a private dinner for Netanyahu on 14 January after his arrival in New Delhi.', '2018-01-10');
    expect(dinner.map((e) => [e.relation, e.targetNames])).toEqual([['AGREED', ['Benjamin Netanyahu']]]);
    const csto = events('The Kremlin hosted a meeting of the heads of state of the Collective Security Treaty Organisation.', '2022-05-16').find((e) => e.relation === 'MET_WITH');
    expect([csto?.source, csto?.targetNames]).toEqual([['state:RUS'], ['Collective Security Treaty Organization']]);
    // a forum hosted names no one met
    expect(events('The President hosted the forum.').some((e) => e.relation === 'MET_WITH')).toBe(false);
  });

  it('an actor object may be a person named after his state\'s possessive: "will host Japan\'s Crown Prince Naruhito" (PLV tune plv-0176)', () => {
    const ev = events("French President Emmanuel Macron will host Japan's Crown Prince Naruhito next Wednesday as part of a week-long state visit.", '2019-10-15');
    expect(ev.map((e) => [e.relation, e.sourceNames, e.targetNames])).toEqual([['AGREED', ['Emmanuel Macron'], ['Japan', 'Naruhito']]]);
    // the possessor of a thing is still no object: "welcomed President Reagan's statement"
    expect(events("Vladimir Putin welcomed President Macron's statement.").map((e) => [e.relation, e.pattern])).toEqual([['SUPPORTED', 'own welcome']]);
  });

  it('evidence shared with someone is cooperation, as information and intelligence are (PLV tune plv-0529, plv-0537)', () => {
    const ev = events('Swiss federal prosecutors have shared evidence with the U.S. Department of Justice which has secured more than 40 guilty pleas.', '2016-01-01').find((e) => e.relation === 'COOPERATED');
    expect([ev?.source, ev?.target]).toEqual([['state:CHE'], ['state:USA']]);
  });

  it('permission given or granted is a concession, not aid (PLV tune plv-0945; CAMEO GIVE, GRANT * PERMISSION [080])', () => {
    const ev = events("Pakistan's military ruler, Gen. Pervez Musharraf, had given the Pentagon permission to use Pakistani airspace.", '2001-10-01');
    expect(ev.map((e) => e.relation)).toEqual(['CONCEDED']);
    expect(events('Hungary granted Ukraine permission to use its airspace.').map((e) => [e.relation, e.target])).toEqual([['CONCEDED', ['state:UKR']]]);
  });

  it('what is granted says what granting is: a pardon a concession, a loan aid, a status none (PLV tune plv-0996; corpus)', () => {
    const pardon = events('President Donald Trump on Wednesday granted a full pardon to Conrad Black, a former newspaper publisher.', '2019-05-15');
    expect(pardon.map((e) => [e.relation, e.targetNames])).toEqual([['CONCEDED', ['Conrad Black']]]);
    expect(events('Japan granted Ukraine a loan of 100 million dollars.').map((e) => e.relation)).toEqual(['PROVIDED_AID']);
    expect(events('After his death, the President of Ukraine signed a decree granting the Odesa Art Museum national status.', '2021-08-17').some((e) => e.relation === 'PROVIDED_AID')).toBe(false);
  });

  it('a meal with someone is a meeting: "had lunch with French President Emmanuel Macron" (PLV tune plv-0474)', () => {
    const ev = events('Former U.S. President Barack Obama is ending a five-day international trip in Paris, where he had lunch with French President Emmanuel Macron.', '2019-12-01');
    expect(ev.map((e) => [e.relation, e.sourceNames, e.targetNames])).toEqual([['MET_WITH', ['Barack Obama'], ['Emmanuel Macron']]]);
  });

  it('a capitalised event noun after a demonym names an occasion, not the state\'s act: "the Ukrainian Breakfast" (corpus)', () => {
    expect(events('I started this day by talking to the participants of the Ukrainian Breakfast, which took place within the Davos Forum.', '2022-05-24')).toEqual([]);
    expect(events('It was created by the State Agency for Tourism Development of Ukraine and the Turkish Cooperation and Coordination Agency.', '2021-08-22').some((e) => e.relation === 'COOPERATED')).toBe(false);
    // the act of a state named by its demonym stands in lower case
    expect(events('The Russian invasion continues.').map((e) => [e.relation, e.source])).toEqual([['ATTACKED', ['state:RUS']]]);
  });

  it('"the wife of the President of Ukraine" is not the President; with her name after the title she is herself (corpus)', () => {
    expect(events('The wife of the President of Ukraine thanked her colleague and the people of Israel for their support and humanitarian aid for our country.', '2022-05-10')
      .some((e) => e.source.includes('person:volodymyr-zelenskyy'))).toBe(false);
    const call = events('The wife of the President of Ukraine Olena Zelenska had a video call on November 9 with the First Lady of Israel Michal Herzog.', '2021-11-09').find((e) => e.relation === 'MET_WITH');
    expect(call?.sourceNames).toEqual(['Olena Zelenska']);
  });

  it('a hope whose speaker is no actor reports no act of the one hoped for (corpus)', () => {
    expect(events('During the talks, I also expressed hope that Greece would support Moscow\'s application for hosting the EXPO-2030 universal world fair.', '2021-12-07')).toEqual([]);
    expect(events('"The enemy expected that the Ukrainian power system would collapse, that we would not be able to cope."', '2022-03-16')).toEqual([]);
  });

  it('a title after a copula and its article is an office held, not its holder now: "when Mr Poroshenko was the President of Ukraine, I told him" (corpus)', () => {
    const ev = events('Incidentally, when Mr Poroshenko was the President of Ukraine, I told him that Russia was ready to grant him political asylum, if he faced problems in the future.', '2021-12-23');
    expect(ev.map((e) => [e.relation, e.source, e.target])).toEqual([['AGREED', ['state:RUS'], ['person:petro-poroshenko']]]);
    // "as the President of Russia and I have been discussing": the holder himself
    const as = events('As the President of Russia and I have been discussing time and again, the statements were to be expected.', '2022-01-11');
    expect(as.some((e) => e.source.includes('person:vladimir-putin'))).toBe(true);
  });

  it('reported speech: a charge blames the subject of its predicate, not one a fronted cause precedes (corpus)', () => {
    const ev = events('She said that due to a full-scale Russian attack on our state, Ukrainian children cannot exercise their rights.', '2022-04-04');
    expect(ev.some((e) => e.relation === 'ACCUSED' && e.targetNames.includes('Ukrainian children'))).toBe(false);
    // the predicate after the subject still charges it
    expect(events('Zelenskyy said that Russian troops violated the ceasefire.').map((e) => [e.relation, e.target])).toContainEqual(['ACCUSED', ['state:RUS']]);
  });

  it('a visit or a meeting cancelled is a meeting refused (CAMEO 125; the PLV coders read it so, CAMEO\'s CANCEL patterns 16x), no concession (PLV tune plv-0647)', () => {
    expect(events('The UK prime minister has cancelled a planned visit to Washington in March amid tensions.', '2018-01-12').map((e) => e.relation)).toEqual(['REJECTED']);
    // restrictions cancelled are still a concession
    expect(events('Hungary cancelled the restrictions on Ukrainian grain.').map((e) => e.relation)).toEqual(['CONCEDED']);
  });

  it('an order, a medal or a title awarded is an honour, no event; funds awarded are aid (corpus)', () => {
    expect(events('Volodymyr Zelenskyy awarded Anatoliy Fedoruk with the Order of Courage of the I degree.', '2022-04-04')).toEqual([]);
    expect(events('The Head of State conferred the title of Hero of Ukraine upon one warrior and awarded him the Golden Star Order for his personal courage.', '2022-03-24')).toEqual([]);
    expect(events('The European Union awarded Ukraine a grant of 50 million euros.').map((e) => e.relation)).toEqual(['PROVIDED_AID']);
  });

  it('control verb: "urged X to ..." is a request to X', () => {
    const ev = events('President Biden urged Russia to de-escalate tensions with Ukraine.', '2021-12-30').find((e) => e.relation === 'CALLED_FOR');
    expect(ev).toMatchObject({ source: ['person:joe-biden'] });
    expect(ev!.target).toContain('state:RUS');
  });

  it('control verb: the addressee is the target, whom the requested act names is what the call is about (corpus)', () => {
    const text = 'Iryna Vereshchuk also called on the Russian side to release SES officer Oleksiy Danchenko, who accompanied the convoy on an agreed humanitarian route in Bilohorodka and is currently in Hostomel.';
    const ev = events(text, '2022-03-12').find((e) => e.relation === 'CALLED_FOR');
    expect(ev?.target).toEqual(['state:RUS']);
    expect(ev?.about.some((id) => /danchenko/.test(id))).toBe(true);
  });

  it('control verb: past an addressee that is no actor, what the requested act names is what the call is about (corpus, seed 567 tracing)', () => {
    const coalition = events('Volodymyr Zelenskyy called on the whole anti-war coalition to work even harder for Russia to seek peace.', '2022-03-26').find((e) => e.relation === 'CALLED_FOR');
    expect(coalition?.target).toEqual([]);
    expect(coalition?.about).toContain('state:RUS');
    // (a place the requested act names is what the call is about, and keeps it: "urged us to stop the occupation of Crimea")
    const crimea = events('Indicatively, in their response, some NATO countries immediately urged us to stop "the occupation of Crimea" and "withdraw our troops from the territories of Georgia, Moldova and Ukraine."', '2022-01-26');
    expect(crimea.find((e) => e.relation === 'CALLED_FOR')).toMatchObject({ source: ['org:NATO'] });
  });

  it('a gerund complement past the target names what the act is about: "noted the special role of the United States in increasing sanctions pressure on Russia" (corpus, seed 567 reading)', () => {
    const inArticle = (id: string, words: string) => {
      const a = corpusRecord(id);
      return extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher }).events.find((e) => e.relation === 'SUPPORTED' && e.sentence.includes(words));
    };
    expect(inArticle('ukraine-president-prezident-zustrivsya-z-delegaciyeyu-senatu-ssha-75061', 'special role of the United States in increasing')?.target).toEqual(['state:USA']);
    expect(inArticle('whitehouse-2022-05-06-readout-of-president-bidens-call-with-prime-minister-trudeau-of-canada', 'leadership in enacting comprehensive sanctions')?.target).toEqual(['state:CAN']);
  });

  it('coordination: once both sides of a talk are its sources, what they discuss is what it is about, no target (corpus, seed 569 reading)', () => {
    const afghanistan = events('Vladimir Putin and Emomali Rahmon also discussed Afghanistan, in particular, the situation at the Tajikistan–Afghanistan border.', '2022-01-10').find((e) => e.relation === 'DISCUSSED');
    expect(afghanistan?.source).toHaveLength(2);
    expect(afghanistan?.target).toEqual([]);
    expect(afghanistan?.about).toContain('state:AFG');
    const a = corpusRecord('kremlin-67165');
    const borders = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher }).events.find((e) => e.relation === 'DISCUSSED' && e.sentence.includes("Belarus' borders"));
    expect(borders?.target).toEqual([]);
    expect(borders?.about).toEqual(expect.arrayContaining(['state:BLR']));
  });

  it('a visit\'s purpose infinitive names no one visited: "visited the Piskarevskoye Memorial Cemetery to pay tribute to the liberators and city residents" (corpus, seed 572 reading)', () => {
    const a = corpusRecord('kremlin-67645');
    const visit = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher }).events.find((e) => e.relation === 'VISITED' && e.sentence.includes('Piskarevskoye'));
    expect(visit?.source).toEqual(['person:vladimir-putin']);
    expect(visit?.target).toEqual([]);
  });

  it('nominal event: "Ukraine\'s international support" is support Ukraine receives, not gives (corpus, seed 568 reading)', () => {
    const text = 'Volodymyr Zelenskyy thanked his interlocutor for his efforts in consolidating Ukraine\'s international support.';
    expect(events(text, '2022-02-13').filter((e) => e.relation === 'SUPPORTED').flatMap((e) => e.source)).not.toContain('state:UKR');
    // (the possessor of support without such a word gives it: "Canada's support for our state")
    const given = events("During the negotiations, the parties discussed Canada's support for our state in the struggle for independence and territorial integrity, as well as a number of bilateral issues.", '2022-05-08');
    expect(given.find((e) => e.relation === 'SUPPORTED')?.source).toEqual(['state:CAN']);
  });

  it('a determiner opens the subject\'s phrase: "on the Ukrainian port of Olvia the company undertook" is the company\'s promise, not Ukraine\'s (corpus, seed 574 reading)', () => {
    const text = 'For his part, CEO of the Qatari port operator Qterminals Neville Robert Stansfield Bissett reminded that within the concession agreement on the Ukrainian port of Olvia the company undertook to invest significant funds in the facility.';
    expect(events(text, '2021-11-30').flatMap((e) => e.source)).not.toContain('state:UKR');
  });

  it('"not only" adds, it does not negate; a pronoun after a comma opens a clause of its own, no list: "Putin is not only attacking Ukraine, he is attacking ..." (corpus, seed 576 reading)', () => {
    const text = 'An overwhelming majority of nations recognize that Putin is not only attacking Ukraine, he is attacking the very foundations of global peace and security\u2014and everything the United Nations stands for.';
    const attacks = events(text, '2022-03-02').filter((e) => e.relation === 'ATTACKED');
    expect(attacks.find((e) => e.target.includes('state:UKR'))?.negated).toBeFalsy();
    for (const a of attacks) expect(a.source).toEqual(['person:vladimir-putin']);
  });

  it('a named act in what one agrees to is another\'s, no threat: "they agreed to continue working closely together on the international response to Russia\'s aggression" (corpus, seed 40 reading)', () => {
    const a = corpusRecord('whitehouse-2022-05-03-statement-by-nsc-spokesperson-adrienne-watson-on-national-security-advisor-jake-sullivans-meeting-with-secretary-general-of-japans-national-security-secretariat-akiba-takeo');
    const evs = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher }).events.filter((e) => e.sentence.includes('they agreed to continue working'));
    expect(evs.map((e) => e.relation)).toContain('AGREED');
    expect(evs.map((e) => e.relation)).not.toContain('WARNED');
  });

  it('an actor after a meeting\'s noun and "of" names its occasion, no counterpart: "on the sidelines of an informal summit of the CIS heads of state" (corpus, seed 40 reading)', () => {
    const met = events('Vladimir Putin had a separate meeting with President of Kazakhstan Kassym-Jomart Tokayev on the sidelines of an informal summit of the CIS heads of state.', '2021-12-28').find((e) => e.relation === 'MET_WITH');
    expect(met?.target).toEqual(['person:kassym-jomart-tokayev']);
  });

  it('a named act after "any further" is a hypothesis, not reported: "would respond ... to any further Russian aggression against Ukraine" (corpus, seed 40 reading)', () => {
    const text = 'President Biden made clear that the United States would respond swiftly and decisively, together with its Allies and partners, to any further Russian aggression against Ukraine.';
    expect(events(text, '2022-02-13').map((e) => e.relation)).not.toContain('ATTACKED');
  });

  it('object control without a lexicon verb: "impressed upon X and Y to respond" is a request to both', () => {
    const ev = events('Thereupon, President Vladimir Putin impressed upon US and NATO to respond to Russian demands seriously.').find((e) => e.relation === 'CALLED_FOR');
    expect(ev?.target).toEqual(expect.arrayContaining(['state:USA', 'org:NATO']));
    expect(ev?.pattern).toMatch(/object control/);
  });

  it('object control by a verb of enabling is no request: "a non-profit focused on empowering Cuban youth to become the authors of their own futures" (corpus, seed 582 reading)', () => {
    const a = corpusRecord('whitehouse-2022-06-15-president-biden-announces-key-nominees-20');
    const r = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher });
    expect(r.events.filter((e) => e.sentence.includes('empowering Cuban youth')).map((e) => e.relation)).not.toContain('CALLED_FOR');
  });

  it('coordination of demonyms before one head, an article between: "Japanese and the Australian armies have agreed" (PLV tune plv-0145)', () => {
    const ev = events('Japanese and the Australian armies have agreed to undertake joint military exercises.').find((e) => e.relation === 'AGREED');
    expect(ev?.source).toEqual(['state:JPN', 'state:AUS']);
  });

  it('coordination: "X and Y agreed" has both as sources (PLV tune plv-0122)', () => {
    expect(evalSetOf('plv-0122')).toBe('tune');
    const ev = events('Jordan and Britain have agreed to undertake joint military exercises this month.').find((e) => e.relation === 'AGREED');
    expect(ev?.source).toEqual(expect.arrayContaining(['state:JOR', 'state:GBR']));
  });

  it('negation: "did not recognise" is a negated or rejecting event, never a plain recognition', () => {
    const evs = events('Antonio Guterres noted that the United Nations did not recognise Kosovo.');
    expect(evs.some((e) => e.relation === 'SUPPORTED' && !e.negated)).toBe(false);
  });

  it('nominal event: "the Russian invasion" is an attack by Russia', () => {
    const ev = events('From the first day of the Russian invasion, Ukraine has been repeating to its partners that the sky must be closed.').find((e) => e.relation === 'ATTACKED');
    expect(ev?.source).toEqual(['state:RUS']);
  });

  it('a leader acting on his own state is no event toward it', () => {
    const evs = events('Vladimir Putin supported Russia and its people.');
    expect(evs.some((e) => e.source.includes('person:vladimir-putin') && e.target.includes('state:RUS'))).toBe(false);
  });

  it('a dictionary verb that the tagger reads as an adjective or noun is no event ("legally binding", "maintain contact")', () => {
    const evs = events('Vladimir Putin and Emmanuel Macron also discussed the issue of legally binding security guarantees for the Russian Federation.');
    expect(evs.map((e) => e.relation)).toEqual(['DISCUSSED']);
  });

  it('a pronoun subject after a comma is no apposition: the one addressed does not act (corpus)', () => {
    const decree = events('Just before delivering this address to you, dear Ukrainians, I signed two important decrees on awarding servicemen of the Armed Forces of Ukraine with state awards.');
    expect(decree.some((e) => e.source.some((s) => /ukrainians/.test(s)))).toBe(false);
    expect(events('Ms Golikova, this year we provided medical and social workers with special payments during the 2021 New Year holidays.').some((e) => e.source.some((s) => /golikova/.test(s)))).toBe(false);
    // a name before the comma that the subject noun phrase stands beside still acts
    expect(events('President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of Russia.', '2021-12-30').find((e) => e.relation === 'MET_WITH')?.source).toEqual(['person:joe-biden']);
  });

  it('a clause a subordinator opens before the main clause ends at its comma: the main clause\'s subject is no target (corpus)', () => {
    const prepares = events('As Russia prepares to intensify its attack in the Donbas region, the United States will continue to provide Ukraine with the capabilities to defend itself.', '2022-04-13');
    expect(prepares.find((e) => e.relation === 'MOBILIZED')).toMatchObject({ source: ['state:RUS'], target: [] });
    const cut = events('While Russia has cut supplies of natural gas to several EU Member States, the United States and other producers have stepped up.', '2022-06-27');
    expect(cut.find((e) => e.relation === 'SANCTIONED')?.targetNames).toEqual(['European Union']);
    // an aside between commas does not close it: "hit, in particular, Odesa"
    const hit = events('Because Russia launched another missile attack and hit, in particular, Odesa.', '2022-05-05');
    expect(hit.some((e) => e.relation === 'ATTACKED' && e.source.includes('state:RUS'))).toBe(true);
  });

  it('information provided is no aid, and teaching someone to do a thing no request of him (corpus)', () => {
    const figures = events("(Further, at the President's request, Economic Development Minister Maxim Reshetnikov provided figures related to wage increases and also current forecasts in this sphere, with due regard for inflation and other factors.)", '2021-11-24');
    expect(figures.some((e) => e.relation === 'PROVIDED_AID')).toBe(false);
    const teaches = events('He also noted that Germany provides Ukraine with weapons and teaches the Ukrainian military to use modern weapons, self-propelled howitzers and anti-aircraft systems.', '2022-06-16');
    expect(teaches.some((e) => e.relation === 'CALLED_FOR')).toBe(false);
    // weapons provided stay aid (the same sentence's first clause alone)
    expect(events('Germany provides Ukraine with weapons.', '2022-06-16').some((e) => e.relation === 'PROVIDED_AID' && e.target.includes('state:UKR'))).toBe(true);
  });

  it('names joined to a place after "in" are places too, no targets: "in Berlin and Paris", "in Baku, Azerbaijan" (corpus)', () => {
    const summits = events('As you know, the Kiev authorities are refusing to abide by the Minsk Agreements and the 2015 arrangements, as well as the agreements reached at later summits in the Normandy format, including in Berlin and Paris.', '2021-12-21');
    expect(summits.find((e) => e.relation === 'REJECTED')?.target).toEqual([]);
    const baku = events("Vladimir Putin congratulated Alexander Lisitsyn on his victory in the men's tumbling event at the 2021 Trampoline World Championships in Baku, Azerbaijan.", '2021-11-21');
    expect(baku.find((e) => e.relation === 'SUPPORTED')?.targetNames).toEqual(['Alexander Lisitsyn']);
    // "between" is no place: both sides of the talks stay
    const talks = events('The Kremlin hosted talks between Vladimir Putin and President of the Socialist Republic of Vietnam Nguyen Xuan Phuc, who is in Russia on a working visit.', '2021-11-30');
    expect(talks.find((e) => e.relation === 'MET_WITH')?.source).toEqual(['person:vladimir-putin']);
  });

  it('a place after the subject\'s noun is where it is, not who acts (corpus)', () => {
    expect(events('The representatives of the US Embassy in Ukraine stressed the need for a comprehensive approach to the process of implementation of these agreements.').find((e) => e.relation === 'CALLED_FOR')?.source).toEqual(['state:USA']);
    expect(events('After all, Russian warships in the Black Sea are blocking the passage of merchant ships to Ukrainian ports.').find((e) => e.relation === 'COERCED')?.source).toEqual(['state:RUS']);
    // a state of affairs in a place heads its subject: the place is no source ("the recent events in Ukraine highlight")
    const situation = events('While the recent events in Ukraine clearly highlight our need to focus on foreign as well as domestic priorities, we must remember that to be strong around the world, we must first be strong at home.', '2022-03-03');
    expect(situation.filter((e) => e.source.includes('state:UKR'))).toEqual([]);
  });

  it('"the Head of the President\'s Office" is not the President (corpus)', () => {
    const evs = events("President of Ukraine Volodymyr Zelenskyy spoke with UN Secretary-General António Guterres. The Head of the President's Office thanked the UN for its efforts to evacuate civilians from the Azovstal plant.", '2022-05-06');
    expect(evs.find((e) => e.relation === 'MET_WITH')?.source).toEqual(['person:volodymyr-zelenskyy']);
    expect(evs.some((e) => e.relation === 'SUPPORTED' && e.source.includes('person:volodymyr-zelenskyy'))).toBe(false);
    // the possessor of a title without "of" still acts: "Russia's Foreign Minister"
    expect(events("Russia's Foreign Minister Sergei Lavrov accused Kyiv of sabotaging the talks.", '2022-04-01').find((e) => e.relation === 'ACCUSED')?.source).toEqual(['person:sergei-lavrov']);
  });

  it('the owner of an attack\'s noun is what a cooperative act is about, not its target (corpus)', () => {
    const support = events('Victoria Nuland reaffirmed the United States\' unwavering support for Ukraine\'s sovereignty and territorial integrity in view of Russia\'s ongoing aggression.', '2021-12-07').find((e) => e.relation === 'SUPPORTED');
    expect(support).toMatchObject({ target: ['state:UKR'] });
    expect(support?.about).toContain('state:RUS');
    expect(events('Today, the United States is announcing plans to welcome up to 100,000 Ukrainians fleeing Russia\u2019s aggression through the full range of legal pathways.', '2022-03-24').some((e) => e.target.includes('state:RUS'))).toBe(false);
  });

  it('an attack\'s complement after "against" or "on" belongs to the attack in any other act (corpus)', () => {
    expect(events('Andrzej Duda also called on the Russian leadership to refrain from armed aggression against Ukraine.', '2022-02-20').find((e) => e.relation === 'CALLED_FOR')?.target).toEqual(['state:RUS']);
    // the complement's phrase goes on past "and" and "of": its every actor is the attack's
    const condemned = events('We, the leaders of the European Commission, France, Germany, Italy, the United Kingdom, Canada, and the United States condemn Putin’s war of choice and attacks on the sovereign nation and people of Ukraine.', '2022-02-26').find((e) => e.relation === 'CRITICIZED');
    expect(condemned?.target).toEqual(['person:vladimir-putin']);
  });

  it('an attack\'s complement belongs to the attack, not to a thanks or a talk (corpus)', () => {
    const thanks = events('Ihor Zhovkva expressed deep gratitude to the leadership of Poland and the Polish people for the unprecedented comprehensive support of Ukraine, significant political and practical assistance given the full-scale invasion of Russia.', '2022-06-01').find((e) => e.relation === 'SUPPORTED');
    expect(thanks?.target).toContain('state:POL');
    expect(thanks?.target).not.toContain('state:RUS');
    // the attack itself keeps its target
    expect(events("Volodymyr Zelenskyy thanked Poland for its support amid Russia's attack on Ukraine.", '2022-06-01').find((e) => e.relation === 'ATTACKED')).toMatchObject({ source: ['state:RUS'], target: ['state:UKR'] });
  });

  it('nominal event: a by-agent is the act\'s source, and a reporting verb that carries it makes a charge (corpus)', () => {
    expect(events('Two more journalists were killed in an artillery strike by Russian troops.', '2022-03-20').find((e) => e.relation === 'ATTACKED')?.source).toEqual(['state:RUS']);
    expect(events('But since the beginning of the full-scale invasion by the Russian Federation on February 24, 2022, I remain in Ukraine.', '2022-05-20').find((e) => e.relation === 'ATTACKED')?.source).toEqual(['state:RUS']);
    const charge = events("Vladimir Putin emphasised the continuing missile strikes by the Ukrainian army at Donetsk and other cities in the Donetsk and Lugansk people's republics.", '2022-02-20');
    expect(charge.find((e) => e.relation === 'ACCUSED')).toMatchObject({ source: ['person:vladimir-putin'], target: ['state:UKR'] });
    expect(charge.some((e) => e.relation === 'ATTACKED' && e.source.includes('person:vladimir-putin'))).toBe(false);
  });

  it('a meeting\'s counterpart is not in its purpose infinitive (corpus)', () => {
    const met = events('President Joseph R. Biden, Jr. met today with Secretary General Jens Stoltenberg of the North Atlantic Treaty Organization (NATO) ahead of the extraordinary NATO Summit to address Russia’s unprovoked and unjustified invasion of Ukraine.', '2022-03-24').find((e) => e.relation === 'MET_WITH');
    expect(met?.target).toContain('person:jens-stoltenberg');
    expect(met?.target).not.toContain('state:RUS');
  });

  it('a participle after a text an actor issued is the issuer\'s act (PLV tune; corpus; GSR dev)', () => {
    expect(events("The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish government provide information on the safety of its leader Abdullah Ocalan.").find((e) => e.relation === 'CALLED_FOR')?.source).toEqual(['group:pkk']);
    expect(events('Amnesty International put out a report accusing the Nigerian army of failing to respond to warning signs before the mass kidnapping.').find((e) => e.relation === 'ACCUSED')).toMatchObject({ target: ['state:NGA'] });
    expect(events('He noted that last week the Parliamentary Assembly of the Council of Europe adopted two resolutions calling for the establishment of an international tribunal.', '2022-05-01').find((e) => e.relation === 'CALLED_FOR')?.source).toHaveLength(1);
    expect(events('Vladimir Putin sent a message congratulating President of the Republic of Azerbaijan Ilham Aliyev on the national holiday Independence Day.', '2022-05-28').find((e) => e.relation === 'SUPPORTED')).toMatchObject({ source: ['person:vladimir-putin'], target: ['person:ilham-aliyev'] });
  });

  it('reported speech: "but" opens a clause of its own subject, whose blame word charges no one before it (corpus, seed 570 reading)', () => {
    const text = 'The President of Ukraine stressed that before the war some Ukrainians were loyal to Russia, but now, when the aggressor destroyed their cities and killed their relatives, this attitude has changed to hatred.';
    const charged = events(text, '2022-03-27').filter((e) => e.relation === 'ACCUSED').flatMap((e) => e.targetNames);
    expect(charged).not.toContain('Ukrainians');
  });

  it('reported speech: a blame word in the infinitive of a noun or adjective is no charge (corpus)', () => {
    expect(events("President Gitanas Nausėda added that Lithuania does not recognize any attempt to undermine Ukraine's territorial integrity.", '2022-04-01').some((e) => e.relation === 'ACCUSED')).toBe(false);
    // the infinitive after a verb of continuing is the act charged
    expect(events('The President of Russia stressed that Kiev has continued its destructive efforts to sabotage the Minsk agreements.', '2022-02-01').concat(events('Vladimir Putin noted that Kiev continues to sabotage the Minsk agreements.', '2022-02-01')).some((e) => e.relation === 'ACCUSED' && e.target.includes('state:UKR'))).toBe(true);
  });

  it('a quotation opening at an infinitive\'s verb leaves it the infinitive it is (corpus)', () => {
    const rs = events('In closing, President Biden called on Summit participants not to \u201callow the backward slide of rights and democracy to continue unchecked\u201d and instead urged them to work together.', '2021-12-23');
    expect(rs.map((e) => e.relation)).toContain('CALLED_FOR');
    // the participants are asked not to allow it; Biden allows nothing
    expect(rs.map((e) => e.relation)).not.toContain('CONCEDED');
  });

  it('an -ing form between an adjective and a noun describes the noun, no act (corpus)', () => {
    const rs = events('The President of Russia thanked Turkey for its assistance and shared his principled assessments of the ongoing negotiating process.', '2022-03-30');
    expect(rs.map((e) => e.relation)).toEqual(['SUPPORTED']);
    expect(events('Germany is one of Ukraine\'s key partners and allies and plays an important mediating role within the Normandy format.', '2022-02-01')).toEqual([]);
    // (and one joined to an adjective: "a responsible and demanding leader"; corpus, seed 575 reading)
    expect(events('Anatoly Kvashnin proved to be a responsible and demanding leader in all top positions he held, capable of resolving the most challenging tasks.', '2022-01-07').map((e) => e.relation)).not.toContain('CALLED_FOR');
  });

  it('"he" after "the French leader" is that leader, not the person named last (corpus)', () => {
    const text = 'Emmanuel Macron added that during the recent talks with Russian President Vladimir Putin, he also received confirmation of Russia\'s readiness to continue implementing these agreements. In addition, the French leader expressed his desire to restore peace on the European continent, which he had already discussed at the talks in Russia and Ukraine.';
    // (the discussion itself is no event since "in Russia and Ukraine" are both places where the
    // talks were, no targets, and the relative "which" gives it no topic: what stays asserted is
    // that nothing he did is Putin's)
    const read = events(text, '2022-02-08');
    expect(read.some((e) => e.source.includes('person:vladimir-putin'))).toBe(false);
    expect(read.filter((e) => e.relation === 'DISCUSSED').every((e) => e.source.includes('person:emmanuel-macron'))).toBe(true);
    const alone = events('Vladimir Putin spoke about security. In addition, the French leader expressed his desire to restore peace on the European continent, which he had already discussed at the talks in Russia and Ukraine.', '2022-02-08');
    expect(alone.filter((e) => e.relation === 'DISCUSSED').some((e) => e.source.includes('person:vladimir-putin'))).toBe(false);
  });

  it('"they" in a speech is no group named sentences before; in a joint statement it is its signatories (corpus)', () => {
    const speech = 'Three foreign ministers from three European countries \u2013 Germany, France and Poland \u2013 came to Ukraine to attend, as guarantors, the ceremony for signing agreements between then President Yanukovych and the opposition. Mr President, before coming here, I asked my subscribers on social media about the questions they would like to ask you. Second is a question that is impossible not to ask. Look, Donetsk is being pounded every day. This week, they attacked the maternity hospital.';
    expect(events(speech, '2022-06-17').filter((e) => e.relation === 'ATTACKED')).toEqual([]);
    const joint = 'President Biden and Prime Minister Lee commit to deepening cooperation between the United States and Singapore on high quality infrastructure development in the region. The climate crisis poses an existential threat to the world. We commit to strengthening the U.S.-Singapore Climate Partnership, and we look forward to working with other countries to implement the Paris Agreement. In this light, they commit to working together to advance green shipping.';
    const agreed = events(joint, '2021-03-29').filter((e) => e.relation === 'AGREED');
    expect(agreed).toHaveLength(2);
    expect(agreed[0].source).toHaveLength(2);
    expect(agreed[0].source).toContain('person:joe-biden');
    expect(agreed[1].source).toEqual(agreed[0].source);
  });

  it('reported speech: what one hopes another will do is an appeal to it, not its act (corpus)', () => {
    const romania = events('The Ukrainian head of state stressed the importance of providing a European perspective to Ukraine and expressed hope that Romania would support this ambitious goal.', '2022-02-10');
    expect(romania.find((e) => e.target.includes('state:ROU'))).toMatchObject({ relation: 'CALLED_FOR', source: ['person:volodymyr-zelenskyy'] });
    expect(romania.some((e) => e.source.includes('state:ROU'))).toBe(false);
    // a hope that another will not do something is an appeal too, no rejection by it
    const people = events('Volodymyr Zelenskyy also expressed hope that the Russian people would not support the war against the Ukrainian people.', '2022-02-25');
    expect(people.map((e) => [e.relation, e.source, e.target])).toEqual([['CALLED_FOR', ['person:volodymyr-zelenskyy'], ['state:RUS']]]);
    // "expects X to ...": the same appeal, as a directive
    expect(events('Vladimir Putin replied that the situation in the republic was complicated when Parfenchikov became head of the republic, but the current trends were positive. The President added that he expected Artur Parfenchikov to use the available positive trends when dealing with priority issues.', '2022-03-01').find((e) => e.relation === 'CALLED_FOR')?.source).toEqual(['person:vladimir-putin']);
    // a hope whose speaker the text does not name is no one's act
    expect(events('"I hope that Bulgaria will continue to support the strengthening of sanctions for this war," he said.', '2022-04-28').some((e) => e.source.includes('state:BGR'))).toBe(false);
  });

  it('a meeting\'s occasion is no side of it: "on the margins of the G20 Summit" (corpus)', () => {
    const text = 'President Joseph R. Biden, Jr. met today with President Recep Tayyip Erdogan of Turkey on the margins of the G20 Summit. The leaders discussed the political process in Syria, the delivery of humanitarian assistance to Afghans in need, elections in Libya.';
    const rs = events(text, '2021-10-31');
    expect(rs.find((e) => e.relation === 'MET_WITH')?.target).toEqual(['person:recep-tayyip-erdogan']);
    expect(rs.find((e) => e.relation === 'DISCUSSED')?.source.sort()).toEqual(['person:joe-biden', 'person:recep-tayyip-erdogan']);
    expect(events('President Joseph R. Biden, Jr. met today with Chancellor Olaf Scholz of Germany ahead of the G7 Leaders\u2019 Summit.', '2022-06-26').find((e) => e.relation === 'MET_WITH')?.target).toEqual(['person:olaf-scholz']);
    // a summit one attends is whom one meets there
    expect(events('Jens Stoltenberg attended a NATO Summit to discuss the defense of the Allies.', '2022-03-25').find((e) => e.relation === 'MET_WITH')?.target).toEqual(['org:NATO']);
  });

  it('"and" before a finite verb opens a verb phrase of its own; its actors are no targets of the first (corpus)', () => {
    expect(events('Before the meeting with the President of Ukraine, Ant\u00f3nio Guterres visited the suburbs of Kyiv and saw with his own eyes the horrible war crimes of Russia in our country.', '2022-04-28').find((e) => e.relation === 'VISITED')?.target).toEqual(['state:UKR']);
    // an -ing form after "and" goes on the complement
    expect(events('President Biden reaffirmed his commitment to further strengthening U.S.-German relations and working with the new Chancellor Olaf Scholz to deepen the transatlantic partnership.', '2021-12-09').find((e) => e.relation === 'AGREED')?.target).toContain('person:olaf-scholz');
  });

  it('a clause opened by "until" with a verb not in the past is a condition, no act (corpus)', () => {
    expect(events('I stressed that the threat of famine for millions of people in different countries will remain until Russia begins to seek peace with Ukraine.', '2022-05-01').some((e) => e.source.includes('state:RUS'))).toBe(false);
    expect(events('Until Russia withdraws all its troops from the Ukrainian sovereign territory.', '2022-04-01')).toEqual([]);
    // a past verb after "until" is what happened
    expect(events('Absolutely peaceful - until Russian troops approached and besieged it, as in the Middle Ages.', '2022-03-16').some((e) => e.relation === 'COERCED' && e.source.includes('state:RUS'))).toBe(true);
  });

  it('an event noun in a phrase fronted by a preposition ends at its comma: the clause\'s subject after it is no target (corpus)', () => {
    const evs = events('After the rocket attack by Russian troops on Vinnytsia, President of Ukraine Volodymyr Zelenskyy once again called on Western countries to close the airspace over our country.', '2022-03-06');
    const attack = evs.find((e) => e.relation === 'ATTACKED');
    expect(attack?.source).toEqual(['state:RUS']);
    expect(attack?.target).not.toContain('person:volodymyr-zelenskyy');
    // not fronted: a list after a comma stays the meeting's other side
    expect(events('Vladimir Putin held talks with Emmanuel Macron, Olaf Scholz and Mario Draghi.', '2022-01-20').find((e) => e.relation === 'MET_WITH')?.target).toContain('person:olaf-scholz');
  });

  it('"he" after a possessed relative noun is that relative: "as part of my father\'s delegation when he visited the Soviet Union" (corpus, seed 597 reading; the whole transcript)', () => {
    const a = corpusRecord('kremlin-67317');
    const r = extract({ text: a.text, date: a.published, title: a.title, publisher: a.publisher });
    expect(r.events.filter((e) => e.sentence.includes("my father's delegation when he visited"))).toEqual([]);
  });

  it('an -ing form "of" follows is a noun, no verb of the clause: "died from rockets and shelling of the Russian Federation" (corpus, seed 597 reading)', () => {
    const evs = events('And 78 Ukrainian children who died from rockets and shelling of the Russian Federation know it better than others.', '2022-03-11');
    expect(evs.filter((e) => e.source.includes('group:ukrainian-children') || e.sourceNames.includes('Ukrainian children'))).toEqual([]);
  });

  it('an -ing form joined to a gerund after a preposition is a complement too, not the thanker\'s act (corpus)', () => {
    const evs = events('President Biden thanked President Duda and the people of Poland for their hospitality in hosting and assisting nearly 700,000 Ukrainians and others who have fled the war.', '2022-03-26');
    expect(evs.some((e) => e.relation === 'PROVIDED_AID' && e.source.includes('person:joe-biden'))).toBe(false);
    expect(evs.find((e) => e.relation === 'SUPPORTED')?.target).toContain('person:andrzej-duda');
    // a finite verb after "and" is the subject's own act
    expect(events('Poland hosted the talks and provided weapons to Ukraine.', '2022-03-26').some((e) => e.relation === 'PROVIDED_AID' && e.source.includes('state:POL'))).toBe(true);
  });

  it('a name that spells a modal is no modal: "Theresa May has held talks" reports talks held (PLV tune)', () => {
    const met = events('The British Prime Minister Theresa May has held talks with the Irish premier Leo Varadkar at Downing Street.', '2018-11-01').find((e) => e.relation === 'MET_WITH');
    expect(met).toBeDefined();
    // the modal itself still makes a possibility, no act
    expect(events('Britain may hold talks with Ireland.', '2018-11-01').some((e) => e.relation === 'MET_WITH')).toBe(false);
  });

  it('reported speech: a blame predicate after "be" charges its subject, even at the clause\'s end; not inside a condition (PLV tune; corpus)', () => {
    const charge = events('Directly after the attacks Tuesday, the Afghan government said Taliban militants were responsible.', '2019-09-18').find((e) => e.relation === 'ACCUSED');
    expect(charge).toMatchObject({ source: ['state:AFG'] });
    expect(charge!.target.length).toBeGreaterThan(0);
    const conditional = 'At the same time, Volodymyr Zelenskyy stated that if our people in Mariupol are killed, if a pseudo-referendum is announced, Ukraine will withdraw from any negotiations.';
    expect(events(conditional, '2022-04-10').some((e) => e.relation === 'ACCUSED')).toBe(false);
  });

  it('"demanded that X VERB": the verb is what is requested, not an act done (PLV tune)', () => {
    const evs = events('North Korea has reiterated its demand that US ease sanctions on denuclearization of the Korean Peninsula.', '2019-12-01');
    expect(evs.map((e) => e.relation)).not.toContain('CONCEDED');
    const demand = events('Ukraine demanded that Russia withdraw its troops from the border.', '2022-02-01');
    expect(demand.find((e) => e.relation === 'CALLED_FOR')).toMatchObject({ source: ['state:UKR'], target: ['state:RUS'] });
    expect(demand.some((e) => e.relation === 'RETREATED')).toBe(false);
  });

  it('a subject with a companion: "X along with Y", "X together with Y" before the verb (corpus)', () => {
    const visit = events('On June 1, Deputy Head of the Office of the President Kyrylo Tymoshenko together with UNICEF Ukraine Representative Murat Sahin visited the Center for Support of Children.', '2022-06-01').find((e) => e.relation === 'VISITED');
    expect(visit?.source).toContain('person:kyrylo-tymoshenko');
    // a possessive companion names no one more: the subject alone
    expect(events('Ukraine together with its partners condemned Russia.', '2022-03-01').find((e) => e.relation === 'CRITICIZED')?.source).toEqual(['state:UKR']);
  });

  it('a participle describing the object\'s noun right after the verb does not end the object (GSR dev; corpus)', () => {
    const evs = events('Zambia extradited suspected British militant Haroon Rashid Aswad to Britain on Sunday.', '2005-08-07');
    expect(evs.some((e) => e.source.includes('state:ZMB') && e.target.includes('state:GBR'))).toBe(true);
    expect(events('Russia sent specially equipped aircraft to fight fires in Greece.', '2021-08-10').some((e) => e.relation === 'PROVIDED_AID' && e.source.includes('state:RUS'))).toBe(true);
  });

  it('a hostile act tried is done ("is trying to occupy", "Russia\'s attempt to seize"); an agreement tried is not; a modal on the trying keeps it a possibility (corpus)', () => {
    expect(events('Now Russia is trying to occupy the whole country.', '2022-04-01').some((e) => e.relation === 'ATTACKED' && e.source.includes('state:RUS'))).toBe(true);
    const attempt = events('Mr. Sullivan underscored U.S. solidarity with Bulgaria in the face of Russia\u2019s latest attempt to use energy as a weapon.', '2022-05-09');
    expect(attempt.filter((e) => e.relation === 'ATTACKED').every((e) => e.source.includes('state:RUS'))).toBe(true);
    expect(events('Look at the number of weeks the European Union has been trying to agree on a sixth package of sanctions against Russia.', '2022-05-20').some((e) => e.relation === 'AGREED')).toBe(false);
    expect(events('Another southern city of Ukraine that Russia may try to destroy, as well as Mariupol.', '2022-05-20').some((e) => e.relation === 'ATTACKED')).toBe(false);
  });

  it('"is prepared to" is a readiness, a promise; "prepares to intensify its attack" mobilises (GSR dev; corpus)', () => {
    const ready = events('In an interview this weekend, President Abdelaziz Bouteflika said he is prepared to lift ban on Islamic Salvation Front (FIS) but not with its historical leadership.', '1999-07-01');
    expect(ready.map((e) => e.relation)).not.toContain('MOBILIZED');
    expect(ready.map((e) => e.relation)).toContain('AGREED');
    expect(events('As Russia prepares to intensify its attack in the Donbas region, the United States will continue to provide Ukraine with the capabilities to defend itself.', '2022-04-21').some((e) => e.relation === 'MOBILIZED' && e.source.includes('state:RUS'))).toBe(true);
  });

  it('a state named right before a title is the title\'s country, no second target: "U.S. Secretary of State Antony Blinken" (corpus)', () => {
    const call = events('President of Ukraine Volodymyr Zelenskyy held a telephone conversation with U.S. Secretary of State Antony Blinken.', '2021-12-06').find((e) => e.relation === 'MET_WITH');
    expect(call?.target).toEqual(['person:antony-blinken']);
    // a state and a person named apart stay two targets
    expect(events('Zelenskyy thanked the United States and President Joe Biden.', '2021-12-06').find((e) => e.relation === 'SUPPORTED')?.target).toEqual(['state:USA', 'person:joe-biden']);
  });

  it('support between two or more sources over their shared object is mutual, with no target (GSR dev; corpus)', () => {
    const ties = events('Czechia and Albania have upgraded their diplomatic ties back up to ambassadorial level after an 18-year break.', '2019-06-12');
    expect(ties.some((e) => e.relation === 'SUPPORTED' && e.source.includes('state:CZE') && e.source.includes('state:ALB'))).toBe(true);
    // one source over something not its own is still no support of anyone
    expect(events('Vladimir Putin noted the importance of stepping up the work.', '2021-12-01').some((e) => e.relation === 'SUPPORTED')).toBe(false);
  });

  it('a clause opened by "so that" is a purpose, no act (corpus)', () => {
    expect(events('So that Russia seeks peace.', '2022-04-01')).toEqual([]);
    expect(events('So that this system does not help Russian missiles and bombs destroy peaceful cities.', '2022-04-01').map((e) => e.relation)).not.toContain('ATTACKED');
    // the same act said as a fact
    expect(events('Russian missiles and bombs destroy peaceful cities.', '2022-04-01').some((e) => e.relation === 'ATTACKED' && e.source.includes('state:RUS'))).toBe(true);
  });

  it('a participle phrase inside the subject, after its head, leaves the head the subject (corpus)', () => {
    expect(events('According to Mykhailo Podoliak, Russian troops using artillery systems began to bomb military infrastructure on the territory of Ukraine.', '2022-02-24').find((e) => e.relation === 'ATTACKED')?.source).toEqual(['state:RUS']);
  });

  it('the subject\'s noun phrase goes on before a parenthesis (GSR dev; corpus)', () => {
    expect(events('The pro-Iranian Hizbollah (Party of God) group declared a unilateral ceasefire on Wednesday in south Lebanon.').find((e) => e.relation === 'RETREATED')?.source).toEqual(['group:hezbollah']);
  });

  it('the speaker of an inverted attribution (\'," said X\') is no target (corpus)', () => {
    const evs = events('"The EU and global partners have imposed unprecedented sanctions on Russia, and together we will do even more," said Mette Frederiksen.', '2022-04-21');
    expect(evs.find((e) => e.relation === 'SANCTIONED')?.target).toEqual(['state:RUS']);
  });

  it('a subordinator right after an auxiliary is an adverb of the verb group: "has so far refused", "has since refused" (PLV tune plv-0623, plv-0723)', () => {
    const saddam = events('US Defense Secretary Donald Rumsfeld said late Sunday captured former Iraqi president Saddam Hussein has so far refused to give the US military any intelligence information.');
    expect(saddam.find((e) => e.relation === 'REJECTED')).toMatchObject({ source: ['person:saddam-hussein'], target: ['state:USA'] });
    const council = events('The Security Council has so far refused to accept a request from envoys of South Ossetia and Abkhazia, which Russia recognized this week as independent states, to address it.');
    expect(council.find((e) => e.relation === 'REJECTED')?.source).toEqual(['org:security-council']);
    // a possessive is no auxiliary: "Hun Sen's government released" keeps its subject
    expect(events("Prime Minister Hun Sen's government released the detained leaders.").find((e) => e.relation === 'CONCEDED')?.source).toEqual(['person:hun-sen']);
  });

  it('a leader telling his own state\'s act speaks for it: no charge against his state (PLV tune plv-0694, plv-0734)', () => {
    const putin = events('Prime Minister Vladimir Putin said his country will not lift the ban on European Union until the EU provides details about the source of the infections.');
    expect(putin.find((e) => e.relation === 'REJECTED')).toMatchObject({ source: ['state:RUS'], speaker: 'person:vladimir-putin' });
    expect(putin.some((e) => e.relation === 'ACCUSED')).toBe(false);
    const clinton = events('The Secretary of State, Hillary Clinton, recently reiterated that the United States will not lift the embargo it has imposed on the island for almost half a century if Cuba does not release its political prisoners.');
    expect(clinton.find((e) => e.relation === 'REJECTED')?.source).toEqual(['state:USA']);
    expect(clinton.some((e) => e.relation === 'ACCUSED')).toBe(false);
    // what his state must do stays his call, not a fact (corpus)
    const must = events('Mykhailo Podolyak noted that despite the complexity of this process, Ukraine must hold negotiations with Russia.');
    expect(must.some((e) => e.relation === 'MET_WITH' && e.source.includes('state:UKR'))).toBe(false);
  });

  it('a request whose object is a "that" clause stands without a named addressee, and the clause is only requested (GSR dev; PLV tune)', () => {
    const greece = events("Greece bluntly demanded that its European Community partners refuse to recognize the Former Yugoslav Republic of Macedonia, on Greece's northern border, as long as it keeps that name.");
    expect(greece.find((e) => e.relation === 'CALLED_FOR')?.source).toEqual(['state:GRC']);
    expect(greece.some((e) => e.relation === 'REJECTED' || e.relation === 'SUPPORTED')).toBe(false);
    const saleh = events('Parliament Speaker Aguila Saleh this week demanded that Dbeibeh appear before the chamber, elected in 2014, to be questioned about the performance of his government or face a no-confidence vote.');
    expect(saleh.map((e) => e.relation)).toEqual(['CALLED_FOR']);
  });

  it('a participle phrase between subject and verb is skipped: "British aircraft using precision guided missiles killed" (GSR dev)', () => {
    const evs = events('British aircraft using precision guided missiles killed 4 Iraqis in an attack on a suspected weapons supply in Basra.');
    expect(evs.find((e) => e.relation === 'ATTACKED')?.source).toEqual(['state:GBR']);
  });

  it('a mobilisation named whole by a dictionary phrase stands without a target: "troops remained on alert" (PLV tune plv-0592; corpus)', () => {
    expect(events('Israeli troops remained on alert in North District amid heightened tensions.').find((e) => e.relation === 'MOBILIZED')?.source).toEqual(['state:ISR']);
    // troops that stay, a projectile that flies in: no mobilisation
    expect(events('The bodies of the killed locals laid on the streets while Russian soldiers remained in the city.').some((e) => e.relation === 'MOBILIZED')).toBe(false);
    expect(events('A Russian projectile flew into his apartment.').some((e) => e.relation === 'MOBILIZED')).toBe(false);
  });

  it('reported speech: a leader\'s "it" is his state when nothing else is named before, not the "it" of "it is necessary" (PLV tune plv-0899; corpus)', () => {
    const turkey = events("Turkey's president says it will begin a new military operation against U.S-backed Kurdish fighters in Syria within a few days.");
    expect(turkey.find((e) => e.relation === 'WARNED')?.source).toEqual(['state:TUR']);
    const yermak = events('Andriy Yermak also added that it is necessary to impose an embargo on the supply to Russia of any technology, equipment, minerals and ores, rare earth dual-use minerals and thus stop the production of weapons in Russia.', '2022-05-20');
    expect(yermak.some((e) => e.source.includes('state:UKR'))).toBe(false);
  });

  it('an object does not reach past "until" into the clause it opens (tuning sample, corpus)', () => {
    const evs = events('For his part, Ukrainian Foreign Minister Dmytro Kuleba called on states that stand side by side with Ukraine to make it a rule that there are no taboos on sanctions until Russia is stopped.', '2022-05-27');
    expect(evs.some((e) => e.target.includes('state:RUS'))).toBe(false);
    // nor does a sanction's: "should stay in place until the Russian troops are all gone" (corpus)
    const johnson = events('Today, Boris Johnson said — very black and white — he said sanctions — Western sanctions, not just British or G7 sanctions — should stay in place until the Russian troops are all gone.', '2022-03-25');
    expect(johnson.some((e) => e.target.includes('state:RUS'))).toBe(false);
  });

  it('an object does not reach into a clause "and" opens with its own subject and verb (tuning sample, corpus)', () => {
    const evs = events('Rospotrebnadzor and the Ministry of Health of Uzbekistan have signed a roadmap, and a draft plan has been prepared with the Ministry of Health of Tajikistan.', '2021-12-01');
    const signed = evs.find((e) => e.relation === 'AGREED');
    expect(signed?.sourceNames).toContain('Ministry of Health of Uzbekistan');
    expect(signed?.targetNames).toEqual([]);
  });

  it('a place, post or seat occupied is a rank held, no attack (tuning sample, corpus)', () => {
    expect(events('The authors note that Russia occupies a significant place in world energy markets.', '2022-05-01').some((e) => e.relation === 'ATTACKED')).toBe(false);
    expect(events("The world's best pieces of music have been performed here for nearly two and a half centuries, with brilliant works by Italian masters occupying a special place.", '2021-09-01').some((e) => e.relation === 'ATTACKED')).toBe(false);
    // the seat of a permanent member is no attack either (corpus)
    expect(events("In particular, a global conference already in peaceful Kyiv to determine how the world's architecture can be reformed given all the actions of Russia, which is still occupying the seat of a permanent member of the UN Security Council received from the Soviet Union.", '2022-04-01').some((e) => e.relation === 'ATTACKED')).toBe(false);
  });

  it('what a speaker is confident or convinced another will do is his expectation, no act (tuning sample, corpus)', () => {
    expect(events('During the conversation, the President said that the Euro-Atlantic course of our country remains unchanged and expressed confidence that Canada will continue to provide full support to Ukraine on its path to membership in the Alliance.', '2022-01-18').some((e) => e.source.includes('state:CAN'))).toBe(false);
    expect(events('The Head of State is convinced that Ukrainian citizens will accept peace, because they want the war to end on the terms of Ukraine.', '2022-03-28').some((e) => e.relation === 'AGREED')).toBe(false);
  });

  it('support hoped for or counted on is not reported as given (tuning sample, corpus)', () => {
    expect(events('Ihor Zhovkva noted the importance of fixing the European perspective of our state, and also expressed hope for Copenhagen\'s support to this ambitious idea.', '2021-12-01').some((e) => e.relation === 'SUPPORTED')).toBe(false);
    expect(events('"I count on Spain\'s support for the prospects of our membership in the European Union," said Volodymyr Zelenskyy.', '2022-03-01').some((e) => e.relation === 'SUPPORTED' && e.source.includes('state:ESP'))).toBe(false);
  });

  it('titles conferred and a bell struck are no meeting and no attack (tuning sample, corpus)', () => {
    expect(events('On the eve of the professional holiday of medical workers, the President presented state awards and conferred honorary and military titles upon medics.', '2022-07-24').some((e) => e.relation === 'MET_WITH')).toBe(false);
    expect(events('The President and the First Lady struck the Bell of Dignity.', '2022-02-20').some((e) => e.relation === 'ATTACKED')).toBe(false);
  });

  it('an actor called a name is no phone call (tuning sample, corpus)', () => {
    expect(events('The President of Russia never called Belarusians or me a little brother.', '2022-06-30').some((e) => e.relation === 'MET_WITH')).toBe(false);
    expect(events('Q    The President, Kate, has called — the President has called Putin a “war criminal.”', '2022-03-17').some((e) => e.relation === 'MET_WITH')).toBe(false);
    // a call to someone stays a call (PLV tune plv-0785)
    expect(events("On Nov. 18, NATO Secretary General Jens Stoltenberg called Erdogan to apologize for the case during the alliance's exercises held in Norway.").find((e) => e.relation === 'MET_WITH')?.target).toEqual(['person:recep-tayyip-erdogan']);
  });

  it('the agent of a named act after its short complement: "assistance to Ukraine by Germany" (tuning sample, corpus)', () => {
    expect(events('The parties discussed, first of all, further defense assistance to Ukraine by Germany, as well as the strengthening of sanctions against the Russian aggressor.', '2022-06-01').find((e) => e.relation === 'PROVIDED_AID')).toMatchObject({ source: ['state:DEU'], target: ['state:UKR'] });
  });

  it('every event names the pattern that coded it', () => {
    const evs = events('Russia vetoed today a UN draft resolution presented by Britain. Germany has granted political asylum to a journalist.');
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) expect(e.pattern).toMatch(/^(own |CAMEO |noun |object control|reported )/);
  });
});

describe('relations on PLV tune sentences (category and source as the human coders read them)', () => {
  const records: PlvRecord[] = JSON.parse(fs.readFileSync(path.join(SHARED, 'eval/plover-plv-train.json'), 'utf8')).records;
  const byId = new Map(records.map((r) => [r.id, r]));
  // one sentence per PLOVER category: ACCUSE, AGREE, AID, ASSAULT, COERCE, CONSULT, REQUEST,
  // MOBILIZE, REJECT, SANCTION, SUPPORT, THREATEN, YIELD
  const ids = ['plv-0004', 'plv-0126', 'plv-0223', 'plv-0291', 'plv-0390', 'plv-0472', 'plv-0543', 'plv-0584', 'plv-0627', 'plv-0747', 'plv-0799', 'plv-0877', 'plv-0920'];
  it.each(ids)('%s', (id) => {
    expect(evalSetOf(id)).toBe('tune');
    const r = byId.get(id)!;
    const s = scorePlv(r, extract({ text: r.text }));
    expect({ id, gold: r.category, ...s }).toMatchObject({ category: true, withSource: true });
  });
});

describe('a verb of ordering carries the act it orders (tune)', () => {
  it('"ordered an investigation against X": the one who orders investigates X', () => {
    const ev = events('President Gloria Arroyo has ordered an investigation against Education Secretary Raul Roco amid allegations of early politicking ahead of the 2004 presidential elections.')
      .find((e) => e.relation === 'ACCUSED');
    expect(ev).toMatchObject({ sourceNames: ['Gloria Arroyo'], targetNames: ['Raul Roco'] });
  });

  it('an order of things, no act, is no event', () => {
    expect(events('The Russian government ordered new equipment for the hospitals of Donetsk.')).toEqual([]);
  });
});

describe('an infinitive of purpose that names a protest (GSR dev)', () => {
  it('"shunned work on Monday to protest at X": the clause subject protests', () => {
    const rs = events('Palestinians of the Israeli-occupied West Bank shunned work on Monday to protest at settlement of Russian Jewish immigrants on Arab land.');
    expect(rs.find((e) => e.relation === 'PROTESTED')?.sourceNames[0]).toMatch(/^Palestinians/);
  });

  it('an infinitive of another act stays the aim it is, no event of its own', () => {
    expect(events('Ukraine sent experts to Iran to investigate the crash of the airliner.').map((e) => e.relation)).not.toContain('ACCUSED');
  });
});

describe('a verb phrase joined by "and" shares the modal of the first (corpus)', () => {
  it('"must maximize X and provide Y" is an obligation, not a delivery', () => {
    const rs = events('The European Union must maximize sanctions pressure on the Russian Federation and provide Ukraine with all the necessary modern weapons to help our country win the war.');
    expect(rs.map((e) => e.relation)).not.toContain('PROVIDED_AID');
  });

  it('adverbs joined by "and" stay inside the verb group: "must immediately and unconditionally withdraw" is a demand, not a withdrawal (corpus)', () => {
    const rs = events('Moscow must immediately and unconditionally withdraw its troops from Ukraine.');
    expect(rs.map((e) => e.relation)).not.toContain('RETREATED');
  });

  it('a reported obligation binds its subject; whom the act it asks for names is what the call is about: "Russia must ... respect the sovereignty and territorial integrity of Ukraine" (corpus, seed 569 reading)', () => {
    const ev = events('For his part, Jens Stoltenberg stressed that Russia must return to diplomacy and de-escalation of the situation, as well as respect the sovereignty and territorial integrity of Ukraine.', '2021-12-16').find((e) => e.relation === 'CALLED_FOR');
    expect(ev?.pattern).toMatch(/reported obligation/);
    expect(ev?.target).toEqual(['state:RUS']);
    expect(ev?.about).toContain('state:UKR');
  });

  it('a reported obligation stops at a modal opening a condition: "impose costs on Russia should it further invade Ukraine" demands nothing of anyone (corpus)', () => {
    const rs = events('President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron of France regarding Russia’s continued military build-up on Ukraine’s borders. The two leaders affirmed their support for Ukraine’s sovereignty and territorial integrity, and reviewed our ongoing coordination on both diplomacy and preparations to impose swift and severe economic costs on Russia should it further invade Ukraine.', '2022-02-02');
    expect(rs.map((e) => e.relation)).toContain('MET_WITH');
    expect(rs.map((e) => e.relation)).not.toContain('CALLED_FOR');
  });

  it('a plain past verb joined by "and" is an act of the same subject', () => {
    const rs = events('Vladimir Putin met with Recep Tayyip Erdogan and discussed the situation in Syria.');
    expect(rs.find((e) => e.relation === 'DISCUSSED')?.sourceNames).toContain('Vladimir Putin');
  });
});
