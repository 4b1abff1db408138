import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The server's Prometheus metrics, in a registry of its own (several servers can run in one process). */
export class BotMetrics {
  readonly registry = new Registry();
  readonly turns = new Counter({
    name: 'mnbot_turns_total',
    help: 'Questions answered, by channel and outcome (a message with two questions counts twice)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly turnSeconds = new Histogram({
    name: 'mnbot_turn_duration_seconds',
    help: 'Time from a message arriving at the bot to its replies sent, by channel',
    labelNames: ['channel'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'mnbot_rate_limited_total',
    help: 'Messages and session requests refused for being over the rate limit',
    registers: [this.registry],
  });
  readonly feedback = new Counter({
    name: 'mnbot_feedback_total',
    help: 'Votes on answers, by rating',
    labelNames: ['rating'] as const,
    registers: [this.registry],
  });
  readonly questionLogFailures = new Counter({
    name: 'mnbot_question_log_write_failures_total',
    help: 'Question log rows dropped: the write failed, or the queue was full because the database is slow',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor(openWebsockets: () => number) {
    new Gauge({
      name: 'mnbot_open_websockets',
      help: 'Websocket connections open on this instance',
      registers: [this.registry],
      collect() {
        this.set(openWebsockets());
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** `/metrics` on a port of its own, so it need not be reachable where the bot is public. */
export async function startMetricsServer(metrics: BotMetrics, port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    metrics.text().then(
      ({ contentType, body }) => res.writeHead(200, { 'Content-Type': contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

/**
 * Counts the HTTP server's upgraded connections that are still open: the websockets, whichever channel owns
 * them. An upgrade the web channel refuses is closed at once and leaves the count as it was.
 */
export function openUpgrades(http: Server): () => number {
  let open = 0;
  http.on('upgrade', (_req, socket: Duplex) => {
    open += 1;
    socket.once('close', () => (open -= 1));
  });
  return () => open;
}

export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
