import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/app';
import {
  ask,
  botAnswer,
  botSays,
  describeBrowser,
  ensureWidgetBuilt,
  launchBrowser,
  newPage,
  openWidget,
  PageServer,
  sleep,
  startBot,
  startPageServer,
  TestBrowser,
  waitForWelcome,
  widget,
  askWithFollowUp,
} from './helpers';

const STYLE_PROPS = [
  'display',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'line-height',
  'margin-top',
  'padding-left',
  'border-top-width',
  'box-sizing',
  'position',
];

function computedStyles(page: Page, selectors: string[]): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(`(() => {
    const out = {};
    for (const sel of ${JSON.stringify(selectors)}) {
      const cs = getComputedStyle(document.querySelector(sel));
      out[sel] = Object.fromEntries(${JSON.stringify(STYLE_PROPS)}.map((p) => [p, cs.getPropertyValue(p)]));
    }
    return out;
  })()`) as Promise<Record<string, Record<string, string>>>;
}

describeBrowser('website widget: connection loss, hostile pages and other origins', () => {
  let server: RunningServer;
  let tb: TestBrowser;
  let site: PageServer;
  let widgetSrc: string;

  const plainPage = (withWidget: boolean) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title>
    <style>body { font: 16px/1.5 serif; margin: 12px; } .box { padding: 10px; border: 2px solid #333; }</style></head>
    <body><main><h1>Customer site</h1><p id="para">Some text.</p><div class="box" id="box">A box</div>
    <button id="btn">A page button</button><input id="field" aria-label="Page field"><a id="link" href="#">A link</a></main>
    ${withWidget ? `<script src="${widgetSrc}" defer></script>` : ''}</body></html>`;

  beforeAll(async () => {
    ensureWidgetBuilt();
    [server, tb] = await Promise.all([startBot(), launchBrowser()]);
    widgetSrc = `${server.url}/widget.js`;
    site = await startPageServer({
      '/embed.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed</title></head><body><script src="${widgetSrc}" defer></script></body></html>`,
      '/hostile.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title><style>
        html { font-size: 40px; }
        * { font-family: "Comic Sans MS", cursive !important; color: lime !important; line-height: 3 !important;
            letter-spacing: 4px !important; box-sizing: content-box !important; --bg: red; --accent: lime; --text: yellow; }
        body *:not(microneedling-chat) { display: none !important; }
        button { background: red !important; border: 8px solid yellow !important; width: 10px !important; }
        div, p, input, form { all: unset !important; position: static !important; }
        svg { width: 400px !important; }
      </style></head><body><main><p>Page text</p><button>Page button</button></main>
      <script src="${widgetSrc}" data-accent="#0f766e" defer></script></body></html>`,
      '/options.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Options</title></head><body>
        <script src="${widgetSrc}" data-title="Ask Skin Notes" data-accent="rebeccapurple" data-position="left" data-open defer></script></body></html>`,
      '/bad-accent.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad accent</title></head><body>
        <script src="${widgetSrc}" data-accent="red}.launcher{background:lime" defer></script></body></html>`,
      '/plain.html': plainPage(false),
      '/plain-widget.html': plainPage(true),
    });
  });

  afterAll(async () => {
    await Promise.all([tb?.close(), server?.close(), site?.close()]);
  });

  it('queues a message typed while the server is down and sends it exactly once after reconnecting', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(server.url);
    const w = widget(page);
    await openWidget(page);
    await waitForWelcome(page);
    await ask(page, 'how often should I microneedle?');
    await botSays(page, /4-6 weeks/);

    const port = server.port;
    await server.close();
    await w.status.filter({ hasText: /Offline/ }).waitFor();
    await ask(page, 'is it safe?');
    const queued = w.user.filter({ hasText: 'is it safe?' });
    await queued.locator('.meta', { hasText: /Waiting for connection/ }).waitFor();
    expect(await queued.getAttribute('class')).toMatch(/queued/);
    await sleep(300);

    server = await startBot(port);
    const expected = botAnswer('is it safe?');
    await botSays(page, expected.slice(0, 40), 15_000);
    await w.status.filter({ hasText: 'Online' }).waitFor();
    await sleep(1_500); // a duplicate would have arrived by now
    expect(await w.bot.filter({ hasText: expected.slice(0, 40) }).count()).toBe(1);
    expect(await w.user.filter({ hasText: 'is it safe?' }).count()).toBe(1);
    expect(await w.host.locator('.msg.queued').count()).toBe(0);
    const outbox = await page.evaluate(`Object.keys(localStorage).filter((k) => k.endsWith(':outbox')).map((k) => JSON.parse(localStorage.getItem(k)))`);
    expect(outbox).toEqual([[]]);
    await context.close();
  });

  it('keeps messages typed offline across a reload and sends them once the bot is reachable', async () => {
    const { context, page } = await newPage(tb);
    let down = true;
    await page.routeWebSocket(/^ws:/, (ws) => {
      if (down) ws.close({ code: 1006 });
      else ws.connectToServer();
    });
    await page.route('**/api/messages', (route) => (down ? route.abort('connectionrefused') : route.continue()));
    await page.goto(server.url);
    const w = widget(page);
    await openWidget(page);
    await ask(page, 'is it safe?');
    await w.user
      .filter({ hasText: 'is it safe?' })
      .locator('.meta', { hasText: /Waiting for connection/ })
      .waitFor();

    await page.reload();
    await w.input.waitFor({ state: 'visible' });
    await w.user
      .filter({ hasText: 'is it safe?' })
      .locator('.meta', { hasText: /Waiting for connection/ })
      .waitFor();
    await w.status.filter({ hasText: /Offline/ }).waitFor();

    down = false;
    // The widget also retries on its own: on a slow machine it may be back online before "Retry now" can be clicked.
    const online = w.status.filter({ hasText: 'Online' });
    await Promise.race([w.host.getByRole('button', { name: 'Retry now' }).click(), online.waitFor()]);
    const expected = botAnswer('is it safe?');
    await botSays(page, expected.slice(0, 40));
    await waitForWelcome(page); // it never heard from the bot, so it is greeted as a newcomer
    await sleep(1_000);
    expect(await w.bot.filter({ hasText: expected.slice(0, 40) }).count()).toBe(1);
    expect(await w.user.count()).toBe(1);
    expect(await w.host.locator('.msg.queued').count()).toBe(0);
    await context.close();
  });

  it('applies the data- options of the script tag', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(`${site.origin}/options.html`);
    const w = widget(page);
    await w.input.waitFor({ state: 'visible' }); // data-open: open without a click
    await waitForWelcome(page);
    expect(await w.host.locator('h2').textContent()).toBe('Ask Skin Notes');
    const launcher = await w.launcher.boundingBox();
    expect(launcher && launcher.x).toBeLessThan(100); // data-position="left"
    const header = await w.host.locator('.header').evaluate((h: any) => h.ownerDocument.defaultView.getComputedStyle(h).backgroundColor);
    expect(header).toBe('rgb(102, 51, 153)'); // rebeccapurple
    await context.close();

    // An accent that is not a colour (an injection attempt) falls back to the default.
    const bad = await newPage(tb);
    await bad.page.goto(`${site.origin}/bad-accent.html`);
    await widget(bad.page).launcher.waitFor();
    const bg = await widget(bad.page).launcher.evaluate((b: any) => b.ownerDocument.defaultView.getComputedStyle(b).backgroundColor);
    expect(bg).toBe('rgb(176, 58, 111)');
    await bad.context.close();
  });

  it('keeps working on a page with hostile CSS, and its own CSS leaves the page alone', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(`${site.origin}/hostile.html`);
    const w = widget(page);
    await w.launcher.waitFor({ state: 'visible' });
    const box = await w.launcher.boundingBox();
    expect(box && box.width).toBe(60);
    const launcherStyle = await w.launcher.evaluate((b: any) => {
      const cs = b.ownerDocument.defaultView.getComputedStyle(b);
      return { bg: cs.backgroundColor, border: cs.borderTopWidth };
    });
    expect(launcherStyle).toEqual({ bg: 'rgb(15, 118, 110)', border: '0px' }); // data-accent, not the page's red
    await openWidget(page);
    await waitForWelcome(page);
    await ask(page, 'how often should I microneedle?');
    const answer = await botSays(page, /4-6 weeks/);
    const font = await answer.evaluate((m: any) => {
      const cs = m.ownerDocument.defaultView.getComputedStyle(m);
      return { family: cs.fontFamily, size: cs.fontSize, color: cs.color, spacing: cs.letterSpacing };
    });
    expect(font.family).not.toMatch(/Comic/);
    expect(font.size).toBe('15px');
    expect(font.color).not.toBe('rgb(0, 255, 0)');
    expect(font.spacing).toBe('normal');
    const panel = await w.panel.boundingBox();
    expect(panel && panel.width).toBe(380);
    await context.close();

    // The same page with and without the widget: identical computed styles for page elements.
    const selectors = ['body', 'h1', '#para', '#box', '#btn', '#field', '#link'];
    const plain = await newPage(tb);
    await plain.page.goto(`${site.origin}/plain.html`);
    const without = await computedStyles(plain.page, selectors);
    await plain.context.close();
    const embed = await newPage(tb);
    await embed.page.goto(`${site.origin}/plain-widget.html`);
    await openWidget(embed.page);
    const withWidget = await computedStyles(embed.page, selectors);
    await embed.context.close();
    expect(withWidget).toEqual(without);
  });

  it('works when embedded on a page of another origin', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(`${site.origin}/embed.html`);
    await openWidget(page);
    await waitForWelcome(page);
    await ask(page, 'how often should I microneedle?');
    await botSays(page, /4-6 weeks/);
    // The conversation is stored on the host page's origin, namespaced by the bot's origin.
    const keys = (await page.evaluate('Object.keys(localStorage)')) as string[];
    expect(keys).toContain(`mnchat:${server.url}:transcript`);
    await context.close();
  });

  it('falls back to the webhook when the browser has no WebSocket', async () => {
    const { context, page } = await newPage(tb);
    await context.addInitScript('delete window.WebSocket');
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/messages')) posts.push(r.postData() ?? '');
    });
    await page.goto(server.url);
    await openWidget(page);
    await waitForWelcome(page);
    await askWithFollowUp(page);
    expect(posts.map((p) => JSON.parse(p) as { type: string; channel: string })).toEqual([
      expect.objectContaining({ type: 'hello', channel: 'webhook' }),
      expect.objectContaining({ type: 'message', text: 'how often should I microneedle?', channel: 'webhook' }),
      expect.objectContaining({ type: 'message', text: 'and for stretch marks?', channel: 'webhook' }),
    ]);
    await context.close();
  });

  it('falls back to the webhook when websocket connections keep failing', async () => {
    const { context, page } = await newPage(tb);
    await page.routeWebSocket(/^ws:/, (ws) => ws.close({ code: 1006 }));
    await page.goto(server.url);
    await openWidget(page);
    await ask(page, 'how often should I microneedle?');
    await waitForWelcome(page);
    await botSays(page, /4-6 weeks/, 20_000);
    expect(await widget(page).user.count()).toBe(1);
    await context.close();
  });

  it('falls back to the webhook across origins when CORS is enabled for it', async () => {
    const preflight = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { Origin: site.origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'probe', user: 'cors-probe', channel: 'webhook' }),
    });
    expect(['*', site.origin]).toContain(preflight.headers.get('access-control-allow-origin'));
    const { context, page } = await newPage(tb);
    await context.addInitScript('delete window.WebSocket');
    await page.goto(`${site.origin}/embed.html`);
    await openWidget(page);
    await waitForWelcome(page);
    await ask(page, 'how often should I microneedle?');
    await botSays(page, /4-6 weeks/);
    await context.close();
  });
});
