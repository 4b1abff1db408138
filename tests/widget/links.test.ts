import { createLogger } from '../../src/logger';
import { RunningServer, startServer } from '../../src/server/app';
import { sharedBot } from '../kit/bot';
import { freePort } from '../kit/redis';
import { ask, botSays, describeBrowser, ensureWidgetBuilt, launchBrowser, newPage, openWidget, TestBrowser, waitForWelcome } from './helpers';

const SECTION_ID = 'how-often-should-we-micro-needle-our-skin';
const CONTACT_URL = 'https://clinic.example.com/contact';

describeBrowser('website widget: source links, the site contact and the typing indicator', () => {
  let server: RunningServer;
  let tb: TestBrowser;
  let articleUrl: string;

  beforeAll(async () => {
    ensureWidgetBuilt();
    // The demo page is the article here: ARTICLE_URL points at it, so a source link can be followed.
    const port = await freePort();
    articleUrl = `http://127.0.0.1:${port}/`;
    const site = { articleUrl, contactUrl: CONTACT_URL, contactEmail: 'clinic@example.com' };
    [server, tb] = await Promise.all([
      startServer({ bot: sharedBot(), logger: createLogger('silent'), port, host: '127.0.0.1', env: {}, site }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([tb?.close(), server?.close()]);
  });

  it('ends a factual answer with a link to its section, which the demo page has and the link lands on', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(server.url);
    await openWidget(page);
    await waitForWelcome(page);
    await ask(page, 'how often should I microneedle?');
    const answer = await botSays(page, /4-6 weeks/);

    const source = answer.locator('a', { hasText: 'the article, section “How Often Should We Micro-needle Our Skin?”' });
    expect(await source.getAttribute('href')).toBe(`${articleUrl}#${SECTION_ID}`);
    expect(await answer.textContent()).toMatch(/Source: the article, section/);
    await expect(page.locator(`h2#${SECTION_ID}`).textContent()).resolves.toBe('How Often Should We Micro-needle Our Skin?');

    const [opened] = await Promise.all([context.waitForEvent('page'), source.click()]);
    await opened.waitForLoadState();
    expect(await opened.evaluate(`document.querySelector(':target')?.id`)).toBe(SECTION_ID);
    await context.close();
  });

  it('answers a contact question with the configured contact page and address', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(server.url);
    await openWidget(page);
    await waitForWelcome(page);
    await ask(page, 'can I talk to someone?');
    const answer = await botSays(page, /To reach a person/);
    expect(await answer.locator('a', { hasText: 'the contact page' }).getAttribute('href')).toBe(CONTACT_URL);
    expect(await answer.locator('a', { hasText: 'clinic@example.com' }).getAttribute('href')).toBe('mailto:clinic@example.com');
    await context.close();
  });

  it('shows the typing indicator the server signals before the reply arrives', async () => {
    const { context, page } = await newPage(tb);
    const frames: string[] = [];
    page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => frames.push((JSON.parse(String(payload)) as { type: string }).type)));
    await page.goto(server.url);
    await openWidget(page);
    await waitForWelcome(page);
    // Record, in the page, when the indicator shows and when a bot message is added.
    await page.evaluate(`(() => {
      const root = document.querySelector('microneedling-chat').shadowRoot;
      const log = root.querySelector('[role="log"]');
      const typing = log.querySelector('.typing');
      window.events = [];
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && r.target === typing && !typing.hidden) window.events.push('typing');
          for (const node of r.addedNodes) if (node.classList && node.classList.contains('bot')) window.events.push('reply');
        }
      }).observe(log, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    })()`);
    frames.splice(0);
    await ask(page, 'is it safe?');
    await botSays(page, /safe/);
    expect(frames).toEqual(['typing', 'message']);
    const events = (await page.evaluate('window.events')) as string[];
    expect(events.indexOf('typing')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('typing')).toBeLessThan(events.indexOf('reply'));
    await context.close();
  });
});
