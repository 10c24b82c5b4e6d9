import {
  ReferenceDataError,
  ReferenceKnowledge,
  normalizeText,
  reference,
  referenceData,
  type ReferenceKnowledgeData,
} from '../../src/extract/reference';

const ids = (text: string) => reference.lookupName(text).map((e) => e.id);
const holder = (role: string, country: string | undefined, date: string | undefined) =>
  reference.officeHolder(role, country, date)?.id;
const clone = (): ReferenceKnowledgeData => JSON.parse(JSON.stringify(referenceData));

describe('states', () => {
  it('has the 193 UN members, the two observers, Kosovo and Taiwan', () => {
    expect(reference.states.filter((s) => s.unStatus === 'member')).toHaveLength(193);
    expect(reference.states.filter((s) => s.unStatus === 'observer').map((s) => s.iso3).sort()).toEqual(['PSE', 'VAT']);
    expect(reference.states.filter((s) => s.unStatus === 'other').map((s) => s.iso3).sort()).toEqual(['TWN', 'XKX']);
  });

  it('gives every state a 3-letter iso3 and the id state:ISO3', () => {
    for (const s of reference.states) {
      expect(s.iso3).toMatch(/^[A-Z]{3}$/);
      expect(s.id).toBe(`state:${s.iso3}`);
    }
  });

  it('resolves names, aliases and acronyms', () => {
    expect(ids('Russian Federation')).toEqual(['state:RUS']);
    for (const us of ['US', 'U.S.', 'USA', 'the US', 'United States of America', 'America']) expect(ids(us)).toEqual(['state:USA']);
    for (const uk of ['UK', 'Britain', 'Great Britain']) expect(ids(uk)).toEqual(['state:GBR']);
    expect(ids('Türkiye')).toEqual(['state:TUR']);
    expect(ids('Turkiye')).toEqual(['state:TUR']);
  });

  it('matches acronyms case-sensitively and single words only when capitalised', () => {
    expect(ids('us')).toEqual([]);
    expect(ids('Us')).toEqual([]);
    expect(ids('who')).toEqual([]);
    expect(ids('WHO')).toEqual(['org:WHO']);
    expect(ids('turkey')).toEqual([]);
    expect(ids('polish')).toEqual([]);
    expect(ids('Polish')).toEqual(['state:POL']);
    expect(ids('may')).toEqual([]);
    expect(ids('RUSSIA')).toEqual(['state:RUS']);
    expect(ids('russian federation')).toEqual(['state:RUS']);
  });

  it('resolves capitals used as metonyms, both Kyiv and Kiev', () => {
    expect(ids('Kyiv')).toEqual(['state:UKR']);
    expect(ids('Kiev')).toEqual(['state:UKR']);
    expect(reference.stateByCapital('Kiev')?.iso3).toBe('UKR');
    expect(reference.stateByCapital('Moscow')?.iso3).toBe('RUS');
    expect(reference.stateByCapital('Minsk')?.iso3).toBe('BLR');
    expect(reference.stateByCapital('Washington')?.iso3).toBe('USA');
    expect(reference.stateByCapital('Victoria')).toBeUndefined();
    expect(reference.stateByCapital('Atlantis')).toBeUndefined();
  });

  it('resolves demonyms, plurals too, and refuses ambiguous ones', () => {
    expect(reference.stateByDemonym('Russian')?.iso3).toBe('RUS');
    expect(reference.stateByDemonym('Ukrainian')?.iso3).toBe('UKR');
    expect(reference.stateByDemonym('Ukrainians')?.iso3).toBe('UKR');
    expect(reference.stateByDemonym('French')?.iso3).toBe('FRA');
    expect(reference.stateByDemonym('German')?.iso3).toBe('DEU');
    expect(reference.stateByDemonym('British')?.iso3).toBe('GBR');
    expect(reference.stateByDemonym('American')?.iso3).toBe('USA');
    expect(reference.stateByDemonym('Belarusian')?.iso3).toBe('BLR');
    expect(reference.stateByDemonym('Congolese')).toBeUndefined();
    expect(reference.stateByDemonym('Martian')).toBeUndefined();
  });
});

describe('people', () => {
  it('resolves spelling variants and surnames', () => {
    for (const z of ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskii', 'Volodymyr Zelensky']) {
      expect(ids(z)).toEqual(['person:volodymyr-zelenskyy']);
    }
    expect(ids('Erdogan')).toEqual(['person:recep-tayyip-erdogan']);
    expect(ids('Erdoğan')).toEqual(['person:recep-tayyip-erdogan']);
    expect(ids('Nausėda')).toEqual(['person:gitanas-nauseda']);
    expect(ids('Nauseda')).toEqual(['person:gitanas-nauseda']);
    expect(ids('Lukashenka')).toEqual(['person:alexander-lukashenko']);
    expect(ids('Lavrov')).toEqual(['person:sergei-lavrov']);
    expect(ids('Sergey Lavrov')).toEqual(['person:sergei-lavrov']);
    expect(ids('Merkel')).toEqual(['person:angela-merkel']);
    expect(ids('Rasmussen')).toEqual(['person:anders-fogh-rasmussen', 'person:lars-lokke-rasmussen']);
  });

  it('does not turn common words into people', () => {
    expect(ids('May')).toEqual([]);
    expect(ids('Brown')).toEqual([]);
  });

  it('returns the kind and country of an entry', () => {
    expect(reference.lookupName('Putin')[0]).toMatchObject({ id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'Person', country: 'RUS' });
    expect(reference.byId('org:NATO')).toMatchObject({ kind: 'Organization', name: 'North Atlantic Treaty Organization' });
    expect(reference.byId('person:nobody')).toBeUndefined();
  });
});

describe('officeHolder', () => {
  it('finds heads of state and government by date', () => {
    expect(holder('President', 'FRA', '2022-02-20')).toBe('person:emmanuel-macron');
    expect(holder('President', 'FRA', '2016-02-20')).toBe('person:francois-hollande');
    expect(holder('President', 'UKR', '2018-01-01')).toBe('person:petro-poroshenko');
    expect(holder('President', 'UKR', '2022-02-24')).toBe('person:volodymyr-zelenskyy');
    expect(holder('President', 'USA', '2022-02-24')).toBe('person:joe-biden');
    expect(holder('President', 'USA', '2019-06-01')).toBe('person:donald-trump');
    expect(holder('President', 'RUS', '2010-06-01')).toBe('person:dmitry-medvedev');
    expect(holder('Prime Minister', 'RUS', '2010-06-01')).toBe('person:vladimir-putin');
  });

  it('switches chancellors between Merkel and Scholz', () => {
    expect(holder('Chancellor', 'DEU', '2021-11-15')).toBe('person:angela-merkel');
    expect(holder('Chancellor', 'DEU', '2022-01-20')).toBe('person:olaf-scholz');
    expect(holder('Federal Chancellor', 'DEU', '2022-01-20')).toBe('person:olaf-scholz');
    expect(holder('Chancellor', 'DEU', '2021-12-08')).toBe('person:olaf-scholz'); // hand-over day: the incoming one
  });

  it('distinguishes Johnson, Truss and Sunak', () => {
    expect(holder('Prime Minister', 'GBR', '2022-08-01')).toBe('person:boris-johnson');
    expect(holder('Prime Minister', 'GBR', '2022-09-20')).toBe('person:liz-truss');
    expect(holder('Prime Minister', 'GBR', '2022-11-01')).toBe('person:rishi-sunak');
    expect(holder('Foreign Secretary', 'GBR', '2022-02-10')).toBe('person:liz-truss');
    // the UK's Chancellor is of the Exchequer, not the Prime Minister
    expect(holder('Chancellor', 'GBR', '2022-08-01')).toBeUndefined();
  });

  it('accepts the usual wordings of foreign minister', () => {
    expect(holder('Foreign Minister', 'RUS', '2022-02-01')).toBe('person:sergei-lavrov');
    expect(holder('Minister of Foreign Affairs', 'UKR', '2022-02-01')).toBe('person:dmytro-kuleba');
    expect(holder('Secretary of State', 'USA', '2022-01-10')).toBe('person:antony-blinken');
    expect(holder('Foreign Minister', 'USA', '2022-01-10')).toBe('person:antony-blinken');
    expect(holder('Foreign Minister', 'DEU', '2021-11-01')).toBe('person:heiko-maas');
    expect(holder('Foreign Minister', 'DEU', '2022-02-01')).toBe('person:annalena-baerbock');
    expect(holder('Foreign Minister', 'FRA', '2022-02-01')).toBe('person:jean-yves-le-drian');
  });

  it('handles Premier, Head of State, Secretary General and organisations', () => {
    expect(holder('Premier', 'CHN', '2022-01-01')).toBe('person:li-keqiang');
    expect(holder('Head of State', 'CHN', '2022-01-01')).toBe('person:xi-jinping');
    expect(holder('Head of State', 'GBR', '2022-09-01')).toBe('person:elizabeth-ii');
    expect(holder('Head of State', 'GBR', '2022-10-01')).toBe('person:charles-iii');
    expect(holder('Secretary General', 'org:NATO', '2022-02-01')).toBe('person:jens-stoltenberg');
    expect(holder('Secretary-General', 'NATO', '2025-01-01')).toBe('person:mark-rutte');
    expect(holder('Secretary General', 'org:UN', '2015-01-01')).toBe('person:ban-ki-moon');
    // two secretaries general at once: ambiguous without an organisation
    expect(holder('Secretary General', undefined, '2022-02-01')).toBeUndefined();
  });

  it('returns the latest holder when the date is unknown', () => {
    expect(holder('Foreign Minister', 'RUS', undefined)).toBe('person:sergei-lavrov');
    expect(holder('President', 'RUS', undefined)).toBe('person:vladimir-putin');
  });

  it('returns nothing for unknown roles, countries or dates before any term', () => {
    expect(holder('Grand Vizier', 'RUS', '2022-01-01')).toBeUndefined();
    expect(holder('President', 'XXX', '2022-01-01')).toBeUndefined();
    expect(holder('Chancellor', 'DEU', '1990-01-01')).toBeUndefined();
  });
});

describe('places, groups, formats, agreements, organisations', () => {
  it('resolves Lugansk/Luhansk, Donbass/Donbas and Odessa/Odesa', () => {
    expect(ids('Lugansk')).toEqual(['place:luhansk']);
    expect(ids('Luhansk')).toEqual(['place:luhansk']);
    expect(ids('Lugansk region')).toEqual(['place:luhansk-region']);
    expect(ids('Donbass')).toEqual(['place:donbas']);
    expect(ids('Donbas')).toEqual(['place:donbas']);
    expect(ids('Odessa')).toEqual(['place:odesa']);
    expect(ids('line of contact')).toEqual(['place:contact-line']);
    expect(reference.lookupName('Crimea')[0]).toMatchObject({ kind: 'Place', country: 'UKR' });
  });

  it('normalises typographic apostrophes and dashes', () => {
    expect(ids('Donetsk People’s Republic')).toEqual(['group:dpr']);
    expect(ids("Donetsk People's Republic")).toEqual(['group:dpr']);
    expect(ids('Lugansk People’s Republic')).toEqual(['group:lpr']);
    expect(ids('DNR')).toEqual(['group:dpr']);
    expect(ids('LPR')).toEqual(['group:lpr']);
    expect(ids('Russia–Ukraine negotiations (2022)')).toEqual(['format:russia-ukraine-negotiations-2022']);
    expect(ids('Russia-Ukraine negotiations (2022)')).toEqual(['format:russia-ukraine-negotiations-2022']);
    expect(ids('Minsk–2')).toEqual(['agreement:minsk-ii']);
  });

  it('has the Normandy Format with four members', () => {
    const normandy = reference.formats.find((f) => f.id === 'format:normandy')!;
    expect(normandy.members.map((m) => m.member).sort()).toEqual(['DEU', 'FRA', 'RUS', 'UKR']);
    expect(ids('Normandy Four')).toEqual(['format:normandy']);
    expect(ids('N4')).toEqual(['format:normandy']);
    expect(reference.formats.find((f) => f.id === 'format:trilateral-contact-group')!.organizations).toEqual(['org:OSCE']);
  });

  it('links the Minsk agreements with their PA-X ids', () => {
    const agreement = (id: string) => reference.agreements.find((a) => a.id === id)!;
    expect(agreement('agreement:minsk-protocol')).toMatchObject({
      paxId: 1363,
      signed: '2014-09-05',
      partOf: 'agreement:minsk-agreements',
      negotiatedIn: ['format:trilateral-contact-group'],
    });
    expect(agreement('agreement:minsk-memorandum').paxId).toBe(1362);
    expect(agreement('agreement:minsk-ii')).toMatchObject({ paxId: 1364, signed: '2015-02-12' });
    expect(agreement('agreement:paris-normandy-summit-conclusions-2019')).toMatchObject({ paxId: 2260, negotiatedIn: ['format:normandy'] });
    expect(ids('Minsk I')).toEqual(['agreement:minsk-protocol']);
    expect(ids('Package of Measures')).toEqual(['agreement:minsk-ii']);
    expect(ids('Minsk accords')).toEqual(['agreement:minsk-agreements']);
  });

  it('records membership changes', () => {
    const org = (id: string) => reference.organizations.find((o) => o.id === id)!;
    const span = (id: string, iso3: string) => org(id).members.filter((m) => m.member === iso3);
    expect(span('org:NATO', 'FIN')).toEqual([{ member: 'FIN', from: '2023-04-04' }]);
    expect(span('org:NATO', 'SWE')).toEqual([{ member: 'SWE', from: '2024-03-07' }]);
    expect(span('org:EU', 'GBR')).toEqual([{ member: 'GBR', to: '2020-01-31' }]);
    expect(span('org:COE', 'RUS')).toEqual([{ member: 'RUS', to: '2022-03-16' }]);
    expect(org('org:NATO').members).toHaveLength(32);
    expect(org('org:UN').members).toHaveLength(193);
    expect(ids('European Union')).toEqual(['org:EU']);
  });
});

describe('nameIndex and data', () => {
  it('lists every alias, longest first', () => {
    const index = reference.nameIndex();
    for (let i = 1; i < index.length; i++) expect(index[i - 1]!.alias.length).toBeGreaterThanOrEqual(index[i]!.alias.length);
    const aliases = new Set(index.map((i) => i.alias));
    for (const a of ['Kiev', 'Zelensky', 'Donbass', 'Russian', 'NATO', 'Normandy Format']) expect(aliases.has(a)).toBe(true);
    expect(index.find((i) => i.alias === 'US')!.caseSensitive).toBe(true);
  });

  it('normalises text without changing its length', () => {
    const text = 'Erdoğan met Zelenskyy in Kyiv — “Donetsk People’s Republic”';
    expect(normalizeText(text)).toHaveLength(text.length);
    expect(normalizeText(text)).toContain("Erdogan met Zelenskyy in Kyiv");
    expect(normalizeText(text)).toContain("Donetsk People's Republic");
  });

  it('is deterministic and round-trips its data', () => {
    const again = new ReferenceKnowledge(clone());
    expect(again.nameIndex().map((i) => `${i.alias}|${i.entry.id}`)).toEqual(reference.nameIndex().map((i) => `${i.alias}|${i.entry.id}`));
    expect(reference.asData().states).toHaveLength(reference.states.length);
  });
});

describe('validation', () => {
  it('rejects duplicate ids, naming the file and the entry', () => {
    const data = clone();
    data.people.push({ ...data.people[0]! });
    expect(() => new ReferenceKnowledge(data)).toThrow(ReferenceDataError);
    expect(() => new ReferenceKnowledge(data)).toThrow(/people\.json: person:.*duplicate id/);
  });

  it('rejects references to unknown ids', () => {
    const data = clone();
    data.agreements.find((a) => a.id === 'agreement:minsk-ii')!.partOf = 'agreement:nope';
    expect(() => new ReferenceKnowledge(data)).toThrow(/agreements\.json: agreement:minsk-ii: partOf "agreement:nope" does not exist/);
    const data2 = clone();
    data2.formats[0]!.members.push({ member: 'ZZZ' });
    expect(() => new ReferenceKnowledge(data2)).toThrow(/formats\.json: format:normandy: member "ZZZ"/);
  });

  it('rejects bad dates and spans', () => {
    const data = clone();
    data.people.find((p) => p.id === 'person:angela-merkel')!.offices[0]!.to = '2021-13-08';
    expect(() => new ReferenceKnowledge(data)).toThrow(/people\.json: person:angela-merkel: .*not an ISO date/);
    const data2 = clone();
    const office = data2.people.find((p) => p.id === 'person:olaf-scholz')!.offices[1]!;
    office.from = '2026-01-01';
    expect(() => new ReferenceKnowledge(data2)).toThrow(/person:olaf-scholz: office "Chancellor": from 2026-01-01 is after to/);
  });

  it('rejects a malformed iso3', () => {
    const data = clone();
    data.states[0]!.iso3 = 'af';
    expect(() => new ReferenceKnowledge(data)).toThrow(/states\.json: state:AFG: iso3 "af"/);
  });
});
