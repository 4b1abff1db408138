import type { IncomingMessage } from 'node:http';
import { WebAdapter } from 'botbuilder-adapter-web';
import type WebSocket from 'ws';
import { checkIncoming } from './incoming';

type FrameListener = (data: WebSocket.RawData) => void;
type ConnectionListener = (socket: WebSocket, request: IncomingMessage) => void;

/**
 * The stock web adapter, with two things it lacks and without forking it:
 * - every websocket frame is checked before the adapter parses it (the adapter logs stack traces for bad
 *   JSON and keys its connection table by any `user` a client sends); a bad frame gets an error frame;
 * - the heartbeat interval it starts and never clears is kept, so the server can stop cleanly.
 */
export class ClosableWebAdapter extends WebAdapter {
  private heartbeat?: ReturnType<typeof setInterval>;

  createSocketServer(server: unknown, socketOptions: unknown, logic: unknown): void {
    const realSetInterval = global.setInterval;
    global.setInterval = ((...args: Parameters<typeof setInterval>) => {
      this.heartbeat = realSetInterval(...args);
      return this.heartbeat;
    }) as typeof setInterval;
    try {
      super.createSocketServer(server, socketOptions, logic);
    } finally {
      global.setInterval = realSetInterval;
    }
    this.guardFrames();
  }

  /** Closes every websocket with `code` and stops the heartbeat. */
  async close(code = 1001, reason = 'server shutting down'): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (!this.wss) return;
    for (const client of this.wss.clients as Set<WebSocket>) client.close(code, reason);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private guardFrames(): void {
    const adapterListeners = this.wss.listeners('connection') as ConnectionListener[];
    this.wss.removeAllListeners('connection');
    this.wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
      for (const listener of adapterListeners) listener(socket, request);
      const adapterOnFrame = socket.listeners('message') as FrameListener[];
      socket.removeAllListeners('message');
      socket.on('message', (data: WebSocket.RawData) => {
        const check = checkIncoming(parse(data));
        if (check.verdict === 'reject') socket.send(JSON.stringify({ type: 'error', error: 'bad_request', message: check.message }));
        if (check.verdict !== 'accept') return;
        for (const listener of adapterOnFrame) listener(data);
      });
    });
  }
}

function parse(data: WebSocket.RawData): unknown {
  try {
    return JSON.parse(String(data)) as unknown;
  } catch {
    return undefined;
  }
}
