import type { IncomingMessage } from 'node:http';
import { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { WebAdapter } from 'botbuilder-adapter-web';
import type { Response } from 'express';
import WebSocket, { WebSocketServer } from 'ws';
import { CLOSE_GOING_AWAY, CLOSE_REPLACED, CLOSE_UNAUTHORIZED, MessageFrame } from '../../protocol/web';
import type { TurnHandler, WorkTracker } from '../types';
import { checkIncoming } from './incoming';
import type { MessageRateLimits } from './rateLimits';
import type { SessionIds } from './sessionIds';
import { activityOf, clientIp, ConnectionCounts, frameOf, heartbeat, parse, send } from './sockets';

/** Dead peers (a phone that lost its network) are found by a ping every this often. */
const HEARTBEAT_MS = 30_000;

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
  /** A turn failed outside the bot's own error handling. */
  onError?: (err: unknown) => void;
  /** Counts websocket frames from arrival until their turn ended, so shutdown can wait for them. */
  inFlight?: WorkTracker;
}

/**
 * The stock web adapter for the webhook, with a websocket server of its own:
 * - the upgrade is refused for a foreign Origin or past the per-IP connection cap;
 * - every frame is checked before it becomes an activity: malformed → error frame, an id the server did not
 *   sign → error frame and close 4401, over the rate limit → a polite message;
 * - a socket speaks for one id only, and a newer socket for the same id replaces the older one, which is
 *   closed with 4409, so two connections never share (or steal) each other's replies;
 * - replies go to the id's one live socket; the heartbeat is stopped by `close()`.
 */
export class GuardedWebAdapter extends WebAdapter {
  private stopHeartbeat?: () => void;
  /** Each id's one live socket. */
  private readonly sockets = new Map<string, WebSocket>();
  private readonly connections = new ConnectionCounts();

  constructor(private readonly guard: SocketGuardOptions) {
    super();
  }

  /** Accepts websockets on `server`'s port, running each message's turn with `logic`. */
  listen(server: unknown, logic: TurnHandler): void {
    const { maxPayload, trustProxy = 0 } = this.guard;
    const verifyClient = (info: { origin?: string; req: IncomingMessage }) => this.admits(info.origin, clientIp(info.req, trustProxy));
    this.wss = new WebSocketServer({ server: server as never, maxPayload, verifyClient });
    this.wss.on('connection', (socket: WebSocket, request: IncomingMessage) => this.accept(socket, request, logic));
    this.stopHeartbeat = heartbeat(() => this.wss.clients as Set<WebSocket>, HEARTBEAT_MS);
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
    return super.runMiddleware(context, next).finally(() => done?.());
  }

  /** Websocket replies go to the recipient's live socket; one whose socket closed meanwhile is dropped quietly. */
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    if (context.activity.channelId !== 'websocket') return super.sendActivities(context, activities);
    for (const activity of activities) {
      const socket = this.sockets.get(activity.recipient?.id ?? '');
      if (socket) send(socket, frameOf(activity));
    }
    return [];
  }

  /** Closes every websocket with `code` (1001: the widget reconnects) and stops the heartbeat. */
  async close(code = CLOSE_GOING_AWAY, reason = 'server shutting down'): Promise<void> {
    this.stopHeartbeat?.();
    if (!this.wss) return;
    for (const client of this.wss.clients as Set<WebSocket>) client.close(code, reason);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private admits(origin: string | undefined, ip: string): boolean {
    const { allowedOrigins, maxConnectionsPerIp } = this.guard;
    if (allowedOrigins.length > 0 && origin !== undefined && !allowedOrigins.includes(origin)) return false;
    return maxConnectionsPerIp <= 0 || this.connections.count(ip) < maxConnectionsPerIp;
  }

  private accept(socket: WebSocket, request: IncomingMessage, logic: TurnHandler): void {
    const ip = clientIp(request, this.guard.trustProxy ?? 0);
    this.connections.opened(ip);
    // Protocol errors (invalid UTF-8, a frame over maxPayload) are the client's: ws closes the socket with
    // 1007 or 1009 by itself.
    socket.on('error', () => undefined);
    let bound: string | undefined;
    // Frames are checked asynchronously (rate limits); the chain keeps them in arrival order.
    let queue = Promise.resolve();
    // This socket's turns started so far: a rate-limit notice waits for them, or it would overtake their answers.
    let turns: Promise<unknown> = Promise.resolve();
    socket.on('message', (data: WebSocket.RawData) => {
      // Counted from arrival: the checks before the turn starts are asynchronous too.
      const done = this.guard.inFlight?.begin();
      queue = queue
        .then(async () => {
          // Frames still queued when the socket was closed (4401, 4409, shutdown) are dropped: their replies would
          // go to the socket that replaced this one.
          if (socket.readyState !== WebSocket.OPEN) return;
          const frame = parse(data);
          const check = checkIncoming(frame, this.guard.ids);
          if (check.verdict === 'reject') return send(socket, { type: 'error', error: 'bad_request', message: check.message });
          if (check.verdict === 'unauthorized' || (check.verdict === 'accept' && bound !== undefined && check.user !== bound)) {
            send(socket, { type: 'error', error: 'unauthorized', message: 'This connection needs a valid id from POST /api/session.' });
            return socket.close(CLOSE_UNAUTHORIZED, 'unauthorized');
          }
          if (check.verdict === 'ignore') return;
          bound ??= this.bind(check.user, socket);
          if (check.type === 'message' && !(await this.guard.limits.allow(check.user, ip))) {
            await turns;
            return send(socket, this.guard.rateLimitedMessage());
          }
          const activity = activityOf({ ...(frame as Record<string, unknown>), type: check.type, user: check.user });
          const turn = this.runMiddleware(new TurnContext(this, activity), logic).catch((err: unknown) => this.guard.onError?.(err));
          turns = Promise.all([turns, turn]);
        })
        .catch(() => socket.close(1011, 'internal error'))
        .finally(() => done?.());
    });
    socket.on('close', () => {
      this.connections.closed(ip);
      if (bound !== undefined && this.sockets.get(bound) === socket) this.sockets.delete(bound);
    });
  }

  private bind(user: string, socket: WebSocket): string {
    const previous = this.sockets.get(user);
    if (previous && previous !== socket) previous.close(CLOSE_REPLACED, 'replaced by a newer connection');
    this.sockets.set(user, socket);
    return user;
  }
}
