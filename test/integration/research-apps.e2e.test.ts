import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Executor } from '../../src/graph/executor';
import { RunningApp } from '../../src/server';
import { BIN } from '../support/cli';
import { seedApp } from '../support/graph';
import { FencedBlock, fencedBlocks, readDoc } from '../support/markdown';

/**
 * Runs every snippet of docs/research-apps.md (python, r and sh blocks), in the order shown, in one
 * scratch folder, against a server on the seed graph. Python runs in the project's .venv, made and
 * filled from PyPI when a package is missing; R needs Rscript with httr2 on the machine.
 */
const ROOT = resolve(__dirname, '../..');
const DOC = resolve(ROOT, 'docs/research-apps.md');
const VENV_PYTHON = join(ROOT, '.venv', 'bin', 'python');
const PYTHON_PACKAGES: Record<string, string> = { requests: 'requests', gql: 'gql[requests]', pandas: 'pandas', networkx: 'networkx' };
/** `npx diplograph` in a snippet is this project's command, not a package from the registry. */
const NPX_SHIM = `npx() { if [ "$1" = diplograph ]; then shift; node "${BIN}" "$@"; else command npx "$@"; fi; }\n`;

/** A snippet runs in its own process while this one serves the API, so it must not block. */
function runAsync(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, out });
    });
  });
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000, ...options, env: { ...process.env, ...options.env } });
  return { code: result.error ? -1 : result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}` };
}

/** Makes .venv and installs what is missing; the reason it could not, or undefined when ready. */
function pythonUnavailable(): string | undefined {
  if (!existsSync(VENV_PYTHON)) {
    const made = run('python3', ['-m', 'venv', join(ROOT, '.venv')]);
    if (made.code !== 0) return `python3 -m venv failed: ${made.out.trim()}`;
  }
  const missing = Object.keys(PYTHON_PACKAGES).filter((module) => run(VENV_PYTHON, ['-c', `import ${module}`]).code !== 0);
  if (missing.length === 0) return undefined;
  const install = run(VENV_PYTHON, ['-m', 'pip', 'install', '-q', ...missing.map((m) => PYTHON_PACKAGES[m])]);
  return install.code === 0 ? undefined : `pip could not install ${missing.join(', ')} from PyPI: ${install.out.trim().split('\n').pop()}`;
}

function rUnavailable(): string | undefined {
  if (run('Rscript', ['--version']).code !== 0) return 'no Rscript on this machine (Debian: apt-get install r-base-core r-cran-httr2 r-cran-jsonlite)';
  if (run('Rscript', ['-e', 'library(httr2); library(jsonlite)']).code !== 0) {
    return 'R lacks httr2 or jsonlite (Debian: apt-get install r-cran-httr2 r-cran-jsonlite)';
  }
  return undefined;
}

const blocks = fencedBlocks(readDoc(DOC)).filter((b) => ['python', 'r', 'sh'].includes(b.lang));
const unavailable: Record<string, string | undefined> = { python: pythonUnavailable(), r: rUnavailable(), sh: undefined };

describe('the snippets of docs/research-apps.md, against a server on the seed graph', () => {
  let executor: Executor;
  let app: RunningApp;
  let scratch: string;

  beforeAll(async () => {
    ({ executor, app } = await seedApp());
    scratch = mkdtempSync(join(tmpdir(), 'diplograph-research-apps-'));
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await executor?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('shows Python, R and shell snippets', () => {
    expect(new Set(blocks.map((b) => b.lang))).toEqual(new Set(['python', 'r', 'sh']));
  });

  const runBlock = (block: FencedBlock, index: number) => {
    const file = join(scratch, `snippet-${index}.${block.lang === 'python' ? 'py' : block.lang === 'r' ? 'R' : 'sh'}`);
    writeFileSync(file, block.lang === 'sh' ? `set -euo pipefail\n${NPX_SHIM}${block.body}` : block.body);
    const [command, args] = { python: [VENV_PYTHON, [file]], r: ['Rscript', [file]], sh: ['bash', [file]] }[block.lang] as [string, string[]];
    return runAsync(command, args, scratch, { DIPLOGRAPH_URL: app.url });
  };

  blocks.forEach((block, index) => {
    const why = unavailable[block.lang];
    const title = `the ${block.lang} snippet at line ${block.line} runs`;
    if (why) {
      it.skip(`${title} (skipped: ${why})`, () => {});
      return;
    }
    it(title, async () => {
      const result = await runBlock(block, index);
      if (result.code !== 0) throw new Error(`docs/research-apps.md:${block.line}: exit ${result.code}\n${result.out}`);
      if (block.lang !== 'sh') expect(result.out.trim()).not.toBe('');
    }, 300_000);
  });
});
