import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MicroneedlingBot } from '../bot';
import { intentsWithRole, loadTrainingData } from '../data/intents';
import { projectRoot } from '../data/paths';
import { BotEvaluation, evaluateBot, HeldOutQuestion, ScriptedConversation } from './botEval';
import { ContextSwitchReport, evaluateContextSwitches, evaluateRealQuestions, RealQuestionReport, RealQuestionSet } from './realQuestions';
import { evaluateVisitorConversations, VisitorConversationReport, VisitorConversationSet } from './visitorConversations';

/** What `npm run eval` reports and `npm test` holds the bot to: every set under eval/. */
export interface EvalSetsResult {
  heldOut: BotEvaluation;
  real: RealQuestionReport;
  contextSwitches: ContextSwitchReport;
  visitorConversations: VisitorConversationReport;
}

/** The lowest scores the bot may ship with; the test suite fails below them. */
export const TARGETS = { heldOutAccuracy: 0.92, conversationTurns: 0.97, realQuestions: 0.92, contextSwitches: 1, visitorConversationTurns: 0.82 };

function readEval<T>(file: string): T {
  return JSON.parse(readFileSync(join(projectRoot, 'eval', file), 'utf8')) as T;
}

export function evaluateEvalSets(bot: MicroneedlingBot): EvalSetsResult {
  const questions = readEval<HeldOutQuestion[]>('questions.json');
  const conversations = readEval<ScriptedConversation[]>('conversations.json');
  const real = readEval<RealQuestionSet>('real-questions.json');
  const visitorConversations = readEval<VisitorConversationSet>('visitor-conversations.json');
  const data = loadTrainingData();
  const fixedReplies = new Set(data.intents.filter((i) => i.role !== 'answer' && i.role !== 'follow_up').map((i) => i.intent));
  const smallTalk = intentsWithRole(data, 'conversational');
  const standalone = [...real.questions, ...questions].filter((q) => q.standalone !== false).map((q) => q.text);
  return {
    heldOut: evaluateBot(bot, questions, conversations, fixedReplies),
    real: evaluateRealQuestions(bot, real),
    contextSwitches: evaluateContextSwitches(bot, standalone),
    visitorConversations: evaluateVisitorConversations(bot, visitorConversations, smallTalk),
  };
}
