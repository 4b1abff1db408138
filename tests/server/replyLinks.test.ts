import { createLogger } from '../../src/logger';
import { RunningServer, startServer } from '../../src/server/app';
import { sharedBot } from '../kit/bot';
import { newUser, postJson, SocketClient } from '../kit/web';

const SITE = { articleUrl: 'https://www.example.com/microneedling', contactUrl: 'https://www.example.com/contact', contactEmail: 'clinic@example.com' };

describe('the server with ARTICLE_URL and a contact', () => {
  let server: RunningServer;
  const clients: SocketClient[] = [];

  beforeAll(async () => {
    server = await startServer({ bot: sharedBot(), logger: createLogger('silent'), port: 0, host: '127.0.0.1', env: {}, site: SITE });
  });
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(() => server.close());

  async function webhook(text: string): Promise<Array<{ type: string; text?: string }>> {
    const { status, json } = await postJson(`${server.url}/api/messages`, { type: 'message', text, user: await newUser(server), channel: 'webhook' });
    expect(status).toBe(200);
    return json as Array<{ type: string; text?: string }>;
  }

  it('ends a factual answer with a link to its section, over the webhook (which gets no typing frame)', async () => {
    const replies = await webhook('how often should I microneedle?');
    expect(replies.map((r) => r.type)).toEqual(['message']);
    expect(replies[0].text).toMatch(
      /4-6 weeks[\s\S]*\n\nSource: \[the article, section “How Often Should We Micro-needle Our Skin\?”\]\(https:\/\/www\.example\.com\/microneedling#how-often-should-we-micro-needle-our-skin\)$/,
    );
  });

  it('offers the contact on a not-covered question and answers a contact question with it', async () => {
    const [cost] = await webhook('how much does microneedling cost?');
    expect(cost.text).toMatch(
      /doesn't cover[\s\S]*\[the contact page\]\(https:\/\/www\.example\.com\/contact\) or write to \[clinic@example\.com\]\(mailto:clinic@example\.com\)\.$/,
    );
    const [contact] = await webhook('how do I contact you?');
    expect(contact.text).toMatch(/^To reach a person from this site, use \[the contact page\]/);
  });

  it('sends a typing frame before each answer on the websocket', async () => {
    const client = await SocketClient.connect(server.url.replace('http', 'ws'));
    clients.push(client);
    const user = await newUser(server);
    client.send({ type: 'message', text: 'is it safe?', user, channel: 'websocket' });
    await client.messages(1);
    client.send({ type: 'message', text: 'and what about aftercare?', user, channel: 'websocket' });
    await client.messages(2);
    expect(client.frames.map((f: { type: string }) => f.type)).toEqual(['typing', 'message', 'typing', 'message']);
  });
});
