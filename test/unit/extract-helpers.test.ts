import { isBe } from '../../src/extract/events/triggers';
import { knowledge } from '../../src/extract/knowledge';
import { isActorKind } from '../../src/extract/mentions/mention';
import { reference } from '../../src/extract/reference';
import { tokenize } from '../../src/extract/text/tokens';

describe('small helpers of the pipeline', () => {
  it('the reference knowledge gives names longest first and office holders by date', () => {
    const ref = reference;
    const index = ref.nameIndex();
    expect(index.length).toBeGreaterThan(500);
    expect(index[0].alias.length).toBeGreaterThanOrEqual(index[index.length - 1].alias.length);
    expect(ref.officeHolder('President', 'FRA', '2022-02-20')?.id).toBe('person:emmanuel-macron');
  });

  it('knowledge reads capitals, ids and people records', () => {
    const kb = knowledge();
    expect(kb.capital('kyiv')?.id).toBe('state:UKR');
    expect(kb.byId('state:FRA')?.name).toBe('France');
    expect(kb.person('person:vladimir-putin')?.offices.some((o) => o.of === 'RUS')).toBe(true);
  });

  it('isActorKind and isBe', () => {
    expect(isActorKind('Group')).toBe(true);
    expect(isActorKind('Topic')).toBe(false);
    const toks = tokenize('Concurrently, they are forced to leave for Russia.');
    expect(isBe(toks[3])).toBe(true);
    expect(isBe(toks[4])).toBe(false);
  });
});
