import { GraphError } from '../../src/graph/errors';
import { withRetries } from '../../src/ingest/pipeline';

const deadlock = () =>
  new GraphError('QUERY_FAILED', 'Neo4j query failed (Neo.TransientError.Transaction.DeadlockDetected)', {
    code: 'Neo.TransientError.Transaction.DeadlockDetected',
  });

describe('withRetries', () => {
  it('tries an article again after a deadlock that outlasted the driver', async () => {
    let calls = 0;
    const result = await withRetries(async () => {
      calls++;
      if (calls < 3) throw deadlock();
      return 'written';
    }, 4, 1);
    expect([result, calls]).toEqual(['written', 3]);
  });

  it('gives up after the last attempt, and at once on an error that is not transient', async () => {
    let calls = 0;
    await expect(withRetries(async () => { calls++; throw deadlock(); }, 3, 1)).rejects.toThrow(/DeadlockDetected/);
    expect(calls).toBe(3);
    calls = 0;
    await expect(withRetries(async () => { calls++; throw new GraphError('QUERY_FAILED', 'syntax error', { code: 'Neo.ClientError.Statement.SyntaxError' }); }, 3, 1)).rejects.toThrow('syntax error');
    expect(calls).toBe(1);
  });
});
