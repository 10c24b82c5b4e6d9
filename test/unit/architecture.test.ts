import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The house rule: imports run one way. cli, bench and eval on top, over the server; api and ingest below;
 * graph, export and localdb below those; the shared model (vocabulary, write plans, stance rules)
 * below them; extraction and configuration at the bottom, importing nothing else of src.
 */
const SRC = path.join(__dirname, '..', '..', 'src');
const LAYER: Record<string, number> = {
  extract: 0,
  config: 0,
  model: 1,
  graph: 2,
  export: 2,
  localdb: 2,
  api: 3,
  ingest: 3,
  server: 4,
  cli: 5,
  bench: 5,
  eval: 5,
};
const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http', 'child_process', 'node:child_process', 'neo4j-driver'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

function folderOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length === 1 ? rel[0].replace(/\.ts$/, '') : rel[0];
}

/** Every module specifier a file imports or re-exports (static imports, exports and require). */
export function importsOf(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]/g)) found.add(m[1]);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.add(m[1]);
  for (const m of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) found.add(m[1]);
  return [...found];
}

interface Edge {
  file: string;
  from: string;
  to: string;
}

function folderEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const spec of importsOf(fs.readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(SRC)) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) edges.push({ file: path.relative(SRC, file), from, to });
    }
  }
  return edges;
}

describe('the import graph of src', () => {
  const edges = folderEdges();

  it('finds the imports it checks (the reader is not blind)', () => {
    expect(importsOf("import { a } from '../graph/x';\nexport * from './y';\nimport 'reflect-metadata';")).toEqual(['../graph/x', './y', 'reflect-metadata']);
    expect(edges.some((e) => e.from === 'api' && e.to === 'graph')).toBe(true);
  });

  it('knows the layer of every top-level folder', () => {
    const unknown = [...new Set(edges.flatMap((e) => [e.from, e.to]))].filter((f) => !(f in LAYER));
    expect(unknown).toEqual([]);
  });

  it('imports only downwards, so no cycle between folders', () => {
    const upward = edges.filter((e) => LAYER[e.to] >= LAYER[e.from]).map((e) => `${e.file}: ${e.from} -> ${e.to}`);
    expect(upward).toEqual([]);
  });

  it('keeps src/extract pure: nothing from other folders, no I/O module', () => {
    const files = sourceFiles(path.join(SRC, 'extract'));
    const bad = files.flatMap((file) =>
      importsOf(fs.readFileSync(file, 'utf8'))
        .filter((spec) => IO_MODULES.includes(spec) || (spec.startsWith('.') && !path.resolve(path.dirname(file), spec).startsWith(path.join(SRC, 'extract'))))
        .map((spec) => `${path.relative(SRC, file)} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });
});
