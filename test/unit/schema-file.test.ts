import 'reflect-metadata';

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { printApiSchema } from '../../src/api/schema';

describe('schema/schema.graphql', () => {
  it('is what the type-graphql classes emit (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printApiSchema());
  });
});
