import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

import { Executor } from '../../src/graph/executor';
import { RunningApp } from '../../src/server';
import { seedApp } from '../support/graph';

/**
 * The HTML pages under their own Content-Security-Policy, in a real headless Chromium: each loads
 * and draws, and the browser reports no violation (a blocked script, style, font or connection
 * would be one) and no error in the console.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the playground and the explorer under their CSP in a headless Chromium', () => {
  let executor: Executor;
  let app: RunningApp;
  let origin: string;
  let userDataDir: string;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    ({ executor, app } = await seedApp());
    origin = new URL(app.url).origin;
    userDataDir = mkdtempSync(join(tmpdir(), 'diplograph-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Every violation the page sees, recorded by the page itself before any of its own scripts run.
    await context.addInitScript(() => {
      const g = globalThis as any;
      g.__violations = [];
      g.document.addEventListener('securitypolicyviolation', (e: any) => g.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await app?.stop();
    await executor?.close();
  });

  async function visit(path: string, drawn: string): Promise<{ page: Page; problems: string[]; csp: string | null }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    const response = await page.goto(`${origin}${path}`);
    await page.waitForSelector(drawn, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    problems.push(...(await page.evaluate(() => (globalThis as any).__violations as string[])).map((v) => `CSP violation: ${v}`));
    return { page, problems, csp: (await response?.headerValue('content-security-policy')) ?? null };
  }

  it('draws GraphiQL at /playground with no CSP violation and no console error', async () => {
    const { page, problems, csp } = await visit('/playground', '.graphiql-container .graphiql-editors');
    expect(csp).toMatch(/script-src[^;]*'nonce-/);
    expect(csp).not.toMatch(/'unsafe-inline'[^;]*;?\s*$|script-src[^;]*'unsafe-inline'/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the explorer at /explore with no CSP violation and no console error', async () => {
    const { page, problems, csp } = await visit('/explore', '#search');
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reports a violation when the page breaks its policy (the check can fail)', async () => {
    const { page } = await visit('/explore', '#search');
    await page.evaluate(() => {
      const g = globalThis as any;
      const script = g.document.createElement('script');
      script.textContent = 'globalThis.injected = true';
      g.document.body.appendChild(script);
    });
    await page.waitForFunction(() => ((globalThis as any).__violations as string[]).length > 0, undefined, { timeout: 5_000 });
    expect(await page.evaluate(() => (globalThis as any).injected)).toBeUndefined();
    await page.close();
  });
});
