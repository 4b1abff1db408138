/**
 * `npm run bench:serve`: the real bot server (dist/src/server/main.js, what `npm start` runs) against a Botkit
 * echo bot (bench/echo-bot.ts: same Botkit, same web adapter, no work), under the same load on 127.0.0.1:
 *   - webhook: autocannon POSTing rotating questions to /api/messages at 10, 50 and 200 connections, then one message
 *     every 10 ms, open loop, for latency below saturation;
 *   - websocket: 200 users at once, each repeating a scripted 5-turn conversation with follow-ups, sending
 *     the next turn only when the previous answer has arrived, every reply checked against the expected text.
 * Also measures time from spawn to the first 200 from /healthz, and peak RSS (VmHWM) of the server process.
 * Prints the tables, writes docs/benchmarks-latency.svg and the serving section of docs/benchmarks.md.
 * Every phase is bounded in time; nothing here fails on a slow machine, it only reports.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine, machineLine, projectRoot, textTable, writeDocSection } from './lib';
import {
  PACED,
  READY_SAMPLES,
  Target,
  TargetResult,
  targets,
  WARM_UP_SECONDS,
  WEBHOOK_CONNECTIONS,
  WEBHOOK_SECONDS,
  WebhookResult,
  WS_SECONDS,
  WS_USERS,
  WsResult,
} from './serve/plan';
import { memoryMb, RunningProcess, startProcess, userIds, withCpu } from './serve/process';
import {
  goalRows,
  LATENCY_HEADERS,
  latencyRows,
  markdown,
  PACED_HEADERS,
  pacedRows,
  RESOURCE_HEADERS,
  resourceRows,
  THROUGHPUT_HEADERS,
  throughputRows,
  WS_HEADERS,
  wsRows,
} from './serve/report';
import { latencyChart } from './svgChart';
import { pacedLoad } from './serve/paced';
import { webhookLoad } from './serve/webhook';
import { websocketFleet } from './serve/websocket';

/** Start-up time: spawns the server READY_SAMPLES times; the last one is kept running for the load. */
async function startMeasured(target: Target): Promise<{ server: RunningProcess; readyMs: number[] }> {
  const readyMs: number[] = [];
  for (let i = 1; i < READY_SAMPLES; i++) {
    const probe = await startProcess(target);
    readyMs.push(probe.readyMs);
    await probe.stop();
  }
  const server = await startProcess(target);
  readyMs.push(server.readyMs);
  return { server, readyMs };
}

/** Both kinds of load, briefly, as other visitors (the measured ones start their conversations afresh). */
async function warmUp(target: Target, server: RunningProcess): Promise<void> {
  process.stdout.write(`  warm-up, ${WARM_UP_SECONDS} s of webhook and of websocket load: ${target.label}\n`);
  await webhookLoad(server.port, WEBHOOK_CONNECTIONS[0], await userIds(server.port, WEBHOOK_CONNECTIONS[0], `${target.name}-warm-webhook`), WARM_UP_SECONDS);
  await websocketFleet(server.port, target, await userIds(server.port, WS_USERS, `${target.name}-warm-ws`), WARM_UP_SECONDS);
}

/**
 * Both servers run side by side and each load level goes to one, then at once to the other, so a change in
 * background load on the machine shifts both alike rather than deciding the comparison.
 */
async function measureAll(list: Target[]): Promise<TargetResult[]> {
  const running: Array<{ target: Target; server: RunningProcess; readyMs: number[]; idleRssMb: number; webhookUsers: string[]; wsUsers: string[] }> = [];
  try {
    for (const target of list) {
      const { server, readyMs } = await startMeasured(target);
      const entry = { target, server, readyMs, idleRssMb: memoryMb(server.child.pid as number).rss, webhookUsers: [] as string[], wsUsers: [] as string[] };
      running.push(entry);
      entry.webhookUsers = await userIds(server.port, Math.max(...WEBHOOK_CONNECTIONS), `${target.name}-webhook`);
      entry.wsUsers = await userIds(server.port, WS_USERS, `${target.name}-ws`);
      await warmUp(target, server);
    }
    const webhook = new Map<Target, WebhookResult[]>(list.map((t) => [t, []]));
    for (const connections of WEBHOOK_CONNECTIONS) {
      for (const { target, server, webhookUsers } of running) {
        process.stdout.write(`  webhook, ${connections} connections, ${WEBHOOK_SECONDS} s: ${target.label}\n`);
        webhook.get(target)?.push(await withCpu(server.child.pid as number, () => webhookLoad(server.port, connections, webhookUsers)));
      }
    }
    const paced = new Map<Target, WebhookResult>();
    for (const { target, server, webhookUsers } of running) {
      process.stdout.write(`  webhook, steady ${PACED.perSecond} msg/s, ${WEBHOOK_SECONDS} s: ${target.label}\n`);
      paced.set(target, await withCpu(server.child.pid as number, () => pacedLoad(server.port, PACED.connections, webhookUsers, PACED.perSecond)));
    }
    const ws = new Map<Target, WsResult>();
    for (const { target, server, wsUsers } of running) {
      process.stdout.write(`  websocket, ${WS_USERS} users, ${WS_SECONDS} s: ${target.label}\n`);
      ws.set(target, await withCpu(server.child.pid as number, () => websocketFleet(server.port, target, wsUsers)));
    }
    return running.map(({ target, server, readyMs, idleRssMb }) => {
      if (server.child.exitCode !== null) throw new Error(`${target.script} exited during the run:\n${server.output()}`);
      return {
        target,
        readyMs,
        idleRssMb,
        peakRssMb: memoryMb(server.child.pid as number).peak,
        webhook: webhook.get(target) ?? [],
        paced: paced.get(target) as WebhookResult,
        ws: ws.get(target) as WsResult,
      };
    });
  } finally {
    await Promise.all(running.map(({ server }) => server.stop()));
  }
}

async function main(): Promise<void> {
  const when = machineLine(machine());
  console.log(`Serving benchmark · ${when}`);
  const results = await measureAll(targets());
  const [bot, echo] = results;

  console.log(`\n${textTable(THROUGHPUT_HEADERS, throughputRows(bot, echo))}`);
  console.log(`\n${textTable(LATENCY_HEADERS, latencyRows(bot, echo))}`);
  console.log(`\n${textTable(PACED_HEADERS, pacedRows([bot, echo]))}`);
  console.log(`\n${textTable(WS_HEADERS, wsRows(results))}`);
  console.log(`\n${textTable(RESOURCE_HEADERS, resourceRows(results))}`);
  console.log(`\n${textTable(['goal', 'bot', 'met'], goalRows(bot, echo))}`);

  const categories = [...bot.webhook.map((w) => `webhook ×${w.connections}`), `websocket ${WS_USERS} users`];
  const series = (r: TargetResult, key: 'p50' | 'p99') => [...r.webhook.map((w) => w[key]), r.ws[key]];
  writeFileSync(
    join(projectRoot, 'docs', 'benchmarks-latency.svg'),
    latencyChart({
      title: 'Latency against load (log scale)',
      categories,
      groupStarts: [bot.webhook.length],
      series: [
        { name: 'bot p99', values: series(bot, 'p99'), colour: '#c0392b', dashed: false },
        { name: 'bot p50', values: series(bot, 'p50'), colour: '#c0392b', dashed: true },
        { name: 'echo p99', values: series(echo, 'p99'), colour: '#2471a3', dashed: false },
        { name: 'echo p50', values: series(echo, 'p50'), colour: '#2471a3', dashed: true },
      ],
    }),
  );
  writeDocSection('serve', markdown(bot, echo, when));
  console.log('\nWrote docs/benchmarks-latency.svg and the serving section of docs/benchmarks.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
