import { loadContent } from '../../src/data/content';
import { loadTrainingData } from '../../src/data/intents';
import { SkinProblems } from '../../src/dialogue/skinProblems';
import { TopicIndex } from '../../src/dialogue/topicIndex';
import { understanding } from '../kit/understanding';

const sessionEntries = new Set(Object.keys(loadContent().answers.sessions?.topics ?? {}));
const problems = new SkinProblems(new TopicIndex(loadTrainingData().topics), (t) => sessionEntries.has(t));
const words = (text: string) => text.split(' ');
const fresh = { updatedAt: 0 };
// A question whose every word the article uses.
const NOTHING_UNSUPPORTED = { unsupported: [], treatments: [] };

describe('SkinProblems', () => {
  it('tells a question about the problem itself from one about what microneedling does for it', () => {
    expect(problems.asksAbout(understanding({ words: words('what are acne scars'), topics: ['scars'] }), ['scars'])).toBe(true);
    expect(problems.asksAbout(understanding({ words: words('how do you prevent stretch marks'), topics: ['stretch_marks'] }), ['stretch_marks'])).toBe(true);
    expect(problems.asksAbout(understanding({ words: words('why does it work so well for scars'), topics: ['scars'] }), ['scars'])).toBe(false);
    expect(problems.asksAbout(understanding({ words: words('what actually makes the scars fade'), topics: ['scars'] }), ['scars'])).toBe(false);
    expect(problems.asksAbout(understanding({ words: words('why does that help scars'), topics: ['scars'] }), ['scars'])).toBe(false);
    // Its kinds, who gets it, how it looks or whether it lasts are the problem's own nature, even asked like a benefit.
    const itself = (text: string, topic: string) => problems.asksAbout(understanding({ words: words(text), topics: [topic], intent: 'benefits' }), [topic]);
    expect(itself('what are the different types of acne scars', 'scars')).toBe(true);
    expect(itself('who gets acne scars', 'scars')).toBe(true);
    expect(itself('will stretch marks go away on their own', 'stretch_marks')).toBe(true);
    expect(itself('what are the benefits for pores', 'pores')).toBe(false);
    expect(problems.asksAbout(understanding({ words: words('what are acne scars'), topics: ['scars'], anchored: true }), ['scars'])).toBe(false);
    // "And saggy skin?" carries the last question over; it does not ask what sagging is.
    const elliptical = understanding({ words: words('and saggy skin'), topics: ['loose_skin'], elliptical: true, intent: 'how_it_works' });
    expect(problems.asksAbout(elliptical, ['loose_skin'])).toBe(false);
  });

  it('finds the problem whose causes the article gives, named or pointed back to', () => {
    expect(problems.explainedCause(understanding({ words: words('what causes wrinkles') }), ['wrinkles'], fresh)).toBe('wrinkles');
    expect(problems.explainedCause(understanding({ words: words('what causes them') }), [], { updatedAt: 1, intent: 'benefits', topic: 'wrinkles' })).toBe(
      'wrinkles',
    );
    expect(problems.explainedCause(understanding({ words: words('what causes scars') }), ['scars'], fresh)).toBeUndefined();
    // After how many sessions saggy skin takes, "why is that?" asks about that answer.
    const afterSessions = { updatedAt: 1, intent: 'sessions', topic: 'loose_skin' };
    expect(problems.explainedCause(understanding({ words: words('why is that') }), [], afterSessions)).toBeUndefined();
  });

  it('names a problem microneedling treats when it is asked about as one microneedling might cause', () => {
    const caused = understanding({ words: words('can microneedling cause wrinkles'), anchored: true });
    expect(problems.causedByTreatment(caused, ['wrinkles'], NOTHING_UNSUPPORTED)).toBe('wrinkles and fine lines');
    expect(
      problems.causedByTreatment(understanding({ words: words('does microneedling help wrinkles'), anchored: true }), ['wrinkles'], NOTHING_UNSUPPORTED),
    ).toBeUndefined();
    // On a microneedling site, "it" is microneedling.
    expect(problems.causedByTreatment(understanding({ words: words('could it leave me with dark patches') }), ['pigmentation'], NOTHING_UNSUPPORTED)).toBe(
      'pigmentation',
    );
    expect(problems.causedByTreatment(understanding({ words: words('and it wont leave a dark patch behind') }), ['pigmentation'], NOTHING_UNSUPPORTED)).toBe(
      'pigmentation',
    );
    expect(problems.causedByTreatment(understanding({ words: words('what causes dark patches') }), ['pigmentation'], NOTHING_UNSUPPORTED)).toBeUndefined();
    // One the article never names, by the question's own words.
    const capillaries = { unsupported: ['broken', 'capillaries'], subject: 'broken capillaries', treatments: [] };
    expect(problems.causedByTreatment(understanding({ words: words('can microneedling cause broken capillaries'), anchored: true }), [], capillaries)).toBe(
      'broken capillaries',
    );
  });

  it('names the silence on which of two problems microneedling helps more, then what it says of each', () => {
    const ranked = (text: string, topics: string[]) => problems.ranked(understanding({ words: words(text), topics }), topics);
    expect(ranked('what does it help more pores or wrinkles', ['pores', 'wrinkles'])).toEqual([
      { kind: 'not_covered', subject: 'whether microneedling does more for pores or wrinkles and fine lines' },
      { kind: 'answer', intent: 'benefits', topic: 'pores' },
      { kind: 'answer', intent: 'benefits', topic: 'wrinkles' },
    ]);
    // The article does compare session counts, and one problem asks nothing of the kind.
    expect(ranked('which takes more sessions scars or saggy skin', ['scars', 'loose_skin'])).toBeUndefined();
    expect(ranked('does it help pores more than creams', ['pores'])).toBeUndefined();
  });

  it('hears why problems differ in sessions as the question the article never answers, but not why one wants more collagen', () => {
    const why = (text: string, topics: string[] = []) => problems.sessionsCompared(understanding({ words: words(text), topics }), fresh);
    expect(why('why would saggy skin need fewer than scars', ['loose_skin', 'scars'])).toEqual([{ kind: 'answer', intent: 'sessions', followUp: 'why' }]);
    expect(why('why fewer tho')).toBeDefined();
    expect(why('and why does my skin need more of it')).toBeUndefined();
    // Nor is it a question about scars themselves, or about what causes sagging.
    const asked = understanding({ words: words('why do scars need more sessions than saggy skin'), topics: ['scars', 'loose_skin'] });
    expect(problems.asksAbout(asked, ['scars', 'loose_skin'])).toBe(false);
    expect(problems.explainedCause(asked, ['scars', 'loose_skin'], fresh)).toBeUndefined();
  });

  it("hears whether one problem takes longer than another as the article's comparison of session counts", () => {
    const compared = (text: string, topics: string[], context = fresh) => problems.sessionsCompared(understanding({ words: words(text), topics }), context);
    expect(compared('does saggy skin take longer to sort out than other problems', ['loose_skin'])).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'loose_skin' },
    ]);
    expect(compared('do stretch marks need more sessions than scars', ['stretch_marks', 'scars'])).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'stretch_marks' },
    ]);
    // After saggy skin, "that" is saggy skin, compared with the problem named.
    const afterSagging = { intent: 'benefits', topic: 'loose_skin', updatedAt: 1 };
    expect(compared('would that take as many sessions as scars do', ['scars'], afterSagging)).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'loose_skin' },
    ]);
    expect(compared('would that take more or fewer sessions than say stretch marks', ['stretch_marks'], afterSagging)).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'loose_skin' },
    ]);
    // Pores get no count in the article, so the comparison is with nothing it says: its silence on pores.
    const afterScars = { intent: 'benefits', topic: 'scars', updatedAt: 1 };
    expect(compared('and will it take longer than for my pores', ['pores'], afterScars)).toEqual([{ kind: 'answer', intent: 'sessions', topic: 'pores' }]);
    const afterStretchMarks = { intent: 'benefits', topic: 'stretch_marks', updatedAt: 1 };
    expect(compared('more or fewer sessions than for loose saggy skin', ['loose_skin'], afterStretchMarks)).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'stretch_marks' },
    ]);
    // A message that names its own problem before "that" compares that one.
    expect(compared('my tummy skin is loose would that take longer than the marks', ['loose_skin'], afterStretchMarks)).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'loose_skin' },
    ]);
    // Right after the number of sessions for saggy skin, "would it be less than…" compares the counts.
    const afterSessions = { intent: 'sessions', topic: 'loose_skin', updatedAt: 1 };
    expect(compared('is that more or fewer than someone treating scars would require', ['scars'], afterSessions)).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'loose_skin' },
    ]);
    expect(compared('ok but would it be less than my daughter needs for her acne scars', ['scars'], afterSessions)).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'loose_skin' },
    ]);
    expect(compared('ok but would it be less than my daughter needs for her acne scars', ['scars'], afterSagging)).toBeUndefined();
    // "Fewer than my acne scars would need?" opens on the count for the problem discussed.
    expect(compared('fewer than my acne scars would need', ['scars'], afterSagging)).toEqual([{ kind: 'answer', intent: 'sessions', topic: 'loose_skin' }]);
    // Redness taking longer than expected is no comparison of problems; nor is a question that names none.
    expect(compared('does the redness take longer than a day', ['redness'])).toBeUndefined();
    expect(compared('does it take longer than an hour', [])).toBeUndefined();
  });

  it('hears "how long till my pores look smaller?" as when results show for pores, and not "how long does a session take?"', () => {
    const asked = (text: string, covered: string[]) => problems.resultsAwaitedFor(understanding({ words: words(text), topics: covered }), covered);
    expect(asked('how long until my pores look smaller', ['pores'])).toEqual([{ kind: 'answer', intent: 'results_timing', topic: 'pores' }]);
    expect(asked('how long does a session take', [])).toBeUndefined();
    expect(asked('how long does the redness last', ['redness'])).toBeUndefined();
    // By a date or at a pace: "by then", "as quickly".
    expect(asked('will my pores look smaller by then', ['pores'])).toEqual([{ kind: 'answer', intent: 'results_timing', topic: 'pores' }]);
    expect(asked('and the wrinkles would they change as quickly', ['wrinkles'])).toEqual([{ kind: 'answer', intent: 'results_timing', topic: 'wrinkles' }]);
    expect(asked('will my pores be smaller', ['pores'])).toBeUndefined();
  });

  it('hears the wait for results after the problem is named, but not how long results last', () => {
    const asked = (text: string, covered: string[]) => problems.resultsAwaitedFor(understanding({ words: words(text), topics: covered }), covered);
    expect(asked('ok going back to the wrinkles how soon would i see it', ['wrinkles'])).toEqual([
      { kind: 'answer', intent: 'results_timing', topic: 'wrinkles' },
    ]);
    expect(asked('once my scars get better how long do the results last', ['scars'])).toBeUndefined();
    // Whether they go completely is a silence of its own, not only a question of when.
    const completely = understanding({ words: words('will the scars be completely gone by the wedding'), topics: ['scars', 'complete_removal'] });
    expect(problems.resultsAwaitedFor(completely, ['scars'])).toBeUndefined();
  });

  it('reads "how soon?" after what microneedling does for a problem as when its results show', () => {
    const afterPores = { updatedAt: 1, intent: 'benefits', topic: 'pores' };
    expect(problems.awaitedResults(understanding({ words: words('how soon') }), [], afterPores)).toEqual([
      { kind: 'answer', intent: 'results_timing', topic: 'pores' },
    ]);
    expect(problems.awaitedResults(understanding({ words: words('how soon can i go again') }), [], afterPores)).toBeUndefined();
    // "Shrink" names only the kind of question; "they" the problem discussed.
    const shrink = understanding({ words: words('how fast will they shrink'), topics: ['visible_results'] });
    expect(problems.awaitedResults(shrink, ['visible_results'], afterPores)).toEqual([{ kind: 'answer', intent: 'results_timing', topic: 'pores' }]);
    const outcomes = understanding({ words: words('how quickly will i see outcomes'), topics: ['visible_results'] });
    expect(problems.awaitedResults(outcomes, ['visible_results'], afterPores)).toBeUndefined();
    expect(problems.awaitedResults(understanding({ words: words('how soon') }), [], { updatedAt: 1, intent: 'frequency' })).toBeUndefined();
  });
});
