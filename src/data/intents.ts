import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { intentsDir } from './paths';
import { parseDataFile } from './validate';

const IntentSchema = z.object({
  intent: z.string().regex(/^[a-z_]+$/),
  description: z.string(),
  /** What the intent is for: answering from content, talking about the conversation, or following up the last answer. */
  role: z.enum(['answer', 'conversational', 'follow_up', 'not_covered', 'out_of_scope']),
  /** After "does it help scars?", a question of this intent ("how many sessions?") is about scars. */
  carries_topic: z.boolean().default(false),
  /** Its reply carries no answer of its own and is dropped when another question in the message was answered. */
  filler: z.boolean().default(false),
  /**
   * Whether its general answer still answers a question naming a problem it has no entry for ("how often for
   * pores?" → the one interval). An intent whose answer is specific ("what happens right after") says instead
   * that the article does not connect it to that problem.
   */
  answers_any_topic: z.boolean().default(true),
  /** Its answer is a list (the benefits): a subject missing from it is named as missing, then the list is given. */
  lists: z.boolean().default(false),
  /** Its answer still stands beside a silence the question names ("how often, without damaging my skin?" → the interval first). */
  answers_beside_silence: z.boolean().default(false),
  /** Asked of one topic ("summarise the anti-aging part"), the topic's own answer is what it asks for. */
  defers_to_topic: z.boolean().default(false),
  /** It offers help ("can you help me with…?"): asked about a subject the article never mentions, it is out of scope. */
  offers_help: z.boolean().default(false),
  /** Its reply answers a remark ("bye", "thanks"), never a question: "is it too late for me?" is not goodbye, however it reads. */
  remarks_only: z.boolean().default(false),
  /**
   * It speaks of the bot's last answer, which then follows it again: `pointed` when the message points back at it ("is that
   * from the article?", where "where's your source?" asks only in general), `asked` when it is a question ("are you sure?",
   * where "sounds made up" only remarks on it).
   */
  restates_last: z.enum(['pointed', 'asked']).optional(),
  utterances: z.array(z.string().min(1)).min(1),
});

/** A list of terms in which none is written twice: a repeat is a slip that hides which entry was meant. */
function distinctTerms(min = 0) {
  return z
    .array(z.string().min(1))
    .min(min)
    .refine(
      (terms) => new Set(terms).size === terms.length,
      (terms) => ({ message: `lists "${terms.find((t, i) => terms.indexOf(t) !== i)}" twice` }),
    );
}

const TopicSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  label: z.string().min(1),
  /** The intent a topic is about when a message names the topic and nothing else; `not_covered` for the article's silences. */
  home_intent: z.string(),
  terms: distinctTerms(1),
  /** For a silence: something only a treatment has (its cost, a session's length): naming it keeps a message on microneedling. */
  about_treatment: z.boolean().default(false),
  /** A detail beside the question ("scars on my forehead"): the answer comes first, the silence after. */
  incidental: z.boolean().default(false),
  /** Names how microneedling is done (a derma roller, a clinic), not what a question is about. */
  instrument: z.boolean().default(false),
  /** Names what kind of question it is ("what is a derma roller good for?"), not its subject: its home intent decides. */
  asks: z.boolean().default(false),
  /** A benefit sought rather than a problem ("glowing skin"): "will it give me glass skin?" asks for it, not about a side effect. */
  outcome: z.boolean().default(false),
  /** A skin problem whose causes the article gives ("wrinkles come from stress, growing older…"): "what causes it?" is answered. */
  causes_in_article: z.boolean().default(false),
  /** For a silence: a skin problem the article could have listed among what microneedling helps, and does not. */
  condition: z.boolean().default(false),
  /** A problem the article describes as well as treats (ageing): "what is ageing?" gets what it says, not a silence. */
  described_in_article: z.boolean().default(false),
  /** For a silence: something about the visitor ("I'm pregnant", "I'm on warfarin") that qualifies any question it is told with. */
  circumstance: z.boolean().default(false),
  /** For a silence: a kind of microneedling the article never discusses (RF, PRP): a question about it gets the silence, never microneedling's facts as if they applied. */
  kind_of_microneedling: z.boolean().default(false),
  /** For a silence: a plan a visitor tells of as news ("I'm booked in for Thursday") as often as asks about: told alone, it asks nothing. */
  told_of: z.boolean().default(false),
  /** For a silence: the article's nearest fact, offered as such ("it mentions alcohol only in toners"). */
  related: z.object({ intent: z.string(), topic: z.string().optional() }).optional(),
  /** For a silence: intents whose answers sound alike but answer another question (how soon results show is not how long they last): never given beside it. */
  unlike: z.array(z.string()).default([]),
  /** For a silence: the topic a bare "and how many?" after it asks about (after the needles' depth, how many needles there are). */
  counted_as: z.string().optional(),
  /** For a silence: its nearest fact answers more of the question than the topic named beside it ("…before my wedding, for scars?"). */
  related_first: z.boolean().default(false),
  /** For a silence: a question of its related answer's kind asks that first ("what are the risks?" asks how safe it is): the answer, then the silence. */
  answered_first: z.boolean().default(false),
});

function isRegularExpression(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

const DomainSchema = z.object({
  /** Phrases that make a message about microneedling whatever else it says. */
  anchors: distinctTerms(),
  /** Words that suggest microneedling only when nothing else in the message points elsewhere ("sessions"). */
  weak_anchors: distinctTerms(),
  /**
   * Words of skin and its care ("skin", "complexion", "moles"): on a skincare site a question about them that the article
   * never answers gets its silence, not "only about microneedling".
   */
  skin_words: distinctTerms(),
  /** Extra words the spelling corrector may correct towards. */
  vocabulary_extra: distinctTerms(),
  /** Multi-word, hyphenated and chat spellings folded into one form before anything else reads the text. */
  spelling_variants: z.record(z.string(), z.string()),
  /** Words that frame a question without naming its subject: never an uncovered subject. */
  frame_words: distinctTerms(),
  /** Words a remark that only reacts to an answer is made of, beside stop words ("oh that's interesting", "what a relief"). */
  reaction_words: distinctTerms(),
  /**
   * Remarks that only acknowledge, part or apologise, beside the words a question may open with ("ok", "thanks"): regular
   * expressions, matched whole and case-insensitively ("sweet( as)?", "(no|nae) (bother|worries)").
   */
  acknowledgements: z.array(
    z
      .string()
      .min(1)
      .refine(isRegularExpression, 'not a valid regular expression')
      .refine((pattern) => !/[A-Z]/.test(pattern.replace(/\\./g, '')), 'write it in lower case (messages are lower-cased before they are matched)'),
  ),
  /** What a remark that only acknowledges says when the visitor is let down ("not v helpful", "thanks for nothing"): regular expressions, found anywhere in it. */
  disappointments: z.array(z.string().min(1).refine(isRegularExpression, 'not a valid regular expression')),
  /** Visitors' words for things the article says in other words ("appointment" → "session"). */
  article_synonyms: z.record(z.string(), z.string()),
});

const TreatmentsSchema = z.object({
  description: z.string(),
  /** The last word of a product's name ("cream", "serum"): "do wrinkle creams work?" asks about the product, not microneedling. */
  products: z.array(z.string().min(1)),
  treatments: z.array(z.object({ label: z.string().min(1), terms: distinctTerms(1) })),
});

export type IntentData = z.infer<typeof IntentSchema>;
export type TopicData = z.infer<typeof TopicSchema>;
export type DomainData = z.infer<typeof DomainSchema>;
export type TreatmentData = z.infer<typeof TreatmentsSchema>['treatments'][number];

export interface TrainingData {
  intents: IntentData[];
  topics: TopicData[];
  domain: DomainData;
  treatments: TreatmentData[];
  products: string[];
}

/** Reads and validates `intents/`: a broken file stops start-up with its name, the path in it and the problem. */
export function loadTrainingData(dir = intentsDir): TrainingData {
  const read = <T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T =>
    parseDataFile(join(dir, file), readFileSync(join(dir, file), 'utf8'), schema);
  const intents = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => read(name, IntentSchema));
  const { topics } = read('entities/topics.json', z.object({ topics: z.array(TopicSchema) }));
  const domain = read('entities/domain.json', DomainSchema);
  const { treatments, products } = read('entities/treatments.json', TreatmentsSchema);
  return { intents, topics, domain, treatments, products };
}

/** Intent names by role, so no stage keeps its own list of which intent is which. */
export function intentsWithRole(data: TrainingData, role: IntentData['role']): Set<string> {
  return new Set(data.intents.filter((i) => i.role === role).map((i) => i.intent));
}

type IntentFlag = 'carries_topic' | 'filler' | 'answers_any_topic' | 'lists' | 'answers_beside_silence' | 'defers_to_topic' | 'offers_help' | 'remarks_only';

/** Intent names that carry a flag (`lists`, `carries_topic`…), read from `intents/` like their roles. */
export function intentsWithFlag(data: TrainingData, flag: IntentFlag): Set<string> {
  return new Set(data.intents.filter((i) => i[flag]).map((i) => i.intent));
}
