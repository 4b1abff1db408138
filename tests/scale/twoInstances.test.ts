import Redis from 'ioredis';
import WebSocket from 'ws';
import { Instance } from '../kit/instances';
import { newUser, say } from '../kit/web';
import { redisAvailable, TestRedis } from '../kit/redis';

/**
 * Two real bot processes sharing one real Redis, as behind a load balancer without sticky sessions:
 * conversations hop between instances, an instance dies mid-run, Redis goes away and comes back.
 */
const describeWithRedis = redisAvailable() ? describe : describe.skip;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithRedis('two instances sharing Redis', () => {
  let redis: TestRedis;
  let a: Instance;
  let b: Instance;
  /** Takes turn locks as another instance would. */
  let lockHolder: Redis;

  beforeAll(async () => {
    redis = await TestRedis.start();
    lockHolder = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    // Redis is stopped on purpose in the last test.
    lockHolder.on('error', () => undefined);
    [a, b] = await Promise.all([Instance.start('A', { REDIS_URL: redis.url }), Instance.start('B', { REDIS_URL: redis.url })]);
  }, 90_000);

  afterAll(async () => {
    lockHolder?.disconnect();
    await Promise.all([a?.kill('SIGKILL'), b?.kill('SIGKILL')]);
    await redis?.stop();
  });

  /** Prints an instance's logs when an assertion fails, so a failure in CI can be diagnosed. */
  async function withLogs<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      for (const instance of [a, b]) if (instance) console.error(`--- ${instance.name} output ---\n${instance.output.slice(-5000)}`);
      throw error;
    }
  }

  it('resolves follow-ups when a webhook conversation alternates instances turn by turn', () =>
    withLogs(async () => {
      const user = await newUser(a);
      expect((await say(a, user, 'how often should I microneedle?')).map((m) => m.text).join(' ')).toMatch(/4-6 weeks/);
      // "same interval, every 4-6 weeks" is the follow-up reading: without context the bot talks about stretch marks in general.
      expect((await say(b, user, 'and for stretch marks?')).map((m) => m.text).join(' ')).toMatch(/4-6 weeks.*stretch marks.*more sessions/s);
      expect((await say(a, user, 'what are the benefits?')).map((m) => m.text).join(' ')).toMatch(/shrinking pores/);
      expect((await say(b, user, 'and pores?')).map((m) => m.text).join(' ')).toMatch(/pores/);
      // A follow-up that only resolves with context, on the other instance again.
      expect((await say(a, user, 'how often should I microneedle?')).map((m) => m.text).join(' ')).toMatch(/4-6 weeks/);
      expect((await say(b, user, 'and for scars?')).map((m) => m.text).join(' ')).toMatch(/4-6 weeks.*scars take more sessions/s);
    }));

  it('keeps every key under its REDIS_PREFIX, conversation state with a TTL', () =>
    withLogs(async () => {
      // A third bot on the same Redis with its own prefix, rate limits on: nothing of it mixes with A's and B's.
      const other = await Instance.start('other', { REDIS_URL: redis.url, REDIS_PREFIX: 'other-bot:', RATE_LIMIT_PER_MINUTE: '30', CONTEXT_TTL_MINUTES: '5' });
      try {
        const user = await newUser(a);
        await say(a, user, 'how often should I microneedle?');
        await say(other, user, 'what is the aftercare?');
        // Same SESSION_SECRET, so the id is valid there, but the conversation state is not shared.
        expect((await say(other, user, 'and for scars?')).map((m) => m.text).join(' ')).not.toMatch(/4-6 weeks/);

        const keys = await lockHolder.keys('*');
        expect(keys.filter((k) => !k.startsWith('mnbot:') && !k.startsWith('other-bot:'))).toEqual([]);
        const others = keys.filter((k) => k.startsWith('other-bot:'));
        expect(others).toEqual(
          expect.arrayContaining([
            `other-bot:state:webhook/conversations/${user}-${user}/microneedling`,
            expect.stringMatching(/^other-bot:rl-user:/),
            expect.stringMatching(/^other-bot:rl-ip:/),
          ]),
        );
        expect(keys).toContain(`mnbot:state:webhook/conversations/${user}-${user}/microneedling`);
        // Turn locks are released after each turn.
        expect(keys.filter((k) => k.includes(':lock:'))).toEqual([]);
        const ttl = await lockHolder.ttl(`other-bot:state:webhook/conversations/${user}-${user}/microneedling`);
        expect(ttl).toBeGreaterThan(240);
        expect(ttl).toBeLessThanOrEqual(300);
      } finally {
        await other.kill('SIGKILL');
      }
    }));

  it("answers a message delivered to both instances once: the second gets the first delivery's replies", () =>
    withLogs(async () => {
      const user = await newUser(a);
      const first = await say(a, user, 'how often should I microneedle?', { id: 'resent-1' });
      // Had B run a turn, it would answer this text; it returns the replies recorded for the id instead.
      const repeat = await say(b, user, 'what is the aftercare?', { id: 'resent-1' });
      expect(repeat).toEqual(first);
      expect(await lockHolder.exists(`mnbot:delivered:webhook/${user}/${user}/resent-1`)).toBe(1);
    }));

  it('serialises turns of one conversation sent to both instances at once (the Redis turn lock)', () =>
    withLogs(async () => {
      for (let round = 0; round < 10; round++) {
        const user = await newUser(b);
        const first = say(a, user, 'how often should I microneedle?');
        // The second message leaves once A holds the conversation's turn lock, however slow the machine.
        for (let waited = 0; waited < 5000 && !(await lockHolder.exists(`mnbot:lock:webhook/${user}/${user}`)); waited += 2) await sleep(2);
        const second = say(b, user, 'and for scars?');
        const [, followUp] = await Promise.all([first, second]);
        // Only a second turn that ran after the first one's context was saved answers "and for scars?" about
        // frequency. Which HTTP response reaches the client first is up to the machine, not the lock.
        expect(followUp.map((m) => m.text).join(' ')).toMatch(/4-6 weeks.*scars take more sessions/s);
      }
    }));

  it(
    'fails 100 websocket users over to the surviving instance with context and exactly one answer per message',
    () =>
      withLogs(async () => {
        const users = await Promise.all(
          Array.from({ length: 100 }, async (_, i) => new SimulatedUser(`u${i}`, await newUser(i % 2 ? b : a), SCRIPTS[i % 2], i % 2 ? [b, a] : [a, b])),
        );
        const totalAnswers = users.reduce((n, u) => n + u.script.length + 1, 0);
        const startedOnA = users.filter((u) => u.startsOn === 'A');
        const answersOnA = startedOnA.reduce((n, u) => n + u.script.length + 1, 0);
        // Kill A once about a third of its users' answers are in: they are mid-conversation, most of them before a
        // follow-up (counting B's users too would let a fast A run its users past their follow-ups first). A few of them
        // surely have a message in flight: their conversation's turn lock is taken here (as a slow turn would hold it),
        // so the next message they send to A waits in A when A dies.
        let killedAt = -1;
        const inFlight: SimulatedUser[] = [];
        const killer = (async () => {
          while (answersSoFar(startedOnA) < answersOnA * 0.3) await sleep(5);
          // Users between turns whose next message is a follow-up come first: its antecedent was answered by A, so B
          // answering it shows the context surviving the failover. A user with a message already out is no good for
          // that: on a slow machine that message may itself be the one the lock holds.
          const locks: string[] = [];
          const hold = async (chosen: SimulatedUser[]) => {
            const keys = chosen.map((u) => `mnbot:lock:websocket/${u.user}/${u.user}`);
            inFlight.push(...chosen);
            locks.push(...keys);
            await Promise.all(keys.map((key) => lockHolder.set(key, 'slow-turn', 'PX', 10_000)));
          };
          const sentBefore = new Map<SimulatedUser, number>();
          for (let waited = 0; waited < 1000 && inFlight.length < 5; waited += 1) {
            const idle = users.filter(
              (u) => u.on === 'A' && !u.awaitingAnswer && u.turnsLeft >= 1 && FOLLOW_UPS.includes(u.nextTurnAfterInFlight) && !inFlight.includes(u),
            );
            const chosen = idle.slice(0, 5 - inFlight.length);
            chosen.forEach((u) => sentBefore.set(u, u.sent));
            await hold(chosen);
            await sleep(1);
          }
          const others = users.filter((u) => u.on === 'A' && u.turnsLeft >= 2 && !inFlight.includes(u)).slice(0, 5 - inFlight.length);
          others.forEach((u) => sentBefore.set(u, u.sent));
          await hold(others);
          // A message sent before the lock was taken may be answered before A dies: wait for one sent after it.
          const waitingOnLock = () => inFlight.every((u) => u.sent > (sentBefore.get(u) ?? 0) && u.awaitingAnswer);
          // Under a loaded machine a user's next message can take seconds to go out: wait up to most of the lock's life.
          for (let waited = 0; waited < 8000 && !waitingOnLock(); waited += 5) await sleep(5);
          killedAt = answersSoFar(users);
          await a.kill('SIGKILL');
          await lockHolder.del(...locks);
        })();
        await Promise.all(users.map((u) => u.run()));
        await killer;
        // Late duplicates would arrive now: give them time before counting.
        await sleep(500);
        users.forEach((u) => u.close());

        expect(killedAt).toBeGreaterThan(0);
        expect(killedAt).toBeLessThan(totalAnswers);
        for (const user of users) {
          // Exactly one answer per message sent (greetings included), and no answer to nothing.
          expect(user.unexpected).toEqual([]);
          for (const [id, answers] of user.answers) expect({ id, count: answers.length }).toEqual({ id, count: 1 });
          expect(user.answers.size).toBe(user.script.length + user.greetings);
          // Every turn's answer is the right one, follow-ups included: their expected texts need the context.
          user.script.forEach(([, expected], turn) =>
            expect({ turn, text: user.turnAnswer(turn).text }).toEqual({ turn, text: expect.stringMatching(expected) }),
          );
        }
        const failedOver = users.filter((u) => u.greetings > 1);
        expect(failedOver.length).toBeGreaterThan(0);
        // The messages in flight on A were sent again to B, and answered once (checked above).
        expect(inFlight).toHaveLength(5);
        for (const user of inFlight) expect({ user: user.name, resent: user.resent }).toEqual({ user: user.name, resent: 1 });
        // Context survived the failover: a follow-up answered by B whose antecedent A answered.
        const carriedOver = users.filter((u) => FOLLOW_UPS.some((turn) => u.turnAnswer(turn - 1).instance === 'A' && u.turnAnswer(turn).instance === 'B'));
        expect(carriedOver.length).toBeGreaterThan(0);
        expect(b.running).toBe(true);
        expect(b.logs(50)).toEqual([]);
      }),
    40_000,
  );

  it(
    'keeps answering while Redis is down and gets context back when Redis returns',
    () =>
      withLogs(async () => {
        const alive = b;
        await redis.stop();

        // Single questions are answered promptly on both transports (without context).
        const user = await newUser(alive);
        const started = Date.now();
        expect((await say(alive, user, 'how often should I microneedle?', { timeoutMs: 2000 })).map((m) => m.text).join(' ')).toMatch(/4-6 weeks/);
        expect(Date.now() - started).toBeLessThan(2000);
        const socket = await openSocket(alive.wsUrl);
        const reply = nextMessage(socket, 2000);
        socket.send(JSON.stringify({ type: 'message', text: 'how often should I microneedle?', user: await newUser(alive), channel: 'websocket' }));
        expect(await reply).toMatch(/4-6 weeks/);
        socket.close();

        await redis.restart();
        // The client reconnects with a capped backoff (2 s at most): poll until a follow-up resolves again.
        const deadline = Date.now() + 10_000;
        let followUp = '';
        while (Date.now() < deadline) {
          const again = await newUser(alive);
          await say(alive, again, 'how often should I microneedle?', { timeoutMs: 2000 });
          followUp = (await say(alive, again, 'and for scars?', { timeoutMs: 2000 })).map((m) => m.text).join(' ');
          if (/4-6 weeks.*scars take more sessions/s.test(followUp)) break;
          await sleep(250);
        }
        expect(followUp).toMatch(/4-6 weeks.*scars take more sessions/s);
      }),
    30_000,
  );
});

type Script = Array<[string, RegExp]>;

/** Two 4-turn conversations; the second and fourth turns are follow-ups whose expected answer needs the context. */
const SCRIPTS: Script[] = [
  [
    ['how often should I microneedle?', /4-6 weeks/],
    ['and for stretch marks?', /4-6 weeks.*stretch marks.*more sessions/s],
    ['is it normal to be red right after a session?', /warm and tight/],
    ['how long does that last?', /hour or two/],
  ],
  [
    ['what is the aftercare?', /aftercare advice/],
    ['why?', /healing/],
    ['how often should I microneedle?', /4-6 weeks/],
    ['and for scars?', /4-6 weeks.*scars take more sessions/s],
  ],
];
const FOLLOW_UPS = [1, 3];

interface Answer {
  text: string;
  instance: string;
}

function answersSoFar(users: SimulatedUser[]): number {
  return users.reduce((n, u) => n + u.answers.size, 0);
}

function openSocket(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no message within ${timeoutMs} ms`)), timeoutMs);
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; text?: string };
      if (frame.type !== 'message') return;
      clearTimeout(timer);
      resolve(frame.text ?? '');
    });
  });
}

/**
 * A visitor behaving as the widget does: greet (hello, then welcome_back after a reconnect), send one message
 * at a time and wait for its answer; when the socket drops with a message in flight, reconnect (here: to the
 * other instance, as the load balancer would) and send that message again. Every message frame received is
 * booked against the message in flight when it arrived.
 */
class SimulatedUser {
  /** Message id → answers received for it. */
  readonly answers = new Map<string, Answer[]>();
  /** Message frames that arrived with no message in flight (a duplicate or a stray reply). */
  readonly unexpected: string[] = [];
  greetings = 0;
  /** Messages sent again after their socket closed with no answer. */
  resent = 0;
  /** Messages of the script sent, re-sent ones included. */
  sent = 0;
  turnsLeft: number;
  /** The instance this user is connected to. */
  on = '';
  private socket?: WebSocket;
  private current = 0;
  private pending?: { id: string; done: (answered: boolean) => void };

  constructor(
    readonly name: string,
    readonly user: string,
    readonly script: Script,
    private readonly instances: Instance[],
  ) {
    this.turnsLeft = script.length;
  }

  /** The instance this user connects to first. */
  get startsOn(): string {
    return this.instances[0].name;
  }

  /** A message of the script (not a greeting) was sent and its answer has not arrived. */
  get awaitingAnswer(): boolean {
    return this.pending !== undefined && !this.pending.id.includes('#greeting');
  }

  /** The turn this user sends next once the message in flight, if any, is answered. */
  get nextTurnAfterInFlight(): number {
    const current = this.script.length - this.turnsLeft;
    return this.awaitingAnswer ? current + 1 : current;
  }

  turnAnswer(turn: number): Answer {
    return this.answers.get(`${this.name}#${turn}`)?.[0] ?? { text: '', instance: '' };
  }

  async run(): Promise<void> {
    await this.connect('hello');
    for (let turn = 0; turn < this.script.length; turn++) {
      await sleep(20 + Math.random() * 150);
      for (;;) {
        const outcome = await this.exchange(`${this.name}#${turn}`, { type: 'message', text: this.script[turn][0] });
        if (outcome === 'answered') break;
        if (outcome === 'lost') this.resent += 1;
        await this.failover();
      }
      this.turnsLeft -= 1;
    }
  }

  close(): void {
    this.socket?.close();
  }

  private async connect(greeting: 'hello' | 'welcome_back'): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const instance = this.instances[this.current];
      try {
        const socket = await openSocket(instance.wsUrl);
        this.listen(socket, instance.name);
        this.socket = socket;
        this.on = instance.name;
        // A greeting still in flight when its instance dies gets no answer; only answered greetings are counted.
        if ((await this.exchange(`${this.name}#greeting${this.greetings + 1}`, { type: greeting })) === 'answered') {
          this.greetings += 1;
          return;
        }
      } catch {
        // refused: that instance is gone
      }
      this.current = 1 - this.current;
      greeting = 'welcome_back';
    }
    throw new Error(`${this.name} could not connect to any instance`);
  }

  private failover(): Promise<void> {
    this.current = 1 - this.current;
    return this.connect('welcome_back');
  }

  private listen(socket: WebSocket, instance: string): void {
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; text?: string };
      if (frame.type !== 'message') return;
      const pending = this.pending;
      if (!pending || socket !== this.socket) {
        this.unexpected.push(`${instance}: ${frame.text}`);
        return;
      }
      this.answers.set(pending.id, [...(this.answers.get(pending.id) ?? []), { text: frame.text ?? '', instance }]);
      this.pending = undefined;
      pending.done(true);
    });
    socket.on('close', () => {
      if (socket !== this.socket) return;
      const pending = this.pending;
      this.pending = undefined;
      pending?.done(false);
    });
    socket.on('error', () => undefined);
  }

  /**
   * Sends one frame and waits for its answer: 'lost' when the socket closed first (the frame must be sent
   * again), 'unsent' when it was closed already.
   */
  private exchange(id: string, frame: { type: string; text?: string }): Promise<'answered' | 'lost' | 'unsent'> {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return Promise.resolve('unsent');
    return new Promise((resolve, reject) => {
      // A dead instance's lock lease (5 s) can delay the re-sent turn by up to the lock wait (3 s).
      const timer = setTimeout(() => reject(new Error(`${this.name}: no answer to ${id} within 10 s`)), 10_000);
      this.pending = {
        id,
        done: (answered) => {
          clearTimeout(timer);
          resolve(answered ? 'answered' : 'lost');
        },
      };
      if (frame.type === 'message') this.sent += 1;
      socket.send(JSON.stringify({ ...frame, user: this.user, channel: 'websocket' }));
    });
  }
}
