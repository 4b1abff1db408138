import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ADMIN_CSP } from '../../src/admin/routes';
import { newUser, postJson } from '../kit/web';
import { OwnedServer, startOwnedServer } from '../insights/support';
import { artifactPath, auditAccessibility, describeBrowser, DOCS_DIR, ensureAdminBuilt, launchBrowser, newPage, TestBrowser } from './helpers';

const TOKEN = 'admin-page-token-0123456789abcdef';
const DAY = 86_400_000;

/** A few days of questions: real turns today, earlier days written as the log would have. */
async function seed(owned: OwnedServer): Promise<void> {
  const url = owned.server.url;
  const ask = async (user: string, text: string) =>
    (await postJson(`${url}/api/messages`, { type: 'message', text, user, channel: 'webhook' })).json as Array<{ id: string }>;
  const visitors = await Promise.all([newUser(owned.server), newUser(owned.server), newUser(owned.server)]);
  for (const [i, user] of visitors.entries()) {
    await ask(user, 'is it safe during pregnancy?');
    await ask(user, 'how often should I microneedle?');
    if (i < 2) await ask(user, 'how much does it cost?');
  }
  const [down] = await ask(visitors[0], 'how many sessions do I need?');
  await postJson(`${url}/api/feedback`, { user: visitors[0], reply: down.id, rating: 'down', comment: 'how many sessions for acne scars' });
  await owned.server.insights.forget('flush');
  const rows = [];
  for (let day = 1; day <= 6; day++) {
    for (let i = 0; i < day + 2; i++) {
      const kind = i % 4;
      rows.push({
        replyId: `seed-${day}-${i}`,
        at: Date.now() - day * DAY,
        channel: 'websocket',
        userHash: `seed-${i}`,
        latencyMs: 2,
        ...(kind === 0
          ? {
              question: 'does microneedling hurt?',
              outcome: 'not_covered' as const,
              intent: 'not_covered',
              subject: 'pain',
              answer: 'The article does not cover pain.',
            }
          : kind === 1 && day % 2 === 0
            ? { question: 'needles??', outcome: 'unclear' as const, intent: 'unclear', answer: 'Could you rephrase that?' }
            : {
                question: 'how often should I microneedle?',
                outcome: 'answered' as const,
                intent: 'frequency',
                answer: 'According to the article, every 4-6 weeks.',
              }),
      });
    }
  }
  await owned.server.insights.store.addQuestions(rows);
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/401|429/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

describeBrowser('admin page in Chromium', () => {
  let owned: OwnedServer;
  let tb: TestBrowser;

  beforeAll(async () => {
    ensureAdminBuilt();
    [owned, tb] = await Promise.all([startOwnedServer({ siteOwner: { adminToken: TOKEN } }), launchBrowser()]);
    await seed(owned);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([tb?.close(), owned?.close()]);
  });

  it('is served under a strict policy with no inline script', async () => {
    const response = await fetch(`${owned.server.url}/admin`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(ADMIN_CSP);
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('refuses a wrong token, then shows the report with charts and a CSV download, and passes axe-core', async () => {
    const { context, page } = await newPage(tb, { viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    const errors = watchErrors(page);
    await page.goto(`${owned.server.url}/admin`);
    await page.getByLabel('Admin token').fill('not-the-token');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('status').filter({ hasText: 'That token is not right.' }).waitFor();
    expect(await page.locator('#report').isHidden()).toBe(true);

    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByLabel('Period').selectOption('7d');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.locator('#report').waitFor({ state: 'visible' });

    const charts = page.getByRole('img');
    expect(await charts.count()).toBe(3);
    expect(await charts.nth(0).getAttribute('aria-label')).toMatch(/^Questions per day, \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
    expect(await page.locator('#days-chart rect').count()).toBeGreaterThanOrEqual(7);
    expect(await charts.nth(1).getAttribute('aria-label')).toMatch(/pregnancy 3.*cost 2|pain/);
    expect(await page.locator('#uncovered').textContent()).toContain('“is it safe during pregnancy?” ×3');
    expect(await page.locator('#downvoted').textContent()).toContain('Looking for: “how many sessions for acne scars”');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^question-report-\d{4}-\d\d-\d\d\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('part,item,count,detail');
    expect(csv).toContain('down_voted,');

    expect(await auditAccessibility(page)).toEqual([]);
    expect(errors).toEqual([]);
    const file = artifactPath('admin-report.png');
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') copyFileSync(file, join(DOCS_DIR, 'admin-report.png'));

    // The token is kept for the tab only: a reload shows the report again without asking.
    await page.reload();
    await page.locator('#report').waitFor({ state: 'visible' });
    await context.close();
  });
});
