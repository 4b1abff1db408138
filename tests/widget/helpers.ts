import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Locator, Page } from 'playwright-core';
import { MicroneedlingBot } from '../../src/bot';
import { projectRoot } from '../../src/data/paths';
import { createLogger } from '../../src/logger';
import { RunningServer, startServer } from '../../src/server/app';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ARTIFACTS_DIR = join(projectRoot, 'artifacts');
export const DOCS_DIR = join(projectRoot, 'docs');
export const AXE_PATH = join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js');
const WIDGET_JS = join(projectRoot, 'dist', 'public', 'widget.js');

/**
 * Browser suites run when Debian's Chromium is installed. Without it they are skipped with a message,
 * except in CI (CI=true), where a missing browser must fail the run rather than pass it silently.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM_PATH) || process.env.CI === 'true') {
    describe(name, fn);
    return;
  }
  console.warn(`Skipping "${name}": ${CHROMIUM_PATH} is missing (apt-get install -y chromium). With CI=true this fails instead.`);
  describe.skip(name, fn);
}

/** Runs a build script when `output` is missing or older than the script or a file of `sources` (folders or files; builds write atomically). */
function ensureBuilt(script: string, sources: string[], output: string): void {
  const files = [join(projectRoot, 'scripts', script)];
  for (const source of sources.map((s) => join(projectRoot, 'src', s))) {
    if (statSync(source).isDirectory()) files.push(...readdirSync(source).map((f) => join(source, f)));
    else files.push(source);
  }
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (files.some((f) => statSync(f).mtimeMs > built)) {
    execFileSync(process.execPath, [join(projectRoot, 'scripts', script)], { cwd: projectRoot, stdio: 'pipe' });
  }
}

/** Builds dist/public/widget.js when it is missing or older than its sources. */
export function ensureWidgetBuilt(): void {
  ensureBuilt('build-widget.mjs', ['widget', 'protocol'], WIDGET_JS);
}

/** Builds the admin page into dist/admin/ when it is missing or older than its sources. */
export function ensureAdminBuilt(): void {
  ensureBuilt('build-admin.mjs', [join('admin', 'page'), join('insights', 'reportShape.ts')], join(projectRoot, 'dist', 'admin', 'admin.js'));
}

/** axe-core's serious and critical violations on the page, as readable lines (empty when it passes). */
export async function auditAccessibility(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE_PATH, 'utf8')); // evaluated by DevTools, so the page's CSP does not block it
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }>;
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

let sharedBot: MicroneedlingBot | undefined;

/** The real server, in-process, with the real bot and a silent logger. */
export function startBot(port = 0): Promise<RunningServer> {
  sharedBot ??= new MicroneedlingBot();
  return startServer({ bot: sharedBot, logger: createLogger('silent'), port, host: '127.0.0.1' });
}

export function botAnswer(question: string): string {
  sharedBot ??= new MicroneedlingBot();
  return sharedBot.respond(question, undefined).replies[0].text;
}

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** One Chromium per test file, on a fresh profile directory; tests take fresh contexts from it. */
export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mnchat-chromium-'));
  const persistent = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const browser = persistent.browser();
  if (!browser) throw new Error('Chromium did not expose its browser');
  return {
    browser,
    async close() {
      await persistent.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function newPage(tb: TestBrowser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await tb.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  return { context, page };
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** A tiny static server on another ephemeral port: a "customer site" on another origin. */
export async function startPageServer(pages: Record<string, string>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const body = pages[(req.url ?? '/').split('?')[0]];
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    // "localhost" vs the bot's "127.0.0.1": a different origin, as a real embed would be.
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Locators inside the widget's shadow root (Playwright's CSS and role engines pierce open shadow roots). */
export function widget(page: Page) {
  const host = page.locator('microneedling-chat');
  return {
    host,
    launcher: host.locator('button.launcher'),
    panel: host.locator('.panel'),
    log: host.locator('[role="log"]'),
    input: host.getByRole('textbox'),
    bot: host.locator('.msg.bot'),
    user: host.locator('.msg.user'),
    chips: host.locator('.quick button'),
    status: host.locator('.status-text'),
  };
}

export async function openWidget(page: Page): Promise<void> {
  const w = widget(page);
  await w.launcher.click();
  await w.input.waitFor({ state: 'visible' });
}

export async function ask(page: Page, text: string): Promise<void> {
  const w = widget(page);
  await w.input.fill(text);
  await w.input.press('Enter');
}

/** Waits for a bot message containing `text` (a substring or a pattern) and returns it. */
export async function botSays(page: Page, text: string | RegExp, timeout = 10_000): Promise<Locator> {
  const message = widget(page).bot.filter({ hasText: text }).last();
  await message.waitFor({ state: 'visible', timeout });
  return message;
}

/** The exchange most tests hold: a question, then a follow-up that only makes sense in its context. */
export async function askWithFollowUp(page: Page): Promise<void> {
  await ask(page, 'how often should I microneedle?');
  await botSays(page, /4-6 weeks/);
  await ask(page, 'and for stretch marks?');
  await botSays(page, /stretch marks/);
}

export async function waitForWelcome(page: Page): Promise<void> {
  await botSays(page, /Hi! I answer questions about microneedling/);
}

/** Counts elements matching `selector` inside the widget's shadow root. */
export function countInShadow(page: Page, selector: string): Promise<number> {
  return page.evaluate(`document.querySelector('microneedling-chat').shadowRoot.querySelectorAll(${JSON.stringify(selector)}).length`) as Promise<number>;
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
