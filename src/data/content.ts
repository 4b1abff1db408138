import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { contentDir } from './paths';
import { parseDataFile } from './validate';

/**
 * What a follow-up asks of the last answer: more of it, why, how long it lasts, or the article's own words for it;
 * `nothing_more` is "more" once everything has been told.
 */
export type FollowUpKind = 'more' | 'why' | 'how_long' | 'quote' | 'nothing_more';

export interface AnswerEntry {
  /** The article heading the answer is written from. */
  section: string;
  text: string;
  /** Keys of `suggestions`: what to offer next. */
  suggest: string[];
  /**
   * What the answer says the article does not settle, when saying so is its point ("the only timing the article gives
   * is for scars"): the reply names this subject as not covered, in the question log and the owner's report too.
   */
  silent_on?: string;
  /**
   * What the answer says when asked about a problem it has no entry for, `{subject}` naming the problem ("how soon
   * for pores?"): without it, the reply says the article has nothing specific on the problem and gives the general answer.
   */
  elsewhere?: string;
  more?: AnswerEntry;
  why?: AnswerEntry;
  how_long?: AnswerEntry;
  topics?: Record<string, AnswerEntry>;
}

export interface Suggestion {
  title: string;
  payload: string;
}

export interface Content {
  article: { title: string; file: string };
  answers: Record<string, AnswerEntry>;
  /** How each answerable intent is named in "that's everything the article says about …". */
  subjects: Record<string, string>;
  suggestions: Record<string, Suggestion>;
  messages: Record<string, string>;
  default_suggestions: string[];
}

const AnswerEntrySchema: z.ZodType<AnswerEntry> = z.lazy(() =>
  z.object({
    section: z.string().min(1),
    text: z.string().min(1),
    suggest: z.array(z.string()),
    silent_on: z.string().min(1).optional(),
    elsewhere: z.string().includes('{subject}').optional(),
    more: AnswerEntrySchema.optional(),
    why: AnswerEntrySchema.optional(),
    how_long: AnswerEntrySchema.optional(),
    topics: z.record(z.string(), AnswerEntrySchema).optional(),
  }),
);

/** Messages the composer writes with: a content file without one of them cannot start. */
const REQUIRED_MESSAGES = [
  'welcome',
  'welcome_back',
  'out_of_scope',
  'unclear',
  'other_language',
  'not_covered',
  'not_covered_general',
  'not_covered_question',
  'not_covered_word',
  'not_covered_condition',
  'not_defined',
  'not_among',
  'other_treatment',
  'other_treatment_compared',
  'related',
  'no_more',
  'no_why',
  'no_how_long',
  'quote',
  'empty',
  'too_long',
  'error',
  'rate_limited',
  'disappointed',
  'noted',
] as const;

const ContentSchema = z.object({
  article: z.object({ title: z.string().min(1), file: z.string().min(1) }),
  answers: z.record(z.string(), AnswerEntrySchema),
  subjects: z.record(z.string(), z.string()),
  suggestions: z.record(z.string(), z.object({ title: z.string().min(1), payload: z.string().min(1) })),
  messages: z.object(Object.fromEntries(REQUIRED_MESSAGES.map((key) => [key, z.string().min(1)]))).catchall(z.string().min(1)),
  default_suggestions: z.array(z.string()),
});

/** Reads and validates `content/answers.json`: a broken entry stops start-up with its path and the problem. */
export function loadContent(dir = contentDir): Content {
  const file = join(dir, 'answers.json');
  return parseDataFile(file, readFileSync(file, 'utf8'), ContentSchema);
}

export function loadArticle(content: Content, dir = contentDir): string {
  return readFileSync(join(dir, content.article.file), 'utf8');
}

/** Every entry of the content, with a path naming it, for checks that must cover them all. */
export function allEntries(content: Content): Array<{ path: string; entry: AnswerEntry }> {
  const out: Array<{ path: string; entry: AnswerEntry }> = [];
  const visit = (path: string, entry: AnswerEntry): void => {
    out.push({ path, entry });
    for (const kind of ['more', 'why', 'how_long'] as const) {
      const child = entry[kind];
      if (child) visit(`${path}.${kind}`, child);
    }
    for (const [topic, child] of Object.entries(entry.topics ?? {})) visit(`${path}.topics.${topic}`, child);
  };
  for (const [intent, entry] of Object.entries(content.answers)) visit(intent, entry);
  return out;
}

/** Every article section an answer cites, once each. */
export function citedSections(content: Content): string[] {
  return [...new Set(allEntries(content).map(({ entry }) => entry.section))];
}
