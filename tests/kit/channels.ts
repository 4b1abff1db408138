import { expect } from '@jest/globals';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Reply } from '../../src/bot';
import type { RetryPolicy } from '../../src/channels/retries';
import { withSiteLinks } from '../../src/channels/siteLinks';
import { DEFAULTS } from '../../src/config';
import type { Logger } from '../../src/logger';
import { RunningServer, startServer } from '../../src/server/app';
import { sharedBot } from './bot';

export { hexHmac, post, slackSignature } from './signing';

/** A logger whose JSON lines are kept for assertions. */
export function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

/** Retries in tests: every 50-200 ms, a few times. */
export const FAST_RETRY = { baseMs: 50, capMs: 200, attempts: 60 };

/**
 * The real server on an ephemeral loopback port, with the given channel variables; resolves once each
 * channel's first platform check has ended (`ready` or `degraded` in /healthz).
 */
export async function startChannelServer(
  env: NodeJS.ProcessEnv,
  logger: Logger = pino({ level: 'silent' }),
  channelRetry: RetryPolicy = FAST_RETRY,
): Promise<RunningServer> {
  const server = await startServer({ bot: sharedBot(), logger, port: 0, host: '127.0.0.1', env, channelRetry });
  await waitFor(async () => Object.values(await channelStates(server)).every((c) => c.state !== 'starting'));
  return server;
}

/** Each channel's state as /healthz reports it. */
export async function channelStates(server: { url: string }): Promise<Record<string, { state: string; lastError?: string; queued: number; dropped: number }>> {
  const health = (await (await fetch(`${server.url}/healthz`)).json()) as {
    channels: Record<string, { state: string; lastError?: string; queued: number; dropped: number }>;
  };
  return health.channels;
}

/**
 * Runs `test`, then fails if a promise was rejected with nobody to handle it meanwhile: Botkit re-throws a
 * failed handler that way, which would end a Node 20 server.
 */
export async function expectNoUnhandledRejection(test: () => Promise<void>): Promise<void> {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    await test();
    // A rejection is reported as unhandled only after the microtasks of its turn have run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
}

/** Resolves once `condition` holds, checking every 20 ms; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What the bot answers, as the server sends it (the core's reply with the default site links): the expected text of a channel's reply. */
export function coreAnswer(text: string): Reply {
  const [reply] = sharedBot().respond(text, undefined).replies;
  return withSiteLinks(reply, DEFAULTS.site);
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/**
 * A stand-in for a Bot Framework channel's service URL: records what the bot posts to it. Started on the port
 * of one that was closed, it is that service coming back.
 */
export class ServiceRecorder {
  readonly requests: RecordedRequest[] = [];
  private constructor(private readonly server: Server) {}

  static async start(port = 0): Promise<ServiceRecorder> {
    const recorder = new ServiceRecorder(createServer());
    recorder.server.on('request', (req, res) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk));
      req.on('end', () => {
        recorder.requests.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: data ? (JSON.parse(data) as Record<string, unknown>) : {},
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sent-${recorder.requests.length}` }));
      });
    });
    await new Promise<void>((resolve) => recorder.server.listen(port, '127.0.0.1', resolve));
    return recorder;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
