import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The GraphiQL playground, served from npm packages (graphiql's UMD build on React 18), so it
 * loads with no network access. The example operations of examples/analyst.graphql are preloaded.
 */

export const ASSET_PREFIX = '/playground/assets/';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The only files the playground route serves: a fixed map, never a path from the request. */
const ASSETS: Record<string, { file: () => string; type: string }> = {
  'react.production.min.js': { file: () => join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript; charset=utf-8' },
  'react-dom.production.min.js': { file: () => join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript; charset=utf-8' },
  'graphiql.min.js': { file: () => join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript; charset=utf-8' },
  'graphiql.min.css': { file: () => join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css; charset=utf-8' },
};

export const EXAMPLES_FILE = resolve(__dirname, '..', '..', 'examples', 'analyst.graphql');

const cache = new Map<string, Buffer>();

export function playgroundAsset(name: string): { body: Buffer; type: string } | undefined {
  const asset = ASSETS[name];
  if (!asset) return undefined;
  if (!cache.has(name)) cache.set(name, readFileSync(asset.file()));
  return { body: cache.get(name)!, type: asset.type };
}

export function assetNames(): string[] {
  return Object.keys(ASSETS);
}

/** The operations of examples/analyst.graphql, one tab each (blocks that start after a blank line, with their comments). */
export function exampleTabs(text: string = readExamples()): Array<{ query: string }> {
  const blocks = text.split(/\n\s*\n(?=(?:#[^\n]*\n)*(?:query|mutation)\s)/);
  return blocks.map((b) => b.trim()).filter((b) => /(^|\n)(query|mutation)\s/.test(b)).map((query) => ({ query: `${query}\n` }));
}

function readExamples(): string {
  try {
    return readFileSync(EXAMPLES_FILE, 'utf8');
  } catch {
    return '{ health { neo4j version } }\n';
  }
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** The playground's Content-Security-Policy: its own files, its one inline script by nonce, no framing. */
export function playgroundCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // GraphiQL and CodeMirror set style attributes
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function playgroundHtml(endpoint = '/graphql', nonce?: string): string {
  const tabs = exampleTabs();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplograph GraphiQL</title>
<link rel="icon" href="/explore/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${ASSET_PREFIX}graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL...</div>
<script src="${ASSET_PREFIX}react.production.min.js"></script>
<script src="${ASSET_PREFIX}react-dom.production.min.js"></script>
<script src="${ASSET_PREFIX}graphiql.min.js"></script>
<script${nonce ? ` nonce="${nonce}"` : ''}>
  (function () {
    var tabs = ${scriptJson(tabs)};
    var fetcher = GraphiQL.createFetcher({ url: ${scriptJson(endpoint)} });
    var root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false
    }));
  })();
</script>
</body>
</html>
`;
}
