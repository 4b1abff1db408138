import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { HOST, QUESTIONS, WEBHOOK_SECONDS, WebhookResult } from './plan';

type PacedResult = Omit<WebhookResult, 'cpuMsPerMessage' | 'peakRssMb'>;

/**
 * Sends one message every 1000/`perSecond` ms for `WEBHOOK_SECONDS`, open loop, over at most `connections` kept-alive
 * sockets, one visitor per slot. Each latency runs from the moment the message was due, so a late send counts against
 * the server as a late answer would (coordinated omission). autocannon's own rate limit sends each second's quota in a
 * burst at the start of the second, which measures a queue, not a steady load.
 */
export async function pacedLoad(port: number, connections: number, users: string[], perSecond: number): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const intervalMs = 1000 / perSecond;
  const total = Math.round(WEBHOOK_SECONDS * perSecond);
  const latencies: number[] = [];
  let answered = 0;
  let errors = 0;
  let unanswered = 0;
  const start = performance.now();
  const pending: Array<Promise<void>> = [];
  for (let sent = 0; sent < total; sent++) {
    const due = start + sent * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const slot = sent % connections;
    const body = JSON.stringify({
      type: 'message',
      user: users[slot % users.length],
      text: QUESTIONS[(slot * 7 + Math.floor(sent / connections)) % QUESTIONS.length],
      id: `${slot}.${sent}`,
    });
    pending.push(
      post(agent, port, body).then(
        ({ status, text }) => {
          latencies.push(performance.now() - due);
          if (status !== 200) errors += 1;
          else if (text.includes('"type":"message"')) answered += 1;
          else unanswered += 1;
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]) : NaN);
  return {
    connections,
    answered,
    perSecond: answered / WEBHOOK_SECONDS,
    p50: at(0.5),
    p99: at(0.99),
    max: at(1),
    errors,
    unanswered,
  };
}

function post(agent: Agent, port: number, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: HOST,
        port,
        path: '/api/messages',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
