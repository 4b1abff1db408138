import { OwnedServer, startOwnedServer } from '../insights/support';
import {
  ask,
  auditAccessibility,
  botSays,
  describeBrowser,
  ensureWidgetBuilt,
  launchBrowser,
  newPage,
  openWidget,
  TestBrowser,
  waitForWelcome,
  widget,
} from './helpers';

describeBrowser('website widget: feedback and deleting the conversation', () => {
  let owned: OwnedServer;
  let tb: TestBrowser;

  beforeAll(async () => {
    ensureWidgetBuilt();
    [owned, tb] = await Promise.all([startOwnedServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([tb?.close(), owned?.close()]);
  });

  const feedbackRows = () => owned.db.query<{ rating: string; comment: string | null }>('SELECT rating, comment FROM feedback');

  /** Votes are sent after the click: waits for the feedback table to hold `expected`. */
  async function rowsBecome(expected: unknown): Promise<void> {
    const deadline = Date.now() + 5000;
    while (JSON.stringify(await feedbackRows()) !== JSON.stringify(expected) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await feedbackRows()).toEqual(expected);
  }

  it('votes with labelled toggle buttons, changes the vote in one click, and sends a comment after a thumbs down', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(owned.server.url);
    await openWidget(page);
    await waitForWelcome(page);
    const w = widget(page);
    // The welcome is not an answer: no thumbs under it.
    expect(await w.host.getByRole('button', { name: 'Helpful', exact: true }).count()).toBe(0);

    await ask(page, 'how often should I microneedle?');
    const answer = await botSays(page, /4-6 weeks/);
    const message = answer.locator('xpath=..');
    const up = message.getByRole('button', { name: 'Helpful', exact: true });
    const down = message.getByRole('button', { name: 'Not helpful' });
    expect(await message.getByRole('group', { name: 'Was this answer helpful?' }).count()).toBe(1);
    expect([await up.getAttribute('aria-pressed'), await down.getAttribute('aria-pressed')]).toEqual(['false', 'false']);

    await up.click();
    expect(await up.getAttribute('aria-pressed')).toBe('true');
    await rowsBecome([{ rating: 'up', comment: null }]);

    await down.click();
    expect([await up.getAttribute('aria-pressed'), await down.getAttribute('aria-pressed')]).toEqual(['false', 'true']);
    const comment = message.getByLabel('What were you looking for? (optional)');
    await comment.waitFor({ state: 'visible' });
    await rowsBecome([{ rating: 'down', comment: null }]);
    await comment.fill('how many sessions for acne scars');
    await comment.press('Enter');
    await message.getByText('Thank you for the feedback.').waitFor();
    expect(await comment.isVisible()).toBe(false);
    await rowsBecome([{ rating: 'down', comment: 'how many sessions for acne scars' }]);

    // The vote survives a reload (it is part of the stored transcript).
    await page.reload();
    const again = (await botSays(page, /4-6 weeks/)).locator('xpath=..');
    expect(await again.getByRole('button', { name: 'Not helpful' }).getAttribute('aria-pressed')).toBe('true');
    expect(await auditAccessibility(page)).toEqual([]);
    await context.close();
  });

  it('deletes the conversation from the menu: server rows, context and the transcript go, chatting goes on', async () => {
    const { context, page } = await newPage(tb);
    await page.goto(owned.server.url);
    await openWidget(page);
    await waitForWelcome(page);
    await ask(page, 'how often should I microneedle?');
    await botSays(page, /4-6 weeks/);
    await owned.server.insights.forget('flush');
    const before = (await owned.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM questions'))[0].n;
    expect(before).toBeGreaterThan(0);

    const w = widget(page);
    const more = w.host.getByRole('button', { name: 'More options' });
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await w.host.getByRole('menuitem', { name: 'Delete my conversation' }).click();
    await botSays(page, 'Your conversation was deleted.');
    expect(await w.bot.count()).toBe(1);
    expect(await w.user.count()).toBe(0);
    const after = (await owned.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM questions'))[0].n;
    expect(after).toBeLessThan(before);

    // A fresh start: the follow-up has no context any more, and new questions still get answers.
    await ask(page, 'what is microneedling?');
    await botSays(page, /microneedling/i);
    await context.close();
  });
});
