import { buildReport } from '../../src/insights/report';
import { InsightsStore, QuestionRow } from '../../src/insights/store';
import type { Database } from '../../src/storage/database';
import { migrate } from '../../src/storage/migrate';
import { Backend, BACKENDS } from '../kit/databases';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 12);

let n = 0;
function row(fields: Partial<QuestionRow>): QuestionRow {
  n += 1;
  return {
    replyId: `r${n}`,
    at: NOW,
    channel: 'websocket',
    userHash: 'alice',
    question: `question ${n}`,
    outcome: 'answered',
    intent: 'frequency',
    section: 'How Often',
    answer: 'Every 4-6 weeks.',
    latencyMs: 3.5,
    ...fields,
  };
}

describe.each(BACKENDS)('question log and feedback on %s', (_name, start) => {
  let backend: Backend;
  let db: Database;
  let store: InsightsStore;

  beforeAll(async () => {
    backend = await start();
  }, 60_000);

  beforeEach(async () => {
    n = 0;
    await db?.close();
    db = await backend.fresh();
    await migrate(db);
    store = new InsightsStore(db);
  });

  afterAll(async () => {
    await db?.close();
    await backend?.stop();
  });

  it('reports outcomes per day, uncovered subjects with examples, down-voted answers with comments, unclear questions', async () => {
    await store.addQuestions([
      row({ at: NOW - DAY, outcome: 'answered' }),
      row({ outcome: 'answered' }),
      row({ outcome: 'not_covered', intent: 'not_covered', subject: 'hair loss', question: 'does it help with hair loss?', answer: 'Not covered: hair loss.' }),
      row({
        outcome: 'not_covered',
        intent: 'not_covered',
        subject: 'hair loss',
        question: 'does it help with hair loss?',
        answer: 'Not covered: hair loss.',
        userHash: 'bob',
      }),
      row({ outcome: 'not_covered', intent: 'not_covered', subject: 'hair loss', question: 'and for bald spots?', answer: 'Not covered: hair loss.' }),
      row({ outcome: 'not_covered', intent: 'not_covered', subject: 'cost', question: 'how much is it', answer: 'Not covered: cost.' }),
      row({ outcome: 'unclear', intent: 'unclear', question: 'hmm?', answer: 'Could you rephrase?' }),
      row({ outcome: 'unclear', intent: 'unclear', question: 'hmm?', answer: 'Could you rephrase?' }),
      row({ at: NOW - 40 * DAY, outcome: 'unclear', intent: 'unclear', question: 'too old to show', answer: 'Could you rephrase?' }),
    ]);
    await store.saveFeedback({ replyId: 'r3', userHash: 'alice', rating: 'down', comment: 'whether it regrows hair', at: NOW });
    await store.saveFeedback({ replyId: 'r4', userHash: 'bob', rating: 'down', at: NOW });
    await store.saveFeedback({ replyId: 'r2', userHash: 'alice', rating: 'up', at: NOW });

    const report = await buildReport(store, NOW - 30 * DAY, NOW);
    expect(report.outcomesByDay).toEqual([
      { day: '2026-06-14', counts: expect.objectContaining({ answered: 1, not_covered: 0 }) },
      { day: '2026-06-15', counts: expect.objectContaining({ answered: 1, not_covered: 4, unclear: 2 }) },
    ]);
    expect(report.totals).toEqual({ answered: 2, not_covered: 4, unclear: 2, out_of_scope: 0, rate_limited: 0, conversational: 0 });
    expect(report.uncovered).toEqual([
      {
        subject: 'hair loss',
        count: 3,
        examples: [
          { question: 'does it help with hair loss?', count: 2 },
          { question: 'and for bald spots?', count: 1 },
        ],
      },
      { subject: 'cost', count: 1, examples: [{ question: 'how much is it', count: 1 }] },
    ]);
    expect(report.downVoted).toEqual([
      {
        intent: 'not_covered',
        topic: null,
        section: 'How Often',
        answer: 'Not covered: hair loss.',
        down: 2,
        up: 0,
        comments: ['whether it regrows hair'],
        questions: ['does it help with hair loss?'],
      },
    ]);
    expect(report.unclear).toEqual([{ question: 'hmm?', count: 2 }]);
  });

  it('replaces an earlier vote on the same reply', async () => {
    await store.addQuestions([row({ replyId: 'x' })]);
    await store.saveFeedback({ replyId: 'x', userHash: 'alice', rating: 'down', comment: 'not this', at: NOW });
    await store.saveFeedback({ replyId: 'x', userHash: 'alice', rating: 'up', at: NOW + 1 });
    expect(await db.query('SELECT reply_id, rating, comment FROM feedback')).toEqual([{ reply_id: 'x', rating: 'up', comment: null }]);
  });

  it('writes a retried batch once', async () => {
    const rows = [row({}), row({})];
    await store.addQuestions(rows);
    await store.addQuestions(rows);
    expect(await db.query('SELECT reply_id FROM questions ORDER BY reply_id')).toHaveLength(2);
  });

  it('forgets one visitor: their questions and votes go, everyone else stays', async () => {
    await store.addQuestions([row({ replyId: 'a1', userHash: 'alice' }), row({ replyId: 'a2', userHash: 'alice' }), row({ replyId: 'b1', userHash: 'bob' })]);
    await store.saveFeedback({ replyId: 'a1', userHash: 'alice', rating: 'down', at: NOW });
    await store.saveFeedback({ replyId: 'b1', userHash: 'bob', rating: 'up', at: NOW });
    expect(await store.forget('alice')).toEqual({ questions: 2, feedback: 1 });
    expect(await db.query('SELECT reply_id FROM questions')).toEqual([{ reply_id: 'b1' }]);
    expect(await db.query('SELECT reply_id FROM feedback')).toEqual([{ reply_id: 'b1' }]);
  });

  it('purges rows older than the retention period and keeps newer ones', async () => {
    await store.addQuestions([row({ replyId: 'old', at: NOW - 31 * DAY }), row({ replyId: 'edge', at: NOW - 30 * DAY }), row({ replyId: 'new', at: NOW })]);
    await store.saveFeedback({ replyId: 'old', userHash: 'alice', rating: 'down', at: NOW - 31 * DAY });
    await store.saveFeedback({ replyId: 'new', userHash: 'alice', rating: 'up', at: NOW });
    expect(await store.purge(NOW - 30 * DAY)).toBe(2);
    expect(await db.query('SELECT reply_id FROM questions ORDER BY reply_id')).toEqual([{ reply_id: 'edge' }, { reply_id: 'new' }]);
    expect(await db.query('SELECT reply_id FROM feedback')).toEqual([{ reply_id: 'new' }]);
  });

  it('stores text as given: quotes, SQL and non-Latin script', async () => {
    const question = "'; DROP TABLE questions; -- « микро » 🌟";
    await store.addQuestions([row({ replyId: 'q', question, confidence: 0.875 })]);
    expect(await db.query('SELECT question, confidence, latency_ms FROM questions')).toEqual([{ question, confidence: 0.875, latency_ms: 3.5 }]);
  });
});
