import WebSocket from 'ws';
import type { MicroneedlingBot } from '../../src/bot';
import { createLogger } from '../../src/logger';
import { RunningServer, startServer } from '../../src/server/app';
import { sharedBot } from './bot';

/** The real server on an ephemeral port, with logs silenced and no messaging channel unless `env` enables one. */
export function startTestServer(bot: MicroneedlingBot = sharedBot(), env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  return startServer({ bot, logger: createLogger('silent'), port: 0, host: '127.0.0.1', env });
}

/** A user id signed by the server, as the widget gets one. */
export async function newUser(server: RunningServer): Promise<string> {
  const response = await fetch(`${server.url}/api/session`, { method: 'POST' });
  const { user } = (await response.json()) as { user: string };
  return user;
}

export async function postJson(url: string, body: unknown, raw = false): Promise<{ status: number; json: unknown; type: string | null }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ? (body as string) : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), json: text ? (JSON.parse(text) as unknown) : undefined };
}

export interface Frame {
  type: string;
  text?: string;
  quick_replies?: Array<{ title: string; payload: string }>;
}

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
