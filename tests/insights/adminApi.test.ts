import { tokenMatches } from '../../src/admin/routes';
import type { Report } from '../../src/insights/report';
import { newUser, postJson } from '../kit/web';
import { OwnedServer, startOwnedServer } from './support';

const TOKEN = 'a-long-admin-token-0123456789';

describe('admin report API', () => {
  let owned: OwnedServer;
  let plain: OwnedServer;

  beforeAll(async () => {
    [owned, plain] = await Promise.all([startOwnedServer({ siteOwner: { adminToken: TOKEN } }), startOwnedServer()]);
  });

  afterAll(() => Promise.all([owned?.close(), plain?.close()]));

  const get = (path: string, token?: string, server = owned) =>
    fetch(`${server.server.url}${path}`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

  it('does not exist without ADMIN_TOKEN', async () => {
    for (const path of ['/admin', '/admin/api/report', '/admin/api/report.csv']) expect((await get(path, TOKEN, plain)).status).toBe(404);
  });

  it('answers 401 without the right bearer token and 200 with it', async () => {
    for (const token of [undefined, '', 'wrong', TOKEN.slice(0, -1), `${TOKEN}x`]) {
      const response = await get('/admin/api/report', token);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const basic = await fetch(`${owned.server.url}/admin/api/report`, { headers: { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` } });
    expect(basic.status).toBe(401);

    const user = await newUser(owned.server);
    await postJson(`${owned.server.url}/api/messages`, { type: 'message', text: 'does it hurt?', user, channel: 'webhook' });
    await owned.server.insights.forget('flush');
    const response = await get('/admin/api/report?since=7d', TOKEN);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const report = (await response.json()) as Report;
    expect(report.uncovered).toEqual([{ subject: 'pain', count: 1, examples: [{ question: 'does it hurt?', count: 1 }] }]);

    const csv = await get('/admin/api/report.csv', TOKEN);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="question-report-\d{4}-\d\d-\d\d\.csv"$/);
    expect(await csv.text()).toContain('uncovered,pain,1,does it hurt?');
    expect((await get('/admin/api/report?since=forever', TOKEN)).status).toBe(400);
  });

  it('compares tokens whatever their length', () => {
    expect(tokenMatches(TOKEN, `Bearer ${TOKEN}`)).toBe(true);
    expect(tokenMatches(TOKEN, `Bearer ${TOKEN}${'x'.repeat(1000)}`)).toBe(false);
    expect(tokenMatches(TOKEN, undefined)).toBe(false);
  });
});

describe('admin rate limits', () => {
  let owned: OwnedServer;

  beforeAll(async () => {
    owned = await startOwnedServer({ siteOwner: { adminToken: TOKEN } });
  });

  afterAll(() => owned?.close());

  it('locks an address out after ten wrong tokens, even with the right one', async () => {
    const get = (token: string) => fetch(`${owned.server.url}/admin/api/report`, { headers: { authorization: `Bearer ${token}` } });
    for (let i = 0; i < 10; i++) expect((await get(`guess-${i}`)).status).toBe(401);
    expect((await get('guess-11')).status).toBe(429);
    expect((await get(TOKEN)).status).toBe(429);
  });
});
