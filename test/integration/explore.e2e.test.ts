import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

import { Executor } from '../../src/graph/executor';
import { RunningApp } from '../../src/server';
import { seedApp } from '../support/graph';
import { apiToken, gql } from './api.support';

// Callbacks of page.evaluate run in the page: they reach its globals through globalThis, since the
// tests compile without the DOM library.

/**
 * The graph explorer in a real headless browser: Debian's Chromium (no browser download), driven by
 * playwright-core, against the server with the seed article ingested.
 * EXPLORER_DOCS_SCREENSHOT=1 also refreshes docs/explorer.png, the screenshot of README.md and docs/explorer.md.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = resolve(__dirname, '../../test-output');
const DOCS_SCREENSHOT = resolve(__dirname, '../../docs/explorer.png');

const PUTIN = 'person:vladimir-putin';
const MILITANTS = 'group:ukrainian-militants';
const ACCUSED_EDGE = `${PUTIN}|ACCUSED|${MILITANTS}`;

describe('the graph explorer in a headless Chromium, with the seed ingested', () => {
  let executor: Executor;
  let app: RunningApp;
  let origin: string;
  let userDataDir: string;
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    ({ executor, app } = await seedApp());
    origin = new URL(app.url).origin;
    mkdirSync(OUTPUT, { recursive: true });
    userDataDir = mkdtempSync(join(tmpdir(), 'diplograph-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1366, height: 768 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`)) outside.push(url);
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await app?.stop();
    await executor?.close();
  });

  /** Until the page has no request of its own in flight. */
  const idle = () => page.waitForFunction(() => (globalThis as any).explorer !== undefined && !(globalThis as any).explorer.busy, undefined, { timeout: 20_000 });

  /** The viewport point of an element drawn on cytoscape's canvas. */
  async function canvasPoint(selector: string, what: 'edge' | 'node'): Promise<{ x: number; y: number }> {
    return page.evaluate(
      ([sel, kind]) => {
        const element = (globalThis as any).explorer.cy.$(sel);
        if (element.empty()) throw new Error(`nothing drawn matches ${sel}`);
        const point = kind === 'edge' ? element.renderedMidpoint() : element.renderedPosition();
        const box = (globalThis as any).document.getElementById('graph').getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      },
      [selector, what] as const,
    );
  }

  const panelText = () => page.locator('#selection').innerText();

  it('searches "Putin", draws his neighbourhood with the ACCUSED edge, and shows its evidence when the edge is clicked', async () => {
    await page.goto(`${origin}/explore`);
    expect(await page.title()).toBe('diplograph explorer');
    await page.fill('#search', 'Putin');
    await page.press('#search', 'Enter');
    await page.waitForFunction(() => (globalThis as any).explorer.cy.edges('[type = "ACCUSED"]').nonempty(), undefined, { timeout: 20_000 });
    await idle();

    expect(new URL(page.url()).searchParams.get('id')).toBe(PUTIN);
    const drawn = await page.evaluate(() => ({
      center: (globalThis as any).explorer.cy.$('node.center').data('name'),
      nodes: (globalThis as any).explorer.cy.nodes().map((n: any) => n.data('name')),
      accused: (globalThis as any).explorer.cy.edges('[type = "ACCUSED"]').map((e: any) => e.data('target')),
    }));
    expect(drawn.center).toBe('Vladimir Putin');
    expect(drawn.nodes).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Ukrainian militants', 'Minsk agreements']));
    expect(drawn.accused).toContain(MILITANTS);

    // Edges are drawn on a canvas: click where cytoscape draws the edge's midpoint.
    const point = await canvasPoint(`edge[id = "${ACCUSED_EDGE}"]`, 'edge');
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#selection .events blockquote', { timeout: 20_000 });
    await idle();
    const text = await panelText();
    expect(text).toContain('Ukrainian militants started the escalation');
    expect(text).toContain('2022-02-20');
    expect(text).toContain('The Diplomatic Insight (TDI)');
    expect(text).toMatch(/said by Vladimir Putin/);
    expect(new URL(page.url()).searchParams.get('edge')).toBe(ACCUSED_EDGE);
    expect(await page.locator('#positions svg circle').count()).toBeGreaterThan(0);

    await page.screenshot({ path: join(OUTPUT, 'explore-putin-accused.png') });
    if (process.env.EXPLORER_DOCS_SCREENSHOT) {
      mkdirSync(resolve(DOCS_SCREENSHOT, '..'), { recursive: true });
      copyFileSync(join(OUTPUT, 'explore-putin-accused.png'), DOCS_SCREENSHOT);
    }
  });

  it('reopens the same view from its URL: the entity, the selected edge and its evidence', async () => {
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('#selection .events blockquote', { timeout: 20_000 });
    await idle();
    expect(await panelText()).toContain('Ukrainian militants started the escalation');
    expect(await page.evaluate(() => (globalThis as any).explorer.cy.$(':selected').map((e: any) => e.id()))).toEqual([ACCUSED_EDGE]);
  });

  it('expands a node when it is clicked, merging its neighbourhood in', async () => {
    await page.goto(`${origin}/explore?id=${PUTIN}`);
    await page.waitForFunction(() => (globalThis as any).explorer.cy.nodes().length > 1, undefined, { timeout: 20_000 });
    await idle();
    const before = await page.evaluate(() => (globalThis as any).explorer.cy.nodes().length);
    const point = await canvasPoint('node[id = "person:emmanuel-macron"]', 'node');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => ((globalThis as any).explorer.state().expanded as string[]).length === 1, undefined, { timeout: 20_000 });
    await idle();
    const after = await page.evaluate(() => ({ nodes: (globalThis as any).explorer.cy.nodes().length, ids: (globalThis as any).explorer.cy.nodes().map((n: any) => n.id()) }));
    expect(after.nodes).toBeGreaterThan(before);
    expect(new Set(after.ids).size).toBe(after.ids.length);
    expect(new URL(page.url()).searchParams.get('x')).toBe('person:emmanuel-macron');
  });

  it('filters by relation and by date, and keeps the filters in the URL', async () => {
    await page.goto(`${origin}/explore?id=${PUTIN}&rel=ACCUSED`);
    await page.waitForFunction(() => (globalThis as any).explorer.cy.edges().nonempty(), undefined, { timeout: 20_000 });
    await idle();
    expect(await page.evaluate(() => [...new Set((globalThis as any).explorer.cy.edges().map((e: any) => e.data('type')))])).toEqual(['ACCUSED']);
    expect(await page.locator('#relation-count').innerText()).toBe('(1 of 27)');

    // Switch every relation back on, then keep only events after the seed's date: no event edge is left.
    await page.click('#rel-all');
    await page.fill('#date-from', '2022-03-01');
    await page.dispatchEvent('#date-from', 'change');
    await page.waitForFunction(() => new URLSearchParams((globalThis as any).location.search).get('from') === '2022-03-01', undefined, { timeout: 20_000 });
    await page.waitForTimeout(400);
    await idle();
    const types = await page.evaluate(() => (globalThis as any).explorer.cy.edges().map((e: any) => e.data('type')));
    expect(types.filter((t: string) => ['ACCUSED', 'MET_WITH', 'CALLED_FOR', 'SUPPORTED'].includes(t))).toEqual([]);
    expect(new URL(page.url()).searchParams.get('rel')).toBeNull();
  });

  it('finds a path between two entities and draws it highlighted, with each hop\'s evidence', async () => {
    await page.goto(`${origin}/explore?id=person:emmanuel-macron`);
    await page.waitForFunction(() => (globalThis as any).explorer.cy.nodes().length > 1, undefined, { timeout: 20_000 });
    await idle();
    expect(await page.inputValue('#path-from')).toBe('Emmanuel Macron');
    await page.fill('#path-to', 'Minsk agreements');
    await page.click('#path-find');
    await page.waitForFunction(() => (globalThis as any).explorer.cy.$('edge.path').nonempty(), undefined, { timeout: 20_000 });
    await idle();
    const highlighted = await page.evaluate(() => (globalThis as any).explorer.cy.$('node.path').map((n: any) => n.data('name')));
    expect(highlighted[0]).toBeDefined();
    expect(highlighted).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Minsk agreements']));
    const text = await panelText();
    expect(text).toMatch(/Emmanuel Macron → Minsk agreements/);
    expect(text).toContain('Minsk Agreements for the resolution of the Ukraine crisis');
    const params = new URL(page.url()).searchParams;
    expect([params.get('pf'), params.get('pt')]).toEqual(['person:emmanuel-macron', 'agreement:minsk-agreements']);
    await page.screenshot({ path: join(OUTPUT, 'explore-path.png') });
  });

  it('is usable from the keyboard: Enter searches, Tab reaches the connections, Enter opens an edge', async () => {
    await page.goto(`${origin}/explore`);
    await page.focus('#search');
    await page.keyboard.type('Vladimir Putin');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#selection .connection', { timeout: 20_000 });
    await idle();
    // Tab from the search box through the page until the connection "Vladimir Putin accused Ukrainian militants".
    const focused = () => page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('aria-label') ?? '');
    let presses = 0;
    while (!/^Vladimir Putin accused Ukrainian militants/.test(await focused()) && presses < 80) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focused()).toMatch(/^Vladimir Putin accused Ukrainian militants, 1 event/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#selection .events blockquote', { timeout: 20_000 });
    expect(await panelText()).toContain('Ukrainian militants started the escalation');
    // Every control of the side bar and header is in the tab order, with a name.
    const unnamed = await page.evaluate(() =>
      [...(globalThis as any).document.querySelectorAll('button, input, a[href], summary')]
        .filter((el: any) => el.checkVisibility())
        .filter((el: any) => !(el.getAttribute('aria-label') || el.innerText.trim() || el.labels?.length))
        .map((el: any) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
  });

  it('links each evidence sentence to its article when the article has a URL', async () => {
    // A second report of the same accusation, with a URL: merged into the same event.
    const { body } = await gql(app.url, 'mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { status eventsMerged } }', {
      input: {
        id: 'explorer-test-readout',
        publisher: 'Kremlin readout (test)',
        url: 'https://example.org/readouts/putin-macron-2022-02-20',
        title: 'Telephone conversation with Emmanuel Macron',
        published: '2022-02-21',
        text: 'Vladimir Putin held a telephone conversation with President of France Emmanuel Macron on February 20. Putin said that Ukrainian militants started the escalation.',
      },
    }, undefined, await apiToken(executor, 'curator'));
    expect(body.errors).toBeUndefined();
    await page.goto(`${origin}/explore?id=${PUTIN}&edge=${encodeURIComponent(ACCUSED_EDGE)}`);
    await page.waitForSelector('#selection .events blockquote', { timeout: 20_000 });
    await idle();
    const link = page.locator('#selection .source a[href="https://example.org/readouts/putin-macron-2022-02-20"]');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.locator('#selection .evidence li').count()).toBe(2);
    expect(await panelText()).toContain('2 sources');
  });

  it('made no request outside the server and raised no page error', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
