import type { MicroneedlingBot } from '../bot';
import type { ConversationContext } from '../dialogue/context';
import { judge, RealQuestion } from './realQuestions';

/** One turn of a visitor's conversation, labelled from the article alone in the light of the turns before it. */
export interface VisitorTurn extends Pick<RealQuestion, 'facts' | 'forbid' | 'subject' | 'note'> {
  user: string;
  /** `chitchat`: thanks, greetings and acknowledgements, answered without any article fact. */
  expect: RealQuestion['expect'] | 'chitchat';
  /** Where a first turn's wording was found. */
  source?: string;
}

export interface VisitorConversation {
  name: string;
  turns: VisitorTurn[];
}

export interface VisitorConversationSet {
  description: string;
  conversations: VisitorConversation[];
}

export interface VisitorConversationReport {
  n: number;
  passed: number;
  rate: number;
  /** Turns after the first: the ones the conversation has to explain. */
  followUps: { n: number; passed: number };
  misses: Array<{ conversation: string; turn: number; user: string; why: string; reply: string }>;
}

/** Plays each conversation through the bot, carrying its context, and judges every turn as a real question is judged. */
export function evaluateVisitorConversations(bot: MicroneedlingBot, set: VisitorConversationSet, smallTalk: Set<string>): VisitorConversationReport {
  const misses: VisitorConversationReport['misses'] = [];
  const followUps = { n: 0, passed: 0 };
  let n = 0;
  for (const conversation of set.conversations) {
    let context: ConversationContext | undefined;
    conversation.turns.forEach((turn, index) => {
      const result = bot.respond(turn.user, context);
      context = result.context;
      const why =
        turn.expect === 'chitchat'
          ? result.replies.every((r) => smallTalk.has(r.intent))
            ? undefined
            : `expected small talk, got ${result.replies.map((r) => r.intent).join(', ')}`
          : judge({ ...turn, expect: turn.expect }, result.replies);
      n += 1;
      if (index > 0) followUps.n += 1;
      if (!why && index > 0) followUps.passed += 1;
      if (why) misses.push({ conversation: conversation.name, turn: index + 1, user: turn.user, why, reply: result.replies.map((r) => r.text).join(' / ') });
    });
  }
  const passed = n - misses.length;
  return { n, passed, rate: n === 0 ? 0 : passed / n, followUps, misses };
}
