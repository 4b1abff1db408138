import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { Activity, ActivityTypes } from 'botbuilder';
import type WebSocket from 'ws';
import { ErrorFrame, MessageFrame } from '../../protocol/web';

/** Sockets whose connection is corked until the end of the current tick. */
const corked = new WeakSet<WebSocket>();

/**
 * Sends a frame if the socket is still open; a frame for a closed socket is dropped. The frames a socket gets
 * within one tick leave in one write: a turn that needs no I/O sends its typing frame and its answer in the same
 * tick, and a write each (one packet each on the wire) cost more than working out the answer. With I/O between
 * them the typing frame still leaves first, when its tick ends. ws writes to the connection (`_socket`) in send
 * order, so corking it delays frames without reordering them; its own close frame queues behind them too.
 */
export function send(socket: WebSocket, frame: ErrorFrame | MessageFrame | Record<string, unknown>): void {
  if (socket.readyState !== 1) return;
  const connection = (socket as unknown as { _socket?: Socket })._socket;
  if (connection && !corked.has(socket)) {
    corked.add(socket);
    connection.cork();
    process.nextTick(() => {
      corked.delete(socket);
      connection.uncork();
    });
  }
  socket.send(JSON.stringify(frame));
}

export function parse(data: WebSocket.RawData): unknown {
  try {
    return JSON.parse(String(data)) as unknown;
  } catch {
    return undefined;
  }
}

/** A checked client frame as the activity the web adapter makes of it (the same fields, for the same turn handler). */
export function activityOf(frame: Record<string, unknown> & { type: string; user: string }): Partial<Activity> {
  const isMessage = frame.type === 'message';
  return {
    timestamp: new Date(),
    channelId: 'websocket',
    conversation: { id: frame.user, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: frame.user, name: '' },
    recipient: { id: 'bot', name: '' },
    // Botkit reads the event's name (hello, welcome_back) from botkitEventType.
    channelData: isMessage ? frame : { ...frame, botkitEventType: frame.type },
    text: typeof frame.text === 'string' ? frame.text : undefined,
    type: isMessage ? ActivityTypes.Message : ActivityTypes.Event,
  };
}

/** An outgoing activity as the frame the client receives: its type and text, and the renderer's fields (channelData). */
export function frameOf(activity: Partial<Activity>): Record<string, unknown> {
  return { type: activity.type, text: activity.text, ...(activity.channelData as Record<string, unknown> | undefined) };
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
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

/** Counts open sockets per IP, for the per-IP cap. */
export class ConnectionCounts {
  private readonly perIp = new Map<string, number>();

  count(ip: string): number {
    return this.perIp.get(ip) ?? 0;
  }

  opened(ip: string): void {
    this.perIp.set(ip, this.count(ip) + 1);
  }

  closed(ip: string): void {
    const left = this.count(ip) - 1;
    if (left > 0) this.perIp.set(ip, left);
    else this.perIp.delete(ip);
  }
}

/** Pings every socket now and then and ends those that did not answer the previous ping (dead peers). */
export function heartbeat(sockets: () => Iterable<WebSocket>, intervalMs: number): () => void {
  const answered = new WeakMap<WebSocket, boolean>();
  const timer = setInterval(() => {
    for (const socket of sockets()) {
      if (answered.get(socket) === false) {
        socket.terminate();
        continue;
      }
      if (!answered.has(socket)) socket.on('pong', () => answered.set(socket, true));
      answered.set(socket, false);
      socket.ping();
    }
  }, intervalMs);
  return () => clearInterval(timer);
}
