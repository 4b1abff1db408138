import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { intentsDir } from './paths';
import { parseDataFile } from './validate';

const probability = z.number().min(0).max(1);

const PolicySchema = z.object({
  description: z.string(),
  /** Below this, the top intent is a guess: the bot asks to rephrase rather than answer the wrong question. */
  min_confidence: probability,
  /** A message naming microneedling outright needs only this much. */
  min_confidence_anchored: probability,
  /** A message with words from outside the domain needs this much confidence to be answered at all. */
  min_confidence_with_foreign_words: probability,
  /** When this share of the content words is foreign and nothing names microneedling, the message is about something else. */
  foreign_share_out_of_scope: probability,
  /** The classifier this sure of one of the bot's intents overrules that share ("is there a section on aftercare?"). */
  foreign_share_overruled_from: probability,
  /** An anchored message the classifier puts out of scope with less confidence than this goes to the runner-up. */
  out_of_scope_overruled_by_anchor_below: probability,
  /** The runner-up intent taken in that case needs this much. */
  runner_up_min_confidence: probability,
  /** Mid-conversation, an on-topic message the classifier put out of scope is answered by a runner-up this confident. */
  rescue_min_confidence: probability,
  /** Mid-conversation, a short message the classifier puts out of scope with less confidence than this is a follow-up. */
  out_of_scope_in_conversation_below: probability,
  /** Mid-conversation, a message that leans on it ("is that a problem?") is out of scope only from this confidence up. */
  out_of_scope_despite_conversation_from: probability,
  /** A question about skin the article never speaks of gets its silence, not "only about microneedling", below this confidence. */
  out_of_scope_for_skin_from: probability,
  /** A question after a remark the article is silent on gets its own answer beside that silence from this confidence up. */
  own_answer_beside_remark_from: probability,
  /** Mid-conversation, a reaction ("oh, that's good to know") the classifier gives a small-talk intent with less than this only acknowledges. */
  small_talk_sure_from: probability,
  /** The intent of a message that only acknowledges: emoji alone ("👍"), or "ok, I'll ask my clinic". */
  acknowledgement_intent: z.string().min(1),
  /** The intent of a greeting, which a remark after it that asks nothing leaves a greeting ("Hello! My friend sent me"). */
  greeting_intent: z.string().min(1),
  /** The intent of a goodbye, which a reason for leaving beside it leaves a goodbye ("kids just got in, gotta go bye"). */
  goodbye_intent: z.string().min(1),
  /** A message with at least this many words that are not English (nor the domain's, nor misspellings)… */
  other_language_min_words: z.number().int().min(1),
  /** …making up at least this share of its words is in another language: the bot asks for English. */
  other_language_share: probability,
  /** A question naming more topics than this gets the general answer rather than one answer per topic. */
  max_topic_answers: z.number().int().min(1).max(5),
});

export type DecisionPolicy = z.infer<typeof PolicySchema>;

export function loadPolicy(dir = intentsDir): DecisionPolicy {
  const file = join(dir, 'policy', 'decisions.json');
  return parseDataFile(file, readFileSync(file, 'utf8'), PolicySchema);
}
