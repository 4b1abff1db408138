import type { MicroneedlingBot, Reply } from '../bot';
import type { ConversationContext } from '../dialogue/context';
import { classificationReport, ClassificationReport } from './metrics';

export interface HeldOutQuestion {
  text: string;
  intent: string;
  topic: string | null;
  /** A second question asked in the same message. */
  also?: string;
  /** False for a question that leaves out what the conversation supplies ("how often can I do this?"). */
  standalone?: boolean;
}

export interface ScriptedTurn {
  user: string;
  intent?: string;
  /** Each must appear in the reply (case-insensitive); "a|b" accepts either. */
  facts: string[];
  absent?: string[];
}

export interface ScriptedConversation {
  name: string;
  turns: ScriptedTurn[];
}

export interface TurnFailure {
  conversation: string;
  turn: number;
  user: string;
  reply: string;
  missing: string[];
  unexpected: string[];
}

export interface BotEvaluation {
  questions: ClassificationReport;
  misclassified: Array<{ text: string; expected: string; predicted: string }>;
  twoQuestionMessages: { n: number; bothAnswered: number };
  turns: { n: number; passed: number; rate: number };
  failures: TurnFailure[];
}

/** Dashes and apostrophes vary between the article, the answers and people's typing. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'");
}

function contains(text: string, fact: string): boolean {
  return fact.split('|').some((alternative) => comparable(text).includes(comparable(alternative)));
}

function replyText(replies: Reply[]): string {
  return replies.map((r) => r.text).join('\n');
}

/**
 * `fixedReplyIntents` are the intents whose reply is a fixed message (conversational ones, "not covered",
 * "only about microneedling"): a turn expecting one must get exactly it, not merely its words.
 */
export function evaluateBot(
  bot: MicroneedlingBot,
  questions: HeldOutQuestion[],
  conversations: ScriptedConversation[],
  fixedReplyIntents: ReadonlySet<string>,
): BotEvaluation {
  const pairs = questions.map((q) => {
    const { replies } = bot.respond(q.text, undefined);
    return { text: q.text, expected: q.intent, predicted: replies[0]?.intent ?? 'none', replies, also: q.also };
  });
  const twoQuestions = pairs.filter((p) => p.also);
  const bothAnswered = twoQuestions.filter((p) => p.predicted === p.expected && p.replies.some((r) => r.intent === p.also)).length;

  const failures: TurnFailure[] = [];
  let turnCount = 0;
  for (const conversation of conversations) {
    let context: ConversationContext | undefined;
    conversation.turns.forEach((turn, index) => {
      const result = bot.respond(turn.user, context);
      context = result.context;
      turnCount += 1;
      const text = replyText(result.replies);
      const missing = turn.facts.filter((fact) => !contains(text, fact));
      if (turn.intent && fixedReplyIntents.has(turn.intent) && !result.replies.some((r) => r.intent === turn.intent)) {
        missing.push(`intent ${turn.intent} (got ${result.replies.map((r) => r.intent).join(', ')})`);
      }
      const unexpected = (turn.absent ?? []).filter((fact) => contains(text, fact));
      if (missing.length > 0 || unexpected.length > 0) {
        failures.push({ conversation: conversation.name, turn: index + 1, user: turn.user, reply: text, missing, unexpected });
      }
    });
  }
  const passed = turnCount - failures.length;
  return {
    questions: classificationReport(pairs),
    misclassified: pairs.filter((p) => p.expected !== p.predicted).map(({ text, expected, predicted }) => ({ text, expected, predicted })),
    twoQuestionMessages: { n: twoQuestions.length, bothAnswered },
    turns: { n: turnCount, passed, rate: turnCount === 0 ? 0 : passed / turnCount },
    failures,
  };
}
