import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { CypherLibrary } from '../../src/graph/cypher';

const SRC = resolve(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every Cypher name the code asks for: q.run('name', ...), executor.query('name', ...), cypher('name'). */
function namesUsedInCode(): Array<{ name: string; file: string }> {
  const used: Array<{ name: string; file: string }> = [];
  const pattern = /\b(?:run|query|cypher|statements)\(\s*['"`]([\w.-]+)['"`]/g;
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) used.push({ name: match[1], file });
  }
  return used;
}

describe('the Cypher library', () => {
  const library = new CypherLibrary();

  it('has every query the code asks for', () => {
    const used = namesUsedInCode();
    expect(used.length).toBeGreaterThan(0);
    const missing = used.filter((u) => !library.has(u.name)).map((u) => `${u.name} (${u.file})`);
    expect(missing).toEqual([]);
  });

  it('refuses a name it does not have, naming it', () => {
    expect(() => library.get('no.such.query')).toThrow('no Cypher query named "no.such.query"');
  });

  it('splits the schema into idempotent statements, one constraint per node label', () => {
    const statements = library.statements('schema');
    expect(statements.every((s) => /IF NOT EXISTS/.test(s))).toBe(true);
    const labels = statements.filter((s) => /REQUIRE n\.id IS UNIQUE/.test(s)).map((s) => /FOR \(n:(\w+)\)/.exec(s)![1]);
    for (const label of ['Person', 'State', 'Organization', 'Group', 'Format', 'Agreement', 'Place', 'Topic', 'Event', 'Article']) {
      expect(labels).toContain(label);
    }
  });

  it('passes values as parameters: no query splices in a JS template value', () => {
    for (const name of library.names()) expect(library.get(name)).not.toMatch(/\$\{/);
  });
});
