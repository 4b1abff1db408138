import WebSocket from 'ws';
import type { MessageFrame } from '../../src/protocol/web';

/** Talking to the web channel as the widget does: a signed id, the webhook, the websocket. */

/** A running server: in this process (startTestServer) or another (Instance), or any URL. */
export interface Target {
  url: string;
}

/** A user id signed by the server, as the widget gets one; undefined when the server issues none (404). */
export async function sessionId(target: Target): Promise<string | undefined> {
  const response = await fetch(`${target.url}/api/session`, { method: 'POST' });
  if (response.status === 404) return undefined;
  if (response.status !== 201) throw new Error(`POST /api/session: ${response.status}`);
  return ((await response.json()) as { user: string }).user;
}

/** A user id signed by the server, as the widget gets one. */
export async function newUser(target: Target): Promise<string> {
  const user = await sessionId(target);
  if (!user) throw new Error(`${target.url} issues no session ids`);
  return user;
}

/** Says `text` over the webhook (with a client message id, if given) and returns the reply messages (throws on a non-200 answer). */
export async function say(
  target: Target,
  user: string,
  text: string,
  { id, timeoutMs = 5000 }: { id?: string; timeoutMs?: number } = {},
): Promise<MessageFrame[]> {
  const response = await fetch(`${target.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, user, channel: 'webhook', ...(id ? { id } : {}) }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`POST /api/messages: ${response.status} ${body}`);
  return JSON.parse(body) as MessageFrame[];
}

export async function postJson(url: string, body: unknown, raw = false): Promise<{ status: number; json: unknown; type: string | null }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ? (body as string) : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), json: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Any frame the server sends: a message, typing, or an error. */
export type Frame = Omit<Partial<MessageFrame>, 'type'> & { type: string };

/** A websocket client that collects every frame the bot sends and can wait for the next message. */
export class SocketClient {
  readonly frames: Frame[] = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as Frame);
      this.waiters.splice(0).forEach((wake) => wake());
    });
  }

  static async connect(url: string): Promise<SocketClient> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new SocketClient(socket);
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Resolves with the messages (not typing frames) once `count` of them have arrived in total. */
  async messages(count: number, timeoutMs = 5000): Promise<Frame[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const messages = this.frames.filter((f) => f.type === 'message');
      if (messages.length >= count) return messages;
      if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${messages.length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  close(): void {
    this.socket.close();
  }
}
