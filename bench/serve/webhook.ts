import autocannon from 'autocannon';
import { HOST, QUESTIONS, WEBHOOK_SECONDS, WebhookResult } from './plan';

/** POSTs questions over `connections` for `seconds`, each connection sending as soon as its answer has come. */
export async function webhookLoad(
  port: number,
  connections: number,
  users: string[],
  seconds = WEBHOOK_SECONDS,
): Promise<Omit<WebhookResult, 'cpuMsPerMessage' | 'peakRssMb'>> {
  let connection = 0;
  let unanswered = 0;
  const result = await autocannon({
    url: `http://${HOST}:${port}`,
    connections,
    duration: seconds,
    // One user id per connection, so each connection is one visitor with its own conversation state. Each message
    // carries its own id, as the widget's do (the server records the answer for a resend), and the next question.
    setupClient: (client) => {
      const index = connection++;
      const user = users[index % users.length];
      let sent = 0;
      client.setRequests([
        {
          method: 'POST',
          path: '/api/messages',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => {
            const text = QUESTIONS[(index * 7 + sent) % QUESTIONS.length];
            sent += 1;
            return { ...request, body: JSON.stringify({ type: 'message', user, text, id: `${index}.${sent}` }) };
          },
          onResponse: (status: number, body: string) => {
            if (status === 200 && !body.includes('"type":"message"')) unanswered += 1;
          },
        },
      ]);
    },
  });
  return {
    connections,
    answered: result['2xx'],
    perSecond: result['2xx'] / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
    unanswered,
  };
}
