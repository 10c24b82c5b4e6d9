import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { parsePax, PaxFormatError } from '../../src/ingest/pax';

const PAX = resolve(__dirname, '..', '..', '..', 'shared', 'data', 'pax_all_agreements_data_v6.csv');

describe('parsePax', () => {
  it('reads all 2,003 agreements of the real export, Minsk II among them', () => {
    const { agreements, errors } = parsePax(readFileSync(PAX, 'utf8'));
    expect(errors).toEqual([]);
    expect(agreements).toHaveLength(2003);
    const minsk2 = agreements.find((a) => a.paxId === 1364)!;
    expect(minsk2).toMatchObject({ signed: '2015-02-12', processName: 'Ukraine peace process', locations: ['UKR'], agreementType: 'Intra', stage: 'Imp' });
    expect(minsk2.name).toMatch(/^Package of Measures for the Implementation of the Minsk Agreements/);
  });

  it('names the line and the field of a bad row, and keeps the good rows', () => {
    const csv = [
      'Con,PP,PPName,AgtId,Agt,Dat,Status,Agtp,Stage,StageSub,Loc1ISO,Loc2ISO',
      'Ukraine,121,Ukraine peace process,1363,Minsk Protocol,2014-09-05,Multiparty signed/agreed,Intra,SubPar,MultIss,UKR,',
      'Ukraine,121,Ukraine peace process,x12,Bad id,2014-09-05,,,,,UKR,',
      'Ukraine,121,Ukraine peace process,1364,Minsk II,12/02/2015,,,,,UKR,',
      'Ukraine,121,Ukraine peace process,1365,Bad place,2015-02-12,,,,,Ukraine,',
    ].join('\n');
    const { agreements, errors } = parsePax(csv);
    expect(agreements.map((a) => a.paxId)).toEqual([1363]);
    expect(errors).toEqual([
      { line: 3, message: 'AgtId: "x12" is not a whole number' },
      { line: 4, message: 'Dat: "12/02/2015" is not a date (YYYY-MM-DD)' },
      { line: 5, message: 'Loc1ISO/Loc2ISO: "Ukraine" is not an ISO 3166-1 alpha-3 code' },
    ]);
  });

  it('refuses a file that is not a PA-X export', () => {
    expect(() => parsePax('id,name\n1,x\n')).toThrow(PaxFormatError);
    expect(() => parsePax('id,name\n1,x\n')).toThrow(/missing column\(s\) AgtId/);
  });
});
