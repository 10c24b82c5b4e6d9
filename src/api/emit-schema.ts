import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { printApiSchema } from './schema';

export const SCHEMA_FILE = resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, printApiSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
