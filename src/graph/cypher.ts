import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Cypher lives in cypher/*.cypher, one query a file, loaded by name at start ("events.byActor" is
 * cypher/events.byActor.cypher). Asking for a name that does not exist is an error at once.
 */
export const CYPHER_DIR = resolve(__dirname, '..', '..', 'cypher');

export class CypherLibrary {
  private readonly queries = new Map<string, string>();

  constructor(readonly dir: string = CYPHER_DIR) {
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.cypher')) continue;
      this.queries.set(file.slice(0, -'.cypher'.length), readFileSync(join(dir, file), 'utf8'));
    }
  }

  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`no Cypher query named "${name}" in ${this.dir}`);
    return text;
  }

  has(name: string): boolean {
    return this.queries.has(name);
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }

  /** Statements of a multi-statement file (such as schema.cypher), split on ";" at line ends, comments dropped. */
  statements(name: string): string[] {
    return this.get(name)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
}

let shared: CypherLibrary | undefined;

export function cypher(name: string): string {
  shared ??= new CypherLibrary();
  return shared.get(name);
}

export function cypherLibrary(): CypherLibrary {
  shared ??= new CypherLibrary();
  return shared;
}
