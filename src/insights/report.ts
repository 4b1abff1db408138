import { Outcome, OUTCOMES, Report } from './reportShape';
import type { InsightsStore } from './store';

export type { Report } from './reportShape';

const DAY_MS = 86_400_000;
const TOP = 10;
const EXAMPLES = 3;

/** "7d", "24h", "30m" → milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)([dhm])$/.exec(text.trim());
  if (!match || Number(match[1]) === 0) throw new Error(`"${text}" is not a duration like 7d, 24h or 90m`);
  return Number(match[1]) * { d: DAY_MS, h: 3_600_000, m: 60_000 }[match[2] as 'd' | 'h' | 'm'];
}

function zeroCounts(): Record<Outcome, number> {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export async function buildReport(store: InsightsStore, since: number, now = Date.now()): Promise<Report> {
  const [byDay, subjects, votes, downVotes, unclear] = await Promise.all([
    store.outcomesByDay(since),
    store.uncoveredSubjects(since, TOP),
    store.mostDownVoted(since, TOP),
    store.downVotes(since, 500),
    store.questionsFor('unclear', since, TOP * 2),
  ]);
  const totals = zeroCounts();
  const days = new Map<number, Record<Outcome, number>>();
  for (const { day, outcome, count } of byDay) {
    const counts = days.get(day) ?? zeroCounts();
    counts[outcome] = count;
    totals[outcome] += count;
    days.set(day, counts);
  }
  const uncovered = await Promise.all(
    subjects.map(async (s) => ({
      ...s,
      examples: await store.questionsFor('not_covered', since, EXAMPLES, s.subject),
    })),
  );
  const downVoted = votes.map((v) => {
    const about = downVotes.filter((d) => d.answer === v.answer);
    return {
      ...v,
      comments: about.map((d) => d.comment).filter((c): c is string => !!c),
      questions: [...new Set(about.map((d) => d.question).filter((q): q is string => q !== null))].slice(0, EXAMPLES),
    };
  });
  return {
    since: new Date(since).toISOString(),
    generatedAt: new Date(now).toISOString(),
    totals,
    outcomesByDay: [...days].map(([day, counts]) => ({ day: isoDay(day), counts })),
    uncovered,
    downVoted,
    unclear,
  };
}
