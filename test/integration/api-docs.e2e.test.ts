import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { Executor } from '../../src/graph/executor';
import { RunningApp } from '../../src/server';
import { useSeedApp } from '../support/graph';
import { fencedBlocks, formatJson, readDoc, rewriteBlocks } from '../support/markdown';
import { EXAMPLES, example, exampleNames } from './api.support';

/**
 * docs/api.md shows example operations of examples/analyst.graphql, each followed by its answer on
 * the seed article. This test runs each one and fails when a shown answer is not today's, or an
 * operation shown is not the one in the examples file. UPDATE_DOCS=1 writes today's answers in.
 */
const API_DOC = resolve(__dirname, '../../docs/api.md');

interface ShownExample {
  name: string;
  operation: string;
  answer: ReturnType<typeof fencedBlocks>[number];
}

function shownExamples(text: string): ShownExample[] {
  const blocks = fencedBlocks(text);
  const shown: ShownExample[] = [];
  blocks.forEach((block, i) => {
    const name = /^(?:query|mutation)\s+(\w+)/m.exec(block.body)?.[1];
    const next = blocks[i + 1];
    if (block.lang === 'graphql' && name && next?.lang === 'json') shown.push({ name, operation: block.body, answer: next });
  });
  return shown;
}

/** One operation of the examples file, with the comment lines just above it. */
function operationText(name: string): string {
  const file = readFileSync(EXAMPLES, 'utf8');
  const pattern = new RegExp(`((?:^#.*\\n)*)^(?:query|mutation) ${name}\\b[\\s\\S]*?^}\\n`, 'm');
  return pattern.exec(file)?.[0] ?? '';
}

describe('the example answers of docs/api.md, on the seed article', () => {
  let executor: Executor;
  let app: RunningApp;
  const text = readDoc(API_DOC);
  const shown = shownExamples(text);

  useSeedApp((seeded) => ({ executor, app } = seeded));

  it('shows several examples, each an operation of examples/analyst.graphql as written there', () => {
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const { name, operation } of shown) {
      expect(exampleNames()).toContain(name);
      expect({ name, operation }).toEqual({ name, operation: operationText(name) });
    }
  });

  it("shows each operation's answer as the API gives it today (UPDATE_DOCS=1 rewrites them)", async () => {
    const answers: unknown[] = [];
    for (const { name } of shown) {
      const { status, body } = await example(app.url, name);
      expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
      answers.push(body);
    }
    if (process.env.UPDATE_DOCS === '1') {
      rewriteBlocks(API_DOC, text, shown.map((s, i) => ({ block: s.answer, body: formatJson(answers[i]) + '\n' })));
    }
    shownExamples(readDoc(API_DOC)).forEach(({ name, answer }, i) => {
      expect({ name, line: answer.line, answer: JSON.parse(answer.body) }).toEqual({ name, line: answer.line, answer: answers[i] });
    });
  });
});
