import { expect } from '@jest/globals';
import type { RetryPolicy } from '../../src/channels/retries';
import type { ChannelName } from '../../src/channels/types';
import type { RunningServer } from '../../src/server/app';
import { capturingLogger, channelStates, FAST_RETRY, startChannelServer, waitFor } from './channels';

/**
 * A platform API on a fixed public host (mocked with nock) that cannot be reached until `restore()`: while it
 * is down, every request to it fails the way a refused connection does.
 */
export class Outage {
  private down = true;

  restore(): void {
    this.down = false;
  }

  /** A nock reply function: a refused connection while down, else what `answer` returns ([status, body]). */
  reply<T>(answer: (uri: string, body: unknown) => [number, T]): (uri: string, body: unknown) => Promise<[number, T]> {
    return async (uri, body) => {
      if (this.down) throw Object.assign(new Error('connect ECONNREFUSED (platform down)'), { code: 'ECONNREFUSED' });
      return answer(uri, body);
    };
  }
}

type Response = { status: number };
type LogLines = Array<Record<string, unknown>>;

/** Runs `test` against the real server with the given channel variables and its captured log, then closes it. */
export async function withChannelServer(
  env: NodeJS.ProcessEnv,
  test: (server: RunningServer, lines: LogLines) => Promise<void>,
  retry: RetryPolicy = FAST_RETRY,
): Promise<void> {
  const { logger, lines } = capturingLogger();
  const server = await startChannelServer(env, logger, retry);
  try {
    await test(server, lines);
  } finally {
    await server.close();
  }
}

export interface OutageScenario {
  server: { url: string };
  channel: ChannelName;
  /** What /healthz gives as the channel's lastError while the platform is away. */
  problem: RegExp;
  /** Log lines of the server (capturingLogger). */
  lines: LogLines;
  /** Posts a message signed as the platform signs it. */
  sendSigned(): Promise<Response>;
  /** Posts the same kind of message with a signature the platform did not make. */
  sendForged(): Promise<Response>;
  /** What the platform has received of the bot's replies so far. */
  delivered(): readonly unknown[];
  /**
   * The work given up on when the platform never comes back: the replies, or, where the platform sends only a
   * message's id (Webex), the reading of the message.
   */
  gaveUpOn?: 'send replies' | 'read a message';
}

/** A retry budget spent in about half a second, for a platform that never comes back. */
export const SHORT_RETRY = { baseMs: 200, capMs: 400, attempts: 3 };

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * The platform was unreachable at start-up: the channel is mounted but `degraded`, refuses a forged request,
 * takes a signed one and queues its reply, which nobody has received yet.
 */
export async function expectQueuedWhileDegraded({ server, channel, problem, lines, sendSigned, sendForged, delivered }: OutageScenario): Promise<void> {
  expect((await channelStates(server))[channel]).toMatchObject({ state: 'degraded', lastError: expect.stringMatching(problem), queued: 0, dropped: 0 });
  expect(lines).toContainEqual(expect.objectContaining({ level: 40, channel, msg: 'platform unreachable; retrying in the background' }));

  expect((await sendForged()).status).toBe(401);
  expect((await sendSigned()).status).toBe(200);
  await waitFor(async () => (await channelStates(server))[channel]?.queued === 1, 10_000, `${channel} to queue the reply`);
  expect((await channelStates(server))[channel]).toMatchObject({ state: 'degraded', dropped: 0 });
  expect(delivered()).toHaveLength(0);
}

/** After the platform came back: the queued reply is delivered exactly once and the channel is `ready` again. */
export async function expectDeliveredOnceRestored({ server, channel, delivered }: OutageScenario): Promise<void> {
  await waitFor(() => delivered().length > 0, 10_000, `the queued ${channel} reply to be delivered`);
  await waitFor(async () => (await channelStates(server))[channel]?.state === 'ready', 10_000, `${channel} to be ready again`);
  await settle();
  expect(delivered()).toHaveLength(1);
  expect((await channelStates(server))[channel]).toEqual({ state: 'ready', queued: 0, dropped: 0 });
}

/** The platform never came back: after the retry budget the reply is dropped, counted and logged, and the server is up. */
export async function expectDroppedAfterRetries({ server, channel, problem, lines, delivered, gaveUpOn = 'send replies' }: OutageScenario): Promise<void> {
  await waitFor(async () => (await channelStates(server))[channel]?.dropped === 1, 10_000, `the ${channel} reply to be dropped`);
  expect((await channelStates(server))[channel]).toMatchObject({ state: 'degraded', queued: 0, dropped: 1, lastError: expect.stringMatching(problem) });
  expect(lines).toContainEqual(expect.objectContaining({ level: 50, channel, what: gaveUpOn, msg: 'given up: the platform could not be reached' }));
  expect(delivered()).toHaveLength(0);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}
