import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/app';
import { PAGE_CSP } from '../../src/channels/web/widgetRoutes';
import {
  artifactPath,
  ask,
  auditAccessibility,
  botSays,
  countInShadow,
  describeBrowser,
  DOCS_DIR,
  ensureWidgetBuilt,
  launchBrowser,
  newPage,
  openWidget,
  startBot,
  TestBrowser,
  waitForWelcome,
  widget,
  askWithFollowUp,
} from './helpers';

/** Collects CSP violations and page errors, which must stay empty. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

describeBrowser('website widget: chatting on the demo page', () => {
  let server: RunningServer;
  let tb: TestBrowser;

  beforeAll(async () => {
    ensureWidgetBuilt();
    [server, tb] = await Promise.all([startBot(), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([tb?.close(), server?.close()]);
  });

  it('serves widget.js, the demo page and /chat with the right headers', async () => {
    const js = await fetch(`${server.url}/widget.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(js.headers.get('etag')).toBeTruthy();
    // Read to the end: an unread body holds its connection open after the server has gone, and Jest's worker with it.
    expect(await js.text()).toContain('microneedling-chat');
    for (const path of ['/', '/chat']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(PAGE_CSP);
      const html = await res.text();
      expect(html).toContain('src="/widget.js"');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
      expect(html).not.toMatch(/\son[a-z]+=/i); // no inline handlers
    }
  });

  it('answers on the demo page: welcome, a question, a quick reply and a follow-up in context', async () => {
    const { context, page } = await newPage(tb);
    const errors = watchErrors(page);
    await page.goto(server.url);
    const w = widget(page);
    expect(await w.launcher.getAttribute('aria-label')).toMatch(/chat/i);
    await openWidget(page);
    await waitForWelcome(page);
    expect(await w.chips.count()).toBeGreaterThan(0);

    await ask(page, 'how often should I microneedle?');
    await botSays(page, /4-6 weeks/);
    await page.waitForFunction(`!document.querySelector('microneedling-chat').shadowRoot.querySelector('.msg.user.queued')`);

    const chip = w.chips.filter({ hasText: 'How many sessions?' });
    await chip.click();
    await botSays(page, /number of sessions depends on the problem/);
    // Quick replies belong to the latest bot message only.
    expect(await w.chips.filter({ hasText: 'How many sessions?' }).count()).toBe(0);
    expect(await w.user.last().textContent()).toContain('How many sessions do I need?');

    await ask(page, 'and for stretch marks?');
    const followUp = await botSays(page, /stretch marks/i);
    expect(await followUp.textContent()).toMatch(/sessions/);
    expect(errors).toEqual([]); // ran under the page's Content-Security-Policy without a violation
    expect(await countInShadow(page, 'style')).toBe(0); // constructable stylesheet, no <style> element
    await context.close();
  });

  it('restores the transcript after a reload and keeps the server-side context (same user id)', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(server.url);
    await openWidget(page);
    await waitForWelcome(page);
    await ask(page, 'how often should I microneedle?');
    await botSays(page, /4-6 weeks/);
    const before = await widget(page).log.locator('.msg').allTextContents();
    const userId = await page.evaluate(`Object.keys(localStorage).filter((k) => k.endsWith(':user')).map((k) => localStorage.getItem(k))`);

    await page.reload();
    const w = widget(page);
    // The panel was open, so it opens again; the transcript is back without asking the server.
    await w.input.waitFor({ state: 'visible' });
    expect(await w.log.locator('.msg').allTextContents()).toEqual(before);
    expect(await page.evaluate(`Object.keys(localStorage).filter((k) => k.endsWith(':user')).map((k) => localStorage.getItem(k))`)).toEqual(userId);

    await ask(page, 'and for scars?');
    const answer = await botSays(page, /scars/i);
    expect(await answer.textContent()).toMatch(/sessions/);
    // A reload shortly after the last message adds no "welcome back" noise.
    expect(await w.bot.filter({ hasText: /Welcome back/ }).count()).toBe(0);
    await context.close();
  });

  it('never turns user or server text into HTML', async () => {
    const { context, page } = await newPage(tb);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(server.url);
    await openWidget(page);
    await waitForWelcome(page);
    const attacks = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>'];
    for (const text of attacks) {
      await ask(page, text);
      await widget(page).user.filter({ hasText: text }).waitFor();
      await botSays(page, /only answer questions about microneedling/);
    }
    const userTexts = await widget(page).user.locator('.bubble').allTextContents();
    for (const text of attacks) expect(userTexts.some((t) => t.endsWith(text))).toBe(true);
    expect(await countInShadow(page, 'img, script, iframe, object, embed, [onerror], [onclick]')).toBe(0);
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('renders limited Markdown from the server and strips anything else (mocked server)', async () => {
    const { context, page } = await newPage(tb);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const hostile = [
      'Read **this** and *that*: [the article](https://example.com/a?b=1&c=2) or [bad](javascript:alert(1)).',
      '',
      '- first <img src=x onerror=alert(2)>',
      '- second <script>alert(3)</script> <a href="javascript:alert(4)" onclick="alert(5)">x</a>',
      '',
      '<svg onload=alert(6)></svg><iframe src="javascript:alert(7)"></iframe>',
    ].join('\n');
    await page.routeWebSocket(/^ws:\/\/127\.0\.0\.1:\d+\/$/, (ws) => {
      ws.onMessage((raw) => {
        const msg = JSON.parse(String(raw)) as { type: string };
        if (msg.type === 'hello' || msg.type === 'welcome_back') {
          ws.send(JSON.stringify({ type: 'message', text: hostile, quick_replies: [{ title: '<img src=x onerror=alert(8)>', payload: '<b>x</b>' }] }));
        }
      });
    });
    await page.goto(server.url);
    await openWidget(page);
    const bubble = widget(page).bot.last().locator('.bubble');
    await bubble.waitFor();
    expect(await bubble.locator('strong').textContent()).toBe('this');
    expect(await bubble.locator('em').textContent()).toBe('that');
    expect(await bubble.locator('li').count()).toBe(2);
    const links = bubble.locator('a');
    expect(await links.count()).toBe(1);
    expect(await links.getAttribute('href')).toBe('https://example.com/a?b=1&c=2');
    expect(await links.getAttribute('target')).toBe('_blank');
    expect(await links.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await bubble.textContent()).toContain('<img src=x onerror=alert(2)>'); // shown as text
    expect(await countInShadow(page, '.bubble *:not(p):not(br):not(em):not(strong):not(ul):not(li):not(a):not(span.sr-only)')).toBe(0);
    expect(await countInShadow(page, 'img, script, svg.evil, iframe, [onclick], [onerror], [onload]')).toBe(0);
    expect(await widget(page).chips.first().textContent()).toBe('<img src=x onerror=alert(8)>');
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('passes an axe-core audit with the widget open, in light and dark mode and on /chat', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await newPage(tb, { colorScheme });
      await page.goto(server.url);
      await openWidget(page);
      await waitForWelcome(page);
      await ask(page, 'how often should I microneedle?');
      await botSays(page, /4-6 weeks/);
      expect(await auditAccessibility(page)).toEqual([]);
      await context.close();
    }
    const { context, page } = await newPage(tb);
    await page.goto(`${server.url}/chat`);
    await waitForWelcome(page);
    expect(await auditAccessibility(page)).toEqual([]);
    await context.close();
  });

  it('works from the keyboard and goes full-screen on a 360 px screen', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(server.url);
    const w = widget(page);
    const launcherFocused = `document.activeElement?.tagName === 'MICRONEEDLING-CHAT' && document.activeElement.shadowRoot.activeElement?.classList.contains('launcher')`;
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(launcherFocused)) as boolean;
    }
    expect(reached).toBe(true);
    // A visible focus indicator on the launcher.
    expect(await w.launcher.evaluate((b: any) => b.ownerDocument.defaultView.getComputedStyle(b).outlineStyle)).toBe('solid');

    await page.keyboard.press('Enter');
    await w.input.waitFor({ state: 'visible' });
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await w.input.evaluate((i: any) => i.getRootNode().activeElement === i)).toBe(true);
    await waitForWelcome(page);
    await page.keyboard.type('how often should I microneedle?');
    await page.keyboard.press('Enter');
    await botSays(page, /4-6 weeks/);

    await page.keyboard.press('Escape');
    await w.panel.waitFor({ state: 'hidden' });
    expect(await page.evaluate(launcherFocused)).toBe(true);
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('false');

    await page.setViewportSize({ width: 360, height: 740 });
    await page.keyboard.press('Enter');
    await w.input.waitFor({ state: 'visible' });
    expect(await w.panel.boundingBox()).toEqual({ x: 0, y: 0, width: 360, height: 740 });
    // Tab stays inside the full-screen panel.
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(`document.activeElement?.tagName`)).toBe('MICRONEEDLING-CHAT');
    await page.keyboard.press('Escape');
    await w.panel.waitFor({ state: 'hidden' });
    expect(await page.evaluate(launcherFocused)).toBe(true);
    await context.close();
  });

  it('follows the dark colour scheme and the reduced-motion preference', async () => {
    const styleOf = (page: Page) =>
      widget(page).panel.evaluate((p: any) => {
        const cs = p.ownerDocument.defaultView.getComputedStyle(p);
        return { background: cs.backgroundColor, transition: cs.transitionDuration };
      });
    const dark = await newPage(tb, { colorScheme: 'dark', reducedMotion: 'no-preference' });
    await dark.page.goto(server.url);
    await openWidget(dark.page);
    expect(await styleOf(dark.page)).toEqual({ background: 'rgb(28, 27, 34)', transition: expect.stringMatching(/0\.18s/) });
    await dark.context.close();
    const calm = await newPage(tb, { colorScheme: 'light', reducedMotion: 'reduce' });
    await calm.page.goto(server.url);
    await openWidget(calm.page);
    expect(await styleOf(calm.page)).toEqual({ background: 'rgb(255, 255, 255)', transition: expect.stringMatching(/^0s(, 0s)*$/) });
    await calm.context.close();
  });

  it('takes screenshots of the open widget on desktop and phone', async () => {
    const shots: Array<{ name: string; width: number; height: number; colorScheme: 'light' | 'dark' }> = [
      { name: 'widget-desktop', width: 1280, height: 800, colorScheme: 'light' },
      { name: 'widget-phone', width: 360, height: 740, colorScheme: 'light' },
      { name: 'widget-desktop-dark', width: 1280, height: 800, colorScheme: 'dark' },
      { name: 'widget-phone-dark', width: 360, height: 740, colorScheme: 'dark' },
    ];
    for (const shot of shots) {
      const { context, page } = await newPage(tb, {
        viewport: { width: shot.width, height: shot.height },
        colorScheme: shot.colorScheme,
        deviceScaleFactor: 2,
      });
      await page.goto(server.url);
      await openWidget(page);
      await waitForWelcome(page);
      await askWithFollowUp(page);
      await widget(page).input.focus(); // shows the focus ring
      const file = artifactPath(`${shot.name}.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      if (process.env.UPDATE_DOCS_SCREENSHOTS === '1' && shot.colorScheme === 'light') copyFileSync(file, join(DOCS_DIR, `${shot.name}.png`));
      await context.close();
    }
  });
});
