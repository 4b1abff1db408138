import type { Understanding } from '../nlu/understand';
import type { Action } from './action';
import type { ConversationContext } from './context';
import { weighsTwo } from './phrasing';

// The article names two ways to have microneedling (a clinic, or a roller at home) and two tools (a roller, a pen), but
// never weighs one against the other.

const PEN = /\b(pen|pens|dermapen|dermapens)\b/;
const ROLLER = /\b(roller|rollers|dermaroller|dermarollers|rolling)\b/;
const HOME_OR_CLINIC = 'home_or_clinic';
// The silences, in intents/entities/topics.json, of the two comparisons the article never makes.
const DEVICES = 'device_comparison';
const PLACES = 'home_vs_clinic_results';
// Which roller or pen to buy: a question of its own, not a weighing of the two ways.
const BUYING = 'buying';
const PLACE_TOPICS = new Set(['clinic', 'home', 'derma_roller']);
// "Better", "as good as": a judgement the article never makes; "faster", "the difference" ask what it does say.
const JUDGES = /\b(better|safer|gentler|as good|as effective|as safe|as well)\b/;
const WHICH_ONE = /\b(which (one|is|of them|of the two)|is one|either)\b/;

/**
 * The silence a comparison the topics' own phrases miss asks about ("is the pen better than a roller?", "whats better,
 * clinic or buying a roller"), or undefined.
 */
export function weighedOptions(u: Understanding, context: ConversationContext): string | undefined {
  const text = u.words.join(' ');
  if (!weighsTwo(u.words) && !JUDGES.test(text)) return undefined;
  // "Sorry, I meant a derma pen: is that the same thing?" after an answer about rollers.
  const rollerToo = ROLLER.test(text) || context.intent === HOME_OR_CLINIC;
  if (PEN.test(text) && rollerToo) return DEVICES;
  // "Clinic or just buy a roller?", "would the clinic be better for scars?": a roller is how it is done at home, and
  // either place weighed is weighed against the other.
  const places = u.topics.filter((t) => PLACE_TOPICS.has(t));
  if ((places.includes('clinic') && places.length > 1) || (places.length > 0 && JUDGES.test(text) && !PEN.test(text))) return PLACES;
  // "Which one is better for acne?", "which is safer?" just after the article's two ways to have it; "which one to buy"
  // names its own subject.
  // "Which is better for my pores?" just after the silence on pens and rollers weighs the same two.
  if (context.silence === DEVICES && WHICH_ONE.test(text) && !u.topics.includes(BUYING)) return DEVICES;
  if (context.intent === HOME_OR_CLINIC && WHICH_ONE.test(text) && !u.topics.includes(BUYING)) return context.topic === 'pen' ? DEVICES : PLACES;
  return undefined;
}

/** "Derma roller or pen, which is better?": the article names both and weighs neither, so the silence, then what it says of both. */
export function weighingActions(u: Understanding, context: ConversationContext): Action[] | undefined {
  const weighed = weighedOptions(u, context);
  if (weighed === undefined) return undefined;
  return [
    { kind: 'not_covered', topic: weighed },
    { kind: 'answer', intent: HOME_OR_CLINIC },
  ];
}
