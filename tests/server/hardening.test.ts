import WebSocket from 'ws';
import { createLogger } from '../../src/logger';
import { RunningServer, SecurityOptions, startServer } from '../../src/server/app';
import { SessionIds } from '../../src/channels/web/sessionIds';
import { CLOSE_REPLACED, CLOSE_UNAUTHORIZED } from '../../src/protocol/web';
import { sharedBot } from '../kit/bot';
import { postJson } from '../kit/web';

/** The defences of the web channel: signed ids, one socket per id, origins, connection caps, rate limits, headers. */
const SECRET = 'hardening-test-secret';
const ID_SHAPE = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/;

const servers: RunningServer[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((s) => s.terminate());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function start(security: Partial<SecurityOptions> = {}): Promise<RunningServer> {
  return startServer({
    bot: sharedBot(),
    logger: createLogger('silent'),
    port: 0,
    host: '127.0.0.1',
    env: {},
    security: { sessionSecret: SECRET, ...security },
  }).then((server) => {
    servers.push(server);
    return server;
  });
}

async function sessionOf(server: RunningServer): Promise<string> {
  const response = await fetch(`${server.url}/api/session`, { method: 'POST' });
  return ((await response.json()) as { user: string }).user;
}

interface Frame {
  type: string;
  text?: string;
  error?: string;
}

/** A websocket that records frames and its close code. */
class Client {
  readonly frames: Frame[] = [];
  readonly closed: Promise<number>;
  private wake: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as Frame);
      this.wake.splice(0).forEach((w) => w());
    });
    this.closed = new Promise((resolve) => socket.once('close', (code) => resolve(code)));
  }

  static open(server: RunningServer, options: WebSocket.ClientOptions = {}): Promise<Client> {
    const socket = new WebSocket(server.url.replace('http', 'ws'), options);
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new Client(socket)));
      socket.once('error', reject);
    });
  }

  send(frame: object): void {
    this.socket.send(JSON.stringify({ channel: 'websocket', ...frame }));
  }

  messages(): Frame[] {
    return this.frames.filter((f) => f.type === 'message');
  }

  /** Waits until `count` frames matching `type` arrived. */
  async waitFor(type: string, count = 1, timeoutMs = 3000): Promise<Frame[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.frames.filter((f) => f.type === type);
      if (matching.length >= count) return matching;
      if (Date.now() > deadline) throw new Error(`expected ${count} ${type} frames, got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        this.wake.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
}

/** Resolves with the refusal of a websocket upgrade (an error such as "Unexpected server response: 401"). */
function refusedUpgrade(server: RunningServer, options: WebSocket.ClientOptions = {}): Promise<string> {
  const socket = new WebSocket(server.url.replace('http', 'ws'), options);
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('open', () => reject(new Error('the upgrade was accepted')));
    socket.once('error', (err) => resolve(err.message));
  });
}

describe('session ids', () => {
  it('POST /api/session issues a fresh signed id with 201', async () => {
    const server = await start();
    const first = await fetch(`${server.url}/api/session`, { method: 'POST' });
    expect(first.status).toBe(201);
    expect(first.headers.get('content-type')).toMatch(/application\/json/);
    const { user } = (await first.json()) as { user: string };
    expect(user).toMatch(ID_SHAPE);
    expect(new SessionIds(Buffer.from(SECRET)).isValid(user)).toBe(true);
    expect(new SessionIds(Buffer.from('another secret')).isValid(user)).toBe(false);
    expect(await sessionOf(server)).not.toBe(user);
  });

  it('is accepted by every instance sharing SESSION_SECRET and refused by one with another secret', async () => {
    const [issuer, sibling, stranger] = await Promise.all([start(), start(), start({ sessionSecret: 'not the same secret' })]);
    const user = await sessionOf(issuer);
    const ask = (server: RunningServer) => postJson(`${server.url}/api/messages`, { type: 'message', text: 'is it safe?', user });
    expect((await ask(sibling)).status).toBe(200);
    expect(await ask(stranger)).toMatchObject({ status: 401, json: { error: 'unauthorized' } });
  });
});

describe('websocket ids', () => {
  it('answers an unsigned id with an error frame and closes with 4401', async () => {
    const server = await start();
    const client = await Client.open(server);
    client.send({ type: 'hello', user: 'visitor-1' });
    expect(await client.closed).toBe(CLOSE_UNAUTHORIZED);
    expect(client.frames).toEqual([expect.objectContaining({ type: 'error', error: 'unauthorized' })]);
  });

  it('closes with 4401 a socket that switches to another id mid-connection', async () => {
    const server = await start();
    const [mine, someoneElse] = await Promise.all([sessionOf(server), sessionOf(server)]);
    const client = await Client.open(server);
    client.send({ type: 'message', user: mine, text: 'how often should I microneedle?' });
    await client.waitFor('message');
    client.send({ type: 'message', user: someoneElse, text: 'and for scars?' });
    expect(await client.closed).toBe(CLOSE_UNAUTHORIZED);
    expect(client.messages()).toHaveLength(1);
    expect(client.frames.at(-1)).toMatchObject({ type: 'error', error: 'unauthorized' });
  });

  it('closes the older socket with 4409 when a newer one presents the same id; only the newer gets replies', async () => {
    const server = await start();
    const user = await sessionOf(server);
    const older = await Client.open(server);
    older.send({ type: 'hello', user });
    await older.waitFor('message');

    const newer = await Client.open(server);
    newer.send({ type: 'message', user, text: 'how often should I microneedle?' });
    expect(await older.closed).toBe(CLOSE_REPLACED);
    const [answer] = await newer.waitFor('message');
    expect(answer.text).toMatch(/4-6 weeks/);
    // The context is the user's, whichever socket carried the turn before.
    newer.send({ type: 'message', user, text: 'and for scars?' });
    const [, followUp] = await newer.waitFor('message', 2);
    expect(followUp.text).toMatch(/scars take more sessions/);
    expect(older.messages()).toHaveLength(1);
    expect(older.messages()[0].text).toMatch(/not medical advice/);
  });
});

describe('websocket admission', () => {
  it('refuses an upgrade from an Origin not in ALLOWED_ORIGINS and allows a listed one', async () => {
    const server = await start({ allowedOrigins: ['https://shop.example', 'https://blog.example'] });
    expect(await refusedUpgrade(server, { origin: 'https://evil.example' })).toMatch(/401/);
    expect(await refusedUpgrade(server, { origin: 'https://shop.example.evil.example' })).toMatch(/401/);
    const allowed = await Client.open(server, { origin: 'https://blog.example' });
    allowed.send({ type: 'message', user: await sessionOf(server), text: 'is microneedling safe?' });
    expect((await allowed.waitFor('message'))[0].text).toMatch(/safest/);
  });

  it('refuses websockets past the per-IP cap, and admits again once one closes', async () => {
    const server = await start({ maxWebsocketsPerIp: 3 });
    const open = await Promise.all([Client.open(server), Client.open(server), Client.open(server)]);
    expect(await refusedUpgrade(server)).toMatch(/401/);
    open[0].socket.close();
    await open[0].closed;
    // The server counts the socket out on its own close event, a moment after the client's.
    const deadline = Date.now() + 2000;
    for (;;) {
      try {
        await Client.open(server);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

  it('caps websockets per client IP from X-Forwarded-For, taking only the trusted hop', async () => {
    const server = await start({ maxWebsocketsPerIp: 1, trustProxy: 1 });
    await Client.open(server, from('203.0.113.1'));
    await Client.open(server, from('203.0.113.2'));
    expect(await refusedUpgrade(server, from('203.0.113.1'))).toMatch(/401/);
    // A client cannot get round the cap by prepending addresses of its own: only the proxy's entry counts.
    expect(await refusedUpgrade(server, from('10.9.9.9, 203.0.113.1'))).toMatch(/401/);
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const server = await start({ maxWebsocketsPerIp: 1 });
    await Client.open(server, from('203.0.113.1'));
    expect(await refusedUpgrade(server, from('203.0.113.2'))).toMatch(/401/);
  });

  it('rate-limits webhook messages per client IP from X-Forwarded-For', async () => {
    // 1 per minute per user, 5 per IP.
    const server = await start({ rateLimitPerMinute: 1, trustProxy: 1 });
    const users = await Promise.all(
      Array.from({ length: 7 }, async (_, i) => {
        const response = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'x-forwarded-for': `198.51.100.${i + 1}` } });
        return ((await response.json()) as { user: string }).user;
      }),
    );
    const ask = async (user: string, ip: string) =>
      (
        await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: JSON.stringify({ type: 'message', text: 'is it safe?', user }),
        })
      ).status;
    for (const user of users.slice(0, 5)) expect(await ask(user, '203.0.113.1')).toBe(200);
    expect(await ask(users[5], '203.0.113.1')).toBe(429);
    expect(await ask(users[6], '203.0.113.2')).toBe(200);
  });
});

describe('rate limits', () => {
  const ask = (server: RunningServer, user: string) => postJson(`${server.url}/api/messages`, { type: 'message', text: 'is it safe?', user });

  it('answers 429 JSON on the webhook past RATE_LIMIT_PER_MINUTE', async () => {
    const server = await start({ rateLimitPerMinute: 3 });
    const user = await sessionOf(server);
    for (let i = 0; i < 3; i++) expect((await ask(server, user)).status).toBe(200);
    const refused = await ask(server, user);
    expect(refused).toMatchObject({ status: 429, json: { error: 'too_many_requests' } });
    expect(refused.type).toMatch(/application\/json/);
    // Another visitor is not affected.
    expect((await ask(server, await sessionOf(server))).status).toBe(200);
  });

  it('sends a polite message on the websocket past the limit and keeps the socket open', async () => {
    const server = await start({ rateLimitPerMinute: 2 });
    const user = await sessionOf(server);
    const client = await Client.open(server);
    for (let i = 0; i < 3; i++) client.send({ type: 'message', user, text: 'how often should I microneedle?' });
    const messages = await client.waitFor('message', 3);
    expect(messages[0].text).toMatch(/4-6 weeks/);
    expect(messages[1].text).toMatch(/4-6 weeks/);
    expect(messages[2].text).toBe(sharedBot().notice('rate_limited').text);
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('is off with RATE_LIMIT_PER_MINUTE=0', async () => {
    const server = await start({ rateLimitPerMinute: 0 });
    const user = await sessionOf(server);
    const statuses = await Promise.all(Array.from({ length: 40 }, () => ask(server, user).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('headers', () => {
  it('serves the demo page with a CSP that allows only its own scripts', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it.each([
    ['GET', '/healthz'],
    ['POST', '/api/session'],
    ['POST', '/api/messages'],
    ['GET', '/no-such-page'],
  ])('sets security headers on the JSON answer of %s %s', async (method, path) => {
    const server = await start();
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? '{}' : undefined,
    });
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it.each(['/api/messages', '/api/session'])('sends CORS headers on %s for an allowed origin only', async (path) => {
    const server = await start({ allowedOrigins: ['https://shop.example'] });
    const preflight = await fetch(`${server.url}${path}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i);

    const body = path === '/api/messages' ? JSON.stringify({ type: 'hello', user: await sessionOf(server) }) : undefined;
    const allowed = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { origin: 'https://shop.example', 'content-type': 'application/json' },
      body,
    });
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(allowed.headers.get('vary')).toMatch(/origin/i);

    const foreign = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body,
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin when ALLOWED_ORIGINS is empty', async () => {
    const server = await start({ allowedOrigins: [] });
    const response = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { origin: 'https://anywhere.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect((await Client.open(server, { origin: 'https://anywhere.example' })).socket.readyState).toBe(WebSocket.OPEN);
  });
});
