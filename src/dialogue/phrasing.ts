import { isStopWord } from '../nlu/tokens';
import type { Understanding } from '../nlu/understand';

// How a question is phrased, as distinct from what it is about: the shapes the decide stage reads.

// "is that safe?", "how often should I do it?": words that lean on the conversation for their subject.
const ANAPHORA = new Set(['it', 'that', 'this', 'these', 'those', 'they', 'them']);
// "Something that really makes a difference": "that" opens a clause here; it points back to nothing.
const RELATIVE_AFTER = new Set(['something', 'anything', 'everything', 'nothing', 'someone', 'anyone', 'one']);
const CAUSING = /\b(cause|causes|caused|causing|trigger|triggers|lead to|leads to|give you|give me)\b/;
// "When can I exfoliate again?", "how soon can I go in the sun?": asks for a waiting time.
const WAITING =
  /^(when (can|could|should|do|will|may) (i|you|we)|when (is it|s it|it s) (safe|ok|okay|fine|alright) to|when (and )?(how )?to|how (long|soon|many (hours|days|weeks)) (after|before|until|till|should|do|must|can|until|will))\b/;
const DEFINITION = /^(what (is|are)|what s|whats) /;
const DEFINING_QUESTION = /^(what (is|are|causes|cause|makes)|what s|whats|why do|why does|how do you get) /;
// "But first, what really causes…": words around a question's opening that change nothing it asks.
const OPENING_FILLER = /^((but|and|so|ok|okay|well|also|first|now) )+/;
const INTENSIFIER = /\b(really|actually|exactly|truly) /g;

/** Whether a word points back to the conversation ("is that safe?"), not into its own sentence ("something that works"). */
export function pointsBack(words: string[]): boolean {
  return words.some((w, i) => ANAPHORA.has(w) && !(w === 'that' && RELATIVE_AFTER.has(words[i - 1] ?? '')));
}

/** "Can microneedling cause hyperpigmentation?" */
export function asksCause(words: string[]): boolean {
  return CAUSING.test(words.join(' '));
}

/** "When can I exfoliate after microneedling?" */
export function asksWaitingTime(words: string[]): boolean {
  return WAITING.test(words.join(' '));
}

/** "What is …", "what are …". */
export function isDefinition(words: string[]): boolean {
  return DEFINITION.test(words.join(' '));
}

/** "What are acne scars?", "what causes pigmentation?", "why do I get …"; `plain` looks past "but first" and "really". */
export function isDefiningQuestion(words: string[], { plain = false } = {}): boolean {
  return DEFINING_QUESTION.test(plain ? plainQuestion(words) : words.join(' '));
}

/**
 * "What are derma rollers?", "what are smoker's lines?", not "what are the benefits for pores?": a defining question
 * whose rest is only topic words and words the domain does not know.
 */
export function namesOnlyTopics(u: Understanding): boolean {
  const prefix = DEFINING_QUESTION.exec(u.words.join(' '))?.[0];
  if (!prefix) return false;
  const start = prefix.trim().split(' ').length;
  const mentioned = new Set(u.mentioned);
  const foreign = new Set(u.foreignWords);
  return u.words.slice(start).every((w, k) => mentioned.has(start + k) || isStopWord(w) || foreign.has(w));
}

/** The question's words without a leading "but first" or an intensifier, for matching how it opens. */
function plainQuestion(words: string[]): string {
  return words.join(' ').replace(OPENING_FILLER, '').replace(INTENSIFIER, '');
}
