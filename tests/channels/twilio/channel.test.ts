import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { toSmsMessages } from '../../../src/channels/twilio/render';
import type { RunningServer } from '../../../src/server/app';
import { capturingLogger, channelStates, coreAnswer, expectNoUnhandledRejection, post, startChannelServer, waitFor } from '../../kit/channels';
import nock, { bodyOf, isolateNetwork, restoreNetwork } from '../../kit/nock';
import { expectDeliveredOnceRestored, expectDroppedAfterRetries, expectQueuedWhileDegraded, Outage, SHORT_RETRY, withChannelServer } from '../../kit/outage';

const ACCOUNT_SID = 'AC00000000000000000000000000000001';
const AUTH_TOKEN = 'twilio-auth-token';
const BOT_NUMBER = '+15550000000';
const PUBLIC_URL = 'https://bot.example.com';
const ENV = { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_NUMBER: BOT_NUMBER, PUBLIC_URL };

interface SentSms {
  To: string;
  From: string;
  Body: string;
}

const sent: SentSms[] = [];

function mockTwilioApi(): void {
  nock('https://api.twilio.com')
    .persist()
    .get(`/2010-04-01/Accounts/${ACCOUNT_SID}.json`)
    .reply(200, { sid: ACCOUNT_SID, friendly_name: 'Test account', status: 'active' })
    .post(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`)
    .reply(201, (_uri: string, requestBody: unknown) => {
      const sms = Object.fromEntries(new URLSearchParams(bodyOf(requestBody))) as unknown as SentSms;
      sent.push(sms);
      return { sid: `SM${sent.length}`, to: sms.To, from: sms.From, body: sms.Body, status: 'queued' };
    });
}

let messageCount = 0;

function incoming(from: string, body: string): Record<string, string> {
  messageCount += 1;
  return { MessageSid: `SM-in-${messageCount}`, AccountSid: ACCOUNT_SID, From: from, To: BOT_NUMBER, Body: body, NumMedia: '0' };
}

describe('Twilio SMS channel', () => {
  let server: RunningServer;
  let endpoint: string;

  beforeAll(async () => {
    isolateNetwork();
    mockTwilioApi();
    server = await startChannelServer(ENV);
    endpoint = `${server.url}/api/twilio`;
  });
  afterAll(async () => {
    await server.close();
    restoreNetwork();
  });
  beforeEach(() => sent.splice(0));

  /** Posts as Twilio does: a form, signed over the public URL it was configured with. */
  function text(from: string, body: string, signature?: string) {
    const params = incoming(from, body);
    return post(endpoint, new URLSearchParams(params).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signature ?? getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_URL}/api/twilio`, params),
    });
  }

  it('is enabled at /api/twilio', () => {
    expect(server.channels).toEqual([{ name: 'twilio', path: '/api/twilio' }]);
  });

  it('answers a signed SMS through Messages.create, with plain text and numbered options', async () => {
    const response = await text('+15551230001', 'how often should I microneedle?');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<Response></Response>');
    expect(sent).toHaveLength(1);
    const [sms] = sent;
    expect(sms).toMatchObject({ To: '+15551230001', From: BOT_NUMBER });
    expect(sms.Body).toContain('4-6 weeks');
    const options = coreAnswer('how often should I microneedle?').suggestions;
    options.forEach(({ title }, i) => expect(sms.Body).toContain(`Reply ${i + 1} for ${title}`));
    expect(sms.Body.length).toBeLessThanOrEqual(1600);
  });

  it('reads a reply of "2" as the second option offered, and forgets the offer once answered without options', async () => {
    await text('+15551230002', 'how often should I microneedle?');
    const second = coreAnswer('how often should I microneedle?').suggestions[1];
    await text('+15551230002', '2');
    expect(sent[1].Body).toBe(toSmsMessages(coreAnswer(second.payload))[0].text);
    // An answer without options (here: a message too long to read) clears the offer: "1" is then just text.
    await text('+15551230002', 'is it safe? '.repeat(100));
    await text('+15551230002', '1');
    const firstOffered = coreAnswer(second.payload).suggestions[0];
    expect(sent[3].Body).not.toBe(toSmsMessages(coreAnswer(firstOffered.payload))[0].text);
    expect(sent[3].Body).toMatch(/not sure I understood/);
  });

  it('keeps offers and context per phone number', async () => {
    await text('+15551230003', 'how often should I microneedle?');
    await text('+15551230004', '2');
    await text('+15551230003', 'and for stretch marks?');
    const toThree = sent.filter((s) => s.To === '+15551230003');
    const toFour = sent.filter((s) => s.To === '+15551230004');
    expect(toThree[1].Body).toMatch(/stretch marks.*more sessions/);
    // Nothing was offered to this number, so "2" is just text.
    expect(toFour[0].Body).not.toContain(coreAnswer(coreAnswer('how often should I microneedle?').suggestions[1].payload).text.slice(0, 60));
  });

  it.each<[string, string | undefined]>([
    ['a bad signature', 'bm90IGEgc2lnbmF0dXJl'],
    ['a signature over another URL', getExpectedTwilioSignature(AUTH_TOKEN, 'http://127.0.0.1/api/twilio', {})],
  ])('rejects an SMS with %s (401 JSON) and sends nothing', async (_name, signature) => {
    const response = await text('+15551230005', 'how often?', signature);
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ error: 'unauthorized' });
    expect(sent).toHaveLength(0);
  });

  it('rejects an SMS without a signature header', async () => {
    const response = await post(endpoint, new URLSearchParams(incoming('+15551230006', 'hi')).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(401);
    expect(sent).toHaveLength(0);
  });
});

describe('Twilio SMS channel when sending fails', () => {
  it('logs, answers the webhook, and keeps the server up, with no unhandled rejection', () =>
    expectNoUnhandledRejection(async () => {
      const { logger, lines } = capturingLogger();
      isolateNetwork();
      nock('https://api.twilio.com')
        .get(`/2010-04-01/Accounts/${ACCOUNT_SID}.json`)
        .reply(200, { sid: ACCOUNT_SID, friendly_name: 'Test account' })
        .post(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`)
        .times(2)
        .reply(400, { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 });
      const server = await startChannelServer(ENV, logger);
      try {
        const params = incoming('+1555', 'how often should I microneedle?');
        const response = await post(`${server.url}/api/twilio`, new URLSearchParams(params).toString(), {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_URL}/api/twilio`, params),
        });
        expect(response.status).toBe(200);
        expect(lines).toContainEqual(
          expect.objectContaining({
            level: 50,
            msg: 'turn failed',
            err: expect.objectContaining({ message: expect.stringContaining('not a valid phone number') }),
          }),
        );
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      } finally {
        await server.close();
        restoreNetwork();
      }
    }));
});

describe('Twilio SMS channel when Twilio is unreachable at start-up', () => {
  let outage: Outage;
  const delivered: SentSms[] = [];

  beforeEach(() => {
    outage = new Outage();
    delivered.splice(0);
    isolateNetwork();
    nock('https://api.twilio.com')
      .persist()
      .get(`/2010-04-01/Accounts/${ACCOUNT_SID}.json`)
      .reply(outage.reply(() => [200, { sid: ACCOUNT_SID, friendly_name: 'Test account', status: 'active' }]))
      .post(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`)
      .reply(
        outage.reply((_uri, body) => {
          const sms = Object.fromEntries(new URLSearchParams(bodyOf(body))) as unknown as SentSms;
          delivered.push(sms);
          return [201, { sid: `SM${delivered.length}`, to: sms.To, from: sms.From, body: sms.Body, status: 'queued' }];
        }),
      );
  });
  afterEach(restoreNetwork);

  /** An SMS as Twilio posts it, signed over the public URL, or with a signature made with another token. */
  function textFrom(server: { url: string }, params: Record<string, string>, authToken = AUTH_TOKEN) {
    return post(`${server.url}/api/twilio`, new URLSearchParams(params).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': getExpectedTwilioSignature(authToken, `${PUBLIC_URL}/api/twilio`, params),
    });
  }

  function scenario(server: { url: string }, lines: Array<Record<string, unknown>>) {
    const params = incoming('+15551239001', 'how often should I microneedle?');
    return {
      server,
      channel: 'twilio' as const,
      problem: /ECONNREFUSED/,
      lines,
      sendSigned: () => textFrom(server, params),
      sendForged: () => textFrom(server, params, 'guessed-token'),
      delivered: () => delivered,
    };
  }

  it('is degraded, queues the answer to a signed SMS, and sends it once when Twilio is back', () =>
    withChannelServer(ENV, async (server, lines) => {
      await expectQueuedWhileDegraded(scenario(server, lines));
      outage.restore();
      await expectDeliveredOnceRestored(scenario(server, lines));
      expect(delivered[0]).toMatchObject({ To: '+15551239001', From: BOT_NUMBER, Body: expect.stringContaining('4-6 weeks') });
      expect(lines).toContainEqual(expect.objectContaining({ channel: 'twilio', account: 'Test account', msg: 'twilio account connected' }));
    }));

  it('drops the answer after its retries when Twilio never comes back: counted in /healthz, logged, and the server stays up', () =>
    expectNoUnhandledRejection(async () => {
      await withChannelServer(
        ENV,
        async (server, lines) => {
          await expectQueuedWhileDegraded(scenario(server, lines));
          await expectDroppedAfterRetries(scenario(server, lines));
          // The next SMS is still taken and, Twilio still away, dropped in turn.
          expect((await textFrom(server, incoming('+15551239002', 'is microneedling safe?'))).status).toBe(200);
          await waitFor(async () => (await channelStates(server)).twilio?.dropped === 2, 10_000, 'the second reply to be dropped');
        },
        SHORT_RETRY,
      );
    }));
});
