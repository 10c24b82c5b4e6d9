import { readFileSync, writeFileSync } from 'node:fs';

/** Fenced code blocks of a Markdown file, so tests can run what the documentation shows. */

export interface FencedBlock {
  lang: string;
  body: string;
  /** 1-based line of the opening fence, for messages that point at the document */
  line: number;
  /** offsets of the body in the document's text */
  start: number;
  end: number;
}

export function fencedBlocks(text: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const fence = /^```([\w-]*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of text.matchAll(fence)) {
    const start = match.index! + match[0].indexOf('\n') + 1;
    blocks.push({
      lang: match[1],
      body: match[2],
      line: text.slice(0, match.index).split('\n').length,
      start,
      end: start + match[2].length,
    });
  }
  return blocks;
}

/** Replaces the bodies of some blocks (by their offsets) and writes the file. */
export function rewriteBlocks(path: string, text: string, replacements: Array<{ block: FencedBlock; body: string }>): void {
  let out = text;
  for (const { block, body } of [...replacements].sort((a, b) => b.block.start - a.block.start)) {
    out = out.slice(0, block.start) + body + out.slice(block.end);
  }
  writeFileSync(path, out);
}

export function readDoc(path: string): string {
  return readFileSync(path, 'utf8');
}

/** A JSON value on one line, with a space after each colon and comma. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inlineJson(item)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * JSON as the documentation shows it: a value on one line when it fits in `width` columns (after
 * `indent` and a `prefix` such as its key), otherwise one member per line, indented by two.
 */
export function formatJson(value: unknown, indent = '', prefix = 0, width = 120): string {
  const flat = inlineJson(value);
  if (typeof value !== 'object' || value === null || indent.length + prefix + flat.length <= width) return flat;
  const inner = indent + '  ';
  const entries = Array.isArray(value)
    ? value.map((item) => inner + formatJson(item, inner, 0, width))
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner, JSON.stringify(key).length + 2, width)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return entries.length === 0 ? open + close : `${open}\n${entries.join(',\n')}\n${indent}${close}`;
}
