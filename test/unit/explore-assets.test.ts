import { EXPLORE_CSP, explorerAsset, explorerAssetNames, explorerHtml } from '../../src/api/explorer';

describe('the explorer files the server serves', () => {
  it('serves every script, style and icon the page links, cytoscape among them, from this repository and node_modules', () => {
    const html = explorerHtml().toString('utf8');
    const linked = [...html.matchAll(/(?:src|href)="\/explore\/assets\/([^"]+)"/g)].map((m) => m[1]);
    expect(linked).toEqual(expect.arrayContaining(['cytoscape.min.js', 'model.js', 'api.js', 'picker.js', 'panel.js', 'explore.js', 'explore.css', 'icon.svg']));
    expect(explorerAssetNames().sort()).toEqual([...new Set(linked)].sort());
    for (const name of linked) expect(explorerAsset(name)!.body.length).toBeGreaterThan(100);
    expect(explorerAsset('cytoscape.min.js')!.body.toString('utf8', 0, 4000)).toMatch(/cytoscape/i);
  });

  it('links nothing outside the server: no absolute URL in the page, no inline script', () => {
    const html = explorerHtml().toString('utf8');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(EXPLORE_CSP).toContain("connect-src 'self'");
    expect(EXPLORE_CSP).toContain("script-src 'self'");
  });

  it('serves names from a fixed list, never a path from the request', () => {
    for (const name of ['../package.json', '..%2F..%2Fpackage.json', 'index.html', 'constructor', '__proto__', 'toString', '']) {
      expect(explorerAsset(name)).toBeUndefined();
    }
  });

  it('talks to the data only through POST /graphql', () => {
    const scripts = ['model.js', 'api.js', 'picker.js', 'panel.js', 'explore.js'].map((n) => explorerAsset(n)!.body.toString('utf8')).join('\n');
    const fetches = [...scripts.matchAll(/fetch\(\s*([^,)]+)/g)].map((m) => m[1].trim());
    expect(fetches).toEqual(["'/graphql'"]);
    expect(scripts).not.toMatch(/XMLHttpRequest|WebSocket|EventSource|importScripts/);
  });
});
