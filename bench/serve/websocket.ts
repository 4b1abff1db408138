import WebSocket from 'ws';
import { percentile } from '../lib';
import { HOST, SCRIPT, Target, TURN_TIMEOUT_MS, WS_SECONDS, WS_USERS, WsResult } from './plan';

interface PendingTurn {
  expected: string[];
  received: number;
  sentAt: number;
  done(answered: boolean): void;
}

interface FleetCounters {
  turns: number;
  answered: number;
  lost: number;
  outOfOrder: number;
  extra: number;
  errors: number;
  latencies: number[];
}

function connect(port: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${HOST}:${port}/`);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** One user: repeats the script until `until`, one turn at a time, checking each reply against the expected text. */
async function converse(socket: WebSocket, user: string, target: Target, until: number, counters: FleetCounters): Promise<void> {
  let pending: PendingTurn | undefined;
  socket.on('message', (data) => {
    let message: { type?: string; text?: string };
    try {
      message = JSON.parse(String(data)) as { type?: string; text?: string };
    } catch {
      counters.errors += 1;
      return;
    }
    // The bot shows it is typing before each answer, as the widget expects; only messages are replies.
    if (message.type === 'typing') return;
    if (message.type !== 'message') {
      counters.errors += 1;
      return;
    }
    if (!pending) {
      counters.extra += 1;
      return;
    }
    if (message.text !== pending.expected[pending.received]) counters.outOfOrder += 1;
    pending.received += 1;
    if (pending.received === pending.expected.length) pending.done(true);
  });
  socket.on('error', () => {
    counters.errors += 1;
  });

  for (let cycle = 0; performance.now() < until; cycle++) {
    for (let turn = 0; turn < SCRIPT.length && performance.now() < until; turn++) {
      const expected = target.expectedReplies(turn, cycle);
      const answered = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), TURN_TIMEOUT_MS);
        pending = {
          expected,
          received: 0,
          sentAt: performance.now(),
          done: (ok) => {
            clearTimeout(timer);
            resolve(ok);
          },
        };
        counters.turns += 1;
        // With its own id, as the widget sends every message.
        socket.send(JSON.stringify({ type: 'message', user, text: SCRIPT[turn], id: `${cycle}.${turn}` }));
      });
      const turnState = pending as PendingTurn | undefined;
      pending = undefined;
      if (!turnState) return;
      if (!answered) {
        // A late reply would be taken for the next turn's: count what is missing and stop this user.
        counters.lost += turnState.expected.length - turnState.received;
        return;
      }
      counters.answered += 1;
      counters.latencies.push(performance.now() - turnState.sentAt);
    }
  }
}

export async function websocketFleet(
  port: number,
  target: Target,
  users: string[],
  seconds = WS_SECONDS,
): Promise<Omit<WsResult, 'cpuMsPerMessage' | 'peakRssMb'>> {
  const counters: FleetCounters = { turns: 0, answered: 0, lost: 0, outOfOrder: 0, extra: 0, errors: 0, latencies: [] };
  const sockets = await Promise.all(Array.from({ length: WS_USERS }, () => connect(port)));
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(sockets.map((socket, i) => converse(socket, users[i], target, until, counters)));
  const elapsed = (performance.now() - started) / 1000;
  // Replies still in flight would count as extra: give them a moment, then close.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.close();
          setTimeout(() => {
            socket.terminate();
            resolve();
          }, 1000).unref();
        }),
    ),
  );
  const sorted = counters.latencies.sort((a, b) => a - b);
  return {
    users: WS_USERS,
    turns: counters.turns,
    answered: counters.answered,
    perSecond: counters.answered / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    lost: counters.lost,
    outOfOrder: counters.outOfOrder,
    extra: counters.extra,
    errors: counters.errors,
  };
}
