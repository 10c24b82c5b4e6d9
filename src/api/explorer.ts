import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The graph explorer at /explore: static files from web/explore/ (plain browser JS and CSS, no
 * build step) and cytoscape from its npm package, so the page loads with no network access beyond
 * this server. It talks to the API only through POST /graphql.
 */

export const EXPLORE_PATH = '/explore';
export const EXPLORE_ASSET_PREFIX = '/explore/assets/';

/** Resolved from this file, so it works from src/ (tests) and dist/ (after `npm ci`) alike. */
export const EXPLORE_DIR = resolve(__dirname, '..', '..', 'web', 'explore');

const JS = 'text/javascript; charset=utf-8';

/** The only files the explorer serves: a fixed map, never a path from the request. */
const ASSETS: Record<string, { file: () => string; type: string; vendor?: boolean }> = {
  // cytoscape's package exports its dist files, not its package.json
  'cytoscape.min.js': { file: () => require.resolve('cytoscape/dist/cytoscape.min.js'), type: JS, vendor: true },
  'model.js': { file: () => join(EXPLORE_DIR, 'model.js'), type: JS },
  'api.js': { file: () => join(EXPLORE_DIR, 'api.js'), type: JS },
  'picker.js': { file: () => join(EXPLORE_DIR, 'picker.js'), type: JS },
  'panel.js': { file: () => join(EXPLORE_DIR, 'panel.js'), type: JS },
  'explore.js': { file: () => join(EXPLORE_DIR, 'explore.js'), type: JS },
  'explore.css': { file: () => join(EXPLORE_DIR, 'explore.css'), type: 'text/css; charset=utf-8' },
  'icon.svg': { file: () => join(EXPLORE_DIR, 'icon.svg'), type: 'image/svg+xml' },
};

/** Scripts and styles from this origin only; the page cannot reach any other host. */
export const EXPLORE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // cytoscape sets style attributes on the elements it creates
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const cache = new Map<string, Buffer>();

function read(key: string, file: () => string): Buffer {
  if (!cache.has(key)) cache.set(key, readFileSync(file()));
  return cache.get(key)!;
}

export function explorerAsset(name: string): { body: Buffer; type: string; cacheControl: string } | undefined {
  if (!Object.prototype.hasOwnProperty.call(ASSETS, name)) return undefined;
  const asset = ASSETS[name];
  return { body: read(name, asset.file), type: asset.type, cacheControl: asset.vendor ? 'public, max-age=3600' : 'no-cache' };
}

export function explorerAssetNames(): string[] {
  return Object.keys(ASSETS);
}

export function explorerHtml(): Buffer {
  return read('index.html', () => join(EXPLORE_DIR, 'index.html'));
}
