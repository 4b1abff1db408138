import { namesSilence } from '../answers/compose';
import type { MicroneedlingBot, Reply } from '../bot';
import type { ConversationContext } from '../dialogue/context';

/** A question a real visitor asked on a public page, labelled from the article alone. */
export interface RealQuestion {
  text: string;
  source: string;
  kind: 'faq' | 'forum' | 'qa';
  expect: 'answer' | 'not_covered' | 'out_of_scope';
  /** expect=answer: each regular expression must match the reply. */
  facts?: string[];
  /** expect=not_covered: what the article does not cover. */
  subject?: string;
  /** Regular expressions a correct reply must not match. */
  forbid?: string[];
  note?: string;
  /** False for a question that leaves out what the conversation supplies ("how long does it take?"). */
  standalone?: boolean;
}

export interface RealQuestionSet {
  description: string;
  questions: RealQuestion[];
}

export interface RealQuestionMiss {
  text: string;
  expect: RealQuestion['expect'];
  why: string;
  reply: string;
}

export interface RealQuestionReport {
  n: number;
  passed: number;
  rate: number;
  byExpect: Record<string, { n: number; passed: number }>;
  sources: number;
  misses: RealQuestionMiss[];
}

/** Replies that decline to state a fact: what an honest "the article doesn't cover that" looks like. */
const DECLINING = new Set(['not_covered', 'out_of_scope']);

function matches(text: string, pattern: string): boolean {
  return new RegExp(pattern, 'i').test(text.replace(/[\u2010-\u2015]/g, '-').replace(/[\u2018\u2019]/g, "'"));
}

/** Why a reply fails a labelled question, or undefined when it is right. */
export function judge(question: Pick<RealQuestion, 'expect' | 'facts' | 'forbid' | 'subject'>, replies: Reply[]): string | undefined {
  const text = replies.map((r) => r.text).join('\n');
  const forbidden = (question.forbid ?? []).filter((p) => matches(text, p));
  if (forbidden.length > 0) return `says what it must not: ${forbidden.join(', ')}`;
  const intents = replies.map((r) => r.intent);
  if (question.expect === 'answer') {
    const missing = (question.facts ?? []).filter((p) => !matches(text, p));
    return missing.length > 0 ? `missing ${missing.join(', ')} (${intents.join(', ')})` : undefined;
  }
  if (question.expect === 'not_covered') {
    return replies.some(namesSilence) ? undefined : `expected "not covered: ${question.subject}", got ${intents.join(', ')}`;
  }
  // Off-topic: any honest refusal is right, and no article fact may be given.
  return intents.every((i) => DECLINING.has(i)) ? undefined : `expected a refusal, got ${intents.join(', ')}`;
}

export function evaluateRealQuestions(bot: MicroneedlingBot, set: RealQuestionSet): RealQuestionReport {
  const byExpect: Record<string, { n: number; passed: number }> = {};
  const misses: RealQuestionMiss[] = [];
  for (const question of set.questions) {
    const { replies } = bot.respond(question.text, undefined);
    const why = judge(question, replies);
    const bucket = (byExpect[question.expect] ??= { n: 0, passed: 0 });
    bucket.n += 1;
    if (why) misses.push({ text: question.text, expect: question.expect, why, reply: replies.map((r) => r.text).join(' / ') });
    else bucket.passed += 1;
  }
  const n = set.questions.length;
  const passed = n - misses.length;
  return { n, passed, rate: n === 0 ? 0 : passed / n, byExpect, sources: new Set(set.questions.map((q) => q.source)).size, misses };
}

/** Earlier questions of every kind: a self-contained question must get the same answer after each. */
export const EARLIER_QUESTIONS = [
  'how often should I microneedle?',
  'does it help with acne scars?',
  'how long does the redness last?',
  'what should I avoid after a session?',
  'is it painful?',
  "what's the capital of France?",
];

export interface ContextSwitchReport {
  n: number;
  passed: number;
  rate: number;
  failures: Array<{ text: string; earlier: string; alone: string; after: string }>;
}

/** Metamorphic check: the reply to a self-contained question does not depend on what was asked before. */
export function evaluateContextSwitches(bot: MicroneedlingBot, questions: string[]): ContextSwitchReport {
  const contexts = EARLIER_QUESTIONS.map((earlier) => ({ earlier, context: bot.respond(earlier, undefined).context as ConversationContext }));
  const failures: ContextSwitchReport['failures'] = [];
  let n = 0;
  for (const text of questions) {
    const alone = bot
      .respond(text, undefined)
      .replies.map((r) => r.text)
      .join('\n');
    for (const { earlier, context } of contexts) {
      n += 1;
      const after = bot
        .respond(text, context)
        .replies.map((r) => r.text)
        .join('\n');
      if (after !== alone) failures.push({ text, earlier, alone, after });
    }
  }
  return { n, passed: n - failures.length, rate: n === 0 ? 0 : (n - failures.length) / n, failures };
}
