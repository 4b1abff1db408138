import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './paths';

export type FollowUpKind = 'more' | 'why' | 'how_long';

export interface AnswerEntry {
  /** The article heading the answer is written from. */
  section: string;
  text: string;
  /** Keys of `suggestions`: what to offer next. */
  suggest: string[];
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

export function loadContent(dir = contentDir): Content {
  return JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8')) as Content;
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
