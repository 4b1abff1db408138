import type { IncomingMessage } from 'node:http';
import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { WebAdapter } from 'botbuilder-adapter-web';
import type { Response } from 'express';
import type WebSocket from 'ws';
import { CLOSE_GOING_AWAY, CLOSE_REPLACED, CLOSE_UNAUTHORIZED, ErrorFrame, MessageFrame } from '../../protocol/web';
import type { TurnHandler, WorkTracker } from '../types';
import { checkIncoming } from './incoming';
import type { MessageRateLimits } from './rateLimits';
import type { SessionIds } from './sessionIds';

type FrameListener = (data: WebSocket.RawData) => void;
type ConnectionListener = (socket: WebSocket, request: IncomingMessage) => void;
/** The adapter stores the sender's id on the socket and deletes `clients[socket.user]` when it closes. */
type AdapterSocket = WebSocket & { user?: string };

export interface SocketGuardOptions {
  ids: SessionIds;
  limits: MessageRateLimits;
  /** Origins allowed to open a websocket; empty allows any. */
  allowedOrigins: string[];
  /** Open websockets per client IP; 0 means no cap. */
  maxConnectionsPerIp: number;
  /** Proxies whose X-Forwarded-For is trusted for the client IP (as Express's `trust proxy` hop count). */
  trustProxy?: number;
  maxPayload: number;
  /** The polite message a visitor over the rate limit receives. */
  rateLimitedMessage: () => MessageFrame;
  /** A webhook turn failed outside the bot's own error handling. */
  onError?: (err: unknown) => void;
  /** Counts websocket frames from arrival until their turn ended, so shutdown can wait for them. */
  inFlight?: WorkTracker;
}

/**
 * The stock web adapter, hardened without forking it:
 * - the upgrade is refused for a foreign Origin or past the per-IP connection cap;
 * - every frame is checked before the adapter parses it: malformed → error frame, an id the server did not
 *   sign → error frame and close 4401, over the rate limit → a polite message;
 * - a socket speaks for one id only, and a newer socket for the same id replaces the older one, which is
 *   closed with 4409, so two connections never share (or steal) each other's replies;
 * - the heartbeat interval it starts and never clears is kept, so the server can stop cleanly.
 */
export class GuardedWebAdapter extends WebAdapter {
  private heartbeat?: ReturnType<typeof setInterval>;
  /** The turn the adapter's frame listener just started (it does not return it). */
  private startedTurn?: Promise<void>;
  private readonly sockets = new Map<string, AdapterSocket>();
  private readonly connectionsPerIp = new Map<string, number>();

  constructor(private readonly guard: SocketGuardOptions) {
    super();
  }

  /** Accepts websockets on `server`'s port, running each message's turn with `logic`. */
  listen(server: unknown, logic: TurnHandler): void {
    const { maxPayload, trustProxy = 0 } = this.guard;
    const verifyClient = (info: { origin?: string; req: IncomingMessage }) => this.admits(info.origin, clientIp(info.req, trustProxy));
    this.createSocketServer(server, { maxPayload, verifyClient }, logic);
  }

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
    this.guardConnections();
  }

  /**
   * A webhook turn that throws would leave the request unanswered until the client gives up (Botkit re-throws
   * the error as an unhandled rejection and never responds): answer 500 JSON instead, and report it.
   */
  async processActivity(req: unknown, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    try {
      await super.processActivity(req, res, logic);
    } catch (err) {
      this.guard.onError?.(err);
      if (!res.headersSent) res.status(500).json({ error: 'internal_error', message: 'Something went wrong.' });
    }
  }

  /**
   * Every turn (websocket or webhook) runs through here: it is counted until it ended, i.e. until its replies
   * were sent on the socket, so that shutdown closes sockets only after them.
   */
  protected runMiddleware(context: TurnContext, next: (context: TurnContext) => Promise<void>): Promise<void> {
    const done = this.guard.inFlight?.begin();
    const turn = super.runMiddleware(context, next).finally(() => done?.());
    this.startedTurn = turn;
    return turn;
  }

  /**
   * A reply for a visitor whose socket closed meanwhile is dropped quietly: the adapter wrote a line to stderr
   * for each, which any client could trigger at will (the widget sends the message again after reconnecting).
   */
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    if (context.activity.channelId !== 'websocket') return super.sendActivities(context, activities);
    const open = (id: string | undefined) => id !== undefined && this.isConnected(id) && this.getConnection(id).readyState === 1;
    return super.sendActivities(context, activities.filter((activity) => open(activity.recipient?.id)));
  }

  /** Closes every websocket with `code` (1001: the widget reconnects) and stops the heartbeat. */
  async close(code = CLOSE_GOING_AWAY, reason = 'server shutting down'): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (!this.wss) return;
    for (const client of this.wss.clients as Set<WebSocket>) client.close(code, reason);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private admits(origin: string | undefined, ip: string): boolean {
    const { allowedOrigins, maxConnectionsPerIp } = this.guard;
    if (allowedOrigins.length > 0 && origin !== undefined && !allowedOrigins.includes(origin)) return false;
    return maxConnectionsPerIp <= 0 || (this.connectionsPerIp.get(ip) ?? 0) < maxConnectionsPerIp;
  }

  private guardConnections(): void {
    const adapterListeners = this.wss.listeners('connection') as ConnectionListener[];
    this.wss.removeAllListeners('connection');
    this.wss.on('connection', (socket: AdapterSocket, request: IncomingMessage) => {
      const ip = clientIp(request, this.guard.trustProxy ?? 0);
      this.connectionsPerIp.set(ip, (this.connectionsPerIp.get(ip) ?? 0) + 1);
      for (const listener of adapterListeners) listener(socket, request);
      const adapterOnFrame = socket.listeners('message') as FrameListener[];
      socket.removeAllListeners('message');
      // Protocol errors (invalid UTF-8, a frame over maxPayload) are the client's: ws closes the socket with
      // 1007 or 1009 by itself. The adapter printed each one with a stack trace to stderr.
      socket.removeAllListeners('error');
      socket.on('error', () => undefined);
      let bound: string | undefined;
      // Frames are checked asynchronously (rate limits); the chain keeps them in arrival order.
      let queue = Promise.resolve();
      // This socket's turns started so far: a rate-limit notice waits for them, or it would overtake their answers.
      let turns: Promise<unknown> = Promise.resolve();
      socket.on('message', (data: WebSocket.RawData) => {
        // Counted from arrival: the checks before the turn starts are asynchronous too.
        const done = this.guard.inFlight?.begin();
        queue = queue.then(async () => {
          // Frames still queued when the socket was closed (4401, 4409, shutdown) are dropped: the adapter would
          // point the id's replies back at this closing socket, away from the socket that replaced it.
          if (socket.readyState !== 1) return;
          const check = checkIncoming(parse(data), this.guard.ids);
          if (check.verdict === 'reject') return send(socket, { type: 'error', error: 'bad_request', message: check.message });
          if (check.verdict === 'unauthorized' || (check.verdict === 'accept' && bound !== undefined && check.user !== bound)) {
            send(socket, { type: 'error', error: 'unauthorized', message: 'This connection needs a valid id from POST /api/session.' });
            return socket.close(CLOSE_UNAUTHORIZED, 'unauthorized');
          }
          if (check.verdict === 'ignore') return;
          if (bound === undefined) bound = this.bind(check.user, socket);
          if (check.type === 'message' && !(await this.guard.limits.allow(check.user, ip))) {
            await turns;
            return send(socket, this.guard.rateLimitedMessage());
          }
          this.startedTurn = undefined;
          for (const listener of adapterOnFrame) listener(data);
          const started = this.startedTurn as Promise<void> | undefined;
          if (started) turns = Promise.all([turns, started.catch(() => undefined)]);
        }).catch(() => socket.close(1011, 'internal error')).finally(() => done?.());
      });
      socket.on('close', () => {
        const left = (this.connectionsPerIp.get(ip) ?? 1) - 1;
        if (left > 0) this.connectionsPerIp.set(ip, left);
        else this.connectionsPerIp.delete(ip);
        if (bound !== undefined && this.sockets.get(bound) === socket) this.sockets.delete(bound);
      });
    });
  }

  private bind(user: string, socket: AdapterSocket): string {
    const previous = this.sockets.get(user);
    if (previous && previous !== socket) {
      // Unset its id first: the adapter's close handler would otherwise delete the newer socket's entry.
      previous.user = undefined;
      previous.close(CLOSE_REPLACED, 'replaced by a newer connection');
    }
    this.sockets.set(user, socket);
    return user;
  }
}

/**
 * The client's address: the peer's, or behind `trustedHops` proxies the address that many hops back in
 * X-Forwarded-For, which is what Express's `trust proxy` with a hop count makes `req.ip`. Entries further left
 * were written by the client and are not trusted.
 */
export function clientIp(request: IncomingMessage, trustedHops: number): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return peer;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

function send(socket: WebSocket, frame: ErrorFrame | MessageFrame): void {
  if (socket.readyState === 1) socket.send(JSON.stringify(frame));
}

function parse(data: WebSocket.RawData): unknown {
  try {
    return JSON.parse(String(data)) as unknown;
  } catch {
    return undefined;
  }
}
