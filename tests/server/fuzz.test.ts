import fc from 'fast-check';
import WebSocket from 'ws';
import { Instance } from '../kit/instances';
import { newUser, say } from '../kit/web';

/**
 * Random input at both transports of the built server, in its own process so a crash is a crash: JSON values,
 * message-shaped objects with random fields (signed, forged and odd ids), unicode, huge and binary bodies,
 * random content types and encodings. The server must answer every webhook request with JSON below 500 (never
 * HTML, never a stack trace), close websockets only with the codes it documents, log no error and stay up.
 */
// FUZZ_RUNS=2000 for a deeper run.
const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const FAST_CHECK = { numRuns: RUNS, endOnFailure: true };

describe('fuzzing the webhook and the websocket', () => {
  let server: Instance;
  let ids: string[];

  beforeAll(async () => {
    server = await Instance.start('fuzz');
    ids = await Promise.all([newUser(server), newUser(server), newUser(server)]);
  }, 90_000);
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });
  afterEach(() => {
    // Whatever happened, the process is up and logged no error (pino level 50+, or anything not JSON on stderr/stdout).
    expect(server.running).toBe(true);
    expect(server.logs(50)).toEqual([]);
  });

  /** A valid message, a malformed body, a forged id, a body too large and an unknown encoding. */
  const statusExamples = (): Array<[string, string | null, 'x-unknown' | null]> => {
    const message = (user: string) => JSON.stringify({ type: 'message', user, text: 'how often should I microneedle?' });
    return [
      [message(ids[0]), 'application/json', null],
      ['{', 'application/json', null],
      [message(`${ids[0].slice(0, -1)}${ids[0].endsWith('A') ? 'B' : 'A'}`), 'application/json', null],
      ['x'.repeat(40_000), 'application/json', null],
      [message(ids[0]), 'application/json', 'x-unknown'],
    ];
  };

  /** A user field: signed ids, a forged one, prototype keys, any string or JSON value, or none. */
  const user = () =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...ids) },
      fc.constantFrom(...ids).map((id) => `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.jsonValue({ maxDepth: 2 }),
    );
  const type = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('message', 'hello', 'welcome_back', 'typing', 'event', '__proto__', 'constructor') },
    fc.string({ maxLength: 20 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.lorem({ maxCount: 30 }),
    fc.string({ unit: 'binary-ascii', minLength: 900, maxLength: 3000 }),
    fc.constantFrom('how often should I microneedle?', 'and for scars?', 'why?', '\u0000', '\ud800', '<script>alert(1)</script>', 'a'.repeat(1001)),
    fc.jsonValue({ maxDepth: 2 }),
  );
  /** Message-shaped objects, any of whose fields may be missing, plus random extra fields. */
  const messageLike = () =>
    fc
      .tuple(
        fc.record(
          { type, user: user(), text, channel: fc.oneof(fc.constantFrom('webhook', 'websocket'), fc.jsonValue({ maxDepth: 1 })) },
          { requiredKeys: [] },
        ),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
      )
      .map(([message, extra]) => ({ ...extra, ...message }));
  const jsonText = () => fc.oneof({ weight: 3, arbitrary: messageLike() }, fc.jsonValue()).map((value) => JSON.stringify(value) ?? 'null');
  /** Raw bodies: JSON text, any text, bytes, huge. */
  const rawBody = () =>
    fc.oneof(
      { weight: 4, arbitrary: jsonText() },
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }),
      fc.constantFrom('', '{', '[', 'null', '"x"', '{"type":"message","user":', JSON.stringify({ type: 'message', text: 'x'.repeat(20_000) })),
      fc.integer({ min: 16_000, max: 40_000 }).map((n) => 'x'.repeat(n)),
    );

  it(`answers ${RUNS} random webhook requests with JSON below 500`, async () => {
    const contentType = fc.option(
      fc.oneof(
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/octet-stream',
          'text/html',
          'application/json; charset=utf-8',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'application/json; charset=nope',
          'application/*+json',
        ),
        fc.string({ unit: 'binary-ascii', maxLength: 40 }),
      ),
    );
    const statuses = new Set<number>();
    const encoding = fc.option(fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown'), { freq: 4 });
    await fc.assert(
      fc.asyncProperty(rawBody(), contentType, encoding, async (body, type, contentEncoding) => {
        const headers: Record<string, string> = {};
        // Header values must be valid ByteStrings without control characters for fetch to send them.
        if (type !== null && /^[\x20-\x7e]*$/.test(type)) headers['content-type'] = type;
        if (contentEncoding !== null) headers['content-encoding'] = contentEncoding;
        const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
        const received = await response.text();
        statuses.add(response.status);
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('content-type') ?? 'application/json').toMatch(/^application\/json/);
        expect(received).not.toMatch(/<html|<!DOCTYPE|at .*\.js:\d+|Error:/i);
        if (received !== '') JSON.parse(received);
      }),
      // One request of each kind runs first, so every answer below is met whatever the random ones turn out to be.
      { ...FAST_CHECK, examples: statusExamples() },
    );
    // Answered, refused as malformed, unauthorised, too large, and in an unsupported charset or encoding.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 401, 413, 415]));
  }, 30_000);

  it(`survives ${RUNS} random websocket conversations of text and binary frames`, async () => {
    const frame = fc.oneof(
      { weight: 8, arbitrary: jsonText().map((data) => ({ data, binary: false })) },
      { weight: 2, arbitrary: jsonText().map((data) => ({ data: Buffer.from(data), binary: true })) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((data) => ({ data, binary: false })) },
      { weight: 2, arbitrary: fc.uint8Array({ maxLength: 200 }).map((data) => ({ data: Buffer.from(data), binary: true })) },
      // Invalid UTF-8 in a text frame: the server must close with 1007, not fall over.
      fc.uint8Array({ minLength: 1, maxLength: 50 }).map((data) => ({ data: Buffer.concat([Buffer.from(data), Buffer.from([0xff])]), binary: false })),
      // Past maxPayload (16 KB): closed with 1009.
      fc.constant({ data: 'x'.repeat(17_000), binary: false }),
    );
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 1, 2), async (frames, who) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const socket = new WebSocket(server.wsUrl);
        const received: Array<{ type?: unknown }> = [];
        const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
        socket.on('message', (data) => received.push(JSON.parse(String(data)) as { type?: unknown }));
        socket.on('error', () => undefined);
        await new Promise<void>((resolve, reject) => {
          socket.once('open', () => resolve());
          socket.once('error', reject);
        });
        for (const { data, binary } of frames) socket.send(data, { binary });
        // A normal question ends the run: answered, unless the frames before got the socket closed (bad id, bad frame).
        socket.send(JSON.stringify({ type: 'message', text: 'how often should I microneedle?', user: ids[who], channel: 'websocket' }));
        const outcome = await Promise.race([
          closed.then((code) => ({ code })),
          new Promise<{ answered: true }>((resolve) => {
            socket.on('message', (data) => {
              const reply = JSON.parse(String(data)) as { type?: string; text?: string };
              if (reply.type === 'message' && reply.text?.includes('4-6 weeks')) resolve({ answered: true });
            });
          }),
          new Promise<{ timeout: true }>((resolve) => {
            timer = setTimeout(() => resolve({ timeout: true }), 3000);
          }),
        ]);
        clearTimeout(timer);
        socket.terminate();
        const key = 'code' in outcome ? `closed ${outcome.code}` : 'answered' in outcome ? 'answered' : 'timeout';
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        expect(outcome).not.toHaveProperty('timeout');
        // 4401: a forged id or a switch to another id; 4409: another run took this id over; 1007: invalid UTF-8;
        // 1009: too big. 1011 would be the server's own failure.
        if ('code' in outcome) expect([4401, 4409, 1007, 1009]).toContain(outcome.code);
        for (const frameReceived of received) expect(['message', 'error', 'typing']).toContain(frameReceived.type);
      }),
      FAST_CHECK,
    );
    // The mix exercised both the bot and the guards.
    for (const key of ['answered', 'closed 4401', 'closed 1007', 'closed 1009'])
      expect({ key, seen: (outcomes.get(key) ?? 0) > 0 }).toEqual({ key, seen: true });
  }, 30_000);

  it('still answers a normal question on both transports afterwards', async () => {
    const user = await newUser(server);
    expect((await say(server, user, 'how often should I microneedle?')).map((m) => m.text).join(' ')).toMatch(/4-6 weeks/);
    expect((await say(server, user, 'and for scars?')).map((m) => m.text).join(' ')).toMatch(/scars take more sessions/);

    const socket = new WebSocket(server.wsUrl);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const answer = new Promise<string>((resolve) =>
      socket.on('message', (data) => {
        const reply = JSON.parse(String(data)) as { type: string; text?: string };
        if (reply.type === 'message') resolve(reply.text ?? '');
      }),
    );
    socket.send(JSON.stringify({ type: 'message', text: 'what is the aftercare?', user: await newUser(server), channel: 'websocket' }));
    expect(await answer).toMatch(/aftercare advice/);
    socket.close();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
