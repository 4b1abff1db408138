import { loadContent } from '../../src/data/content';
import { intentsWithFlag, loadTrainingData } from '../../src/data/intents';
import { carriedTopic, explainsLastAnswer, TopicCarrier } from '../../src/dialogue/carriedTopic';
import { TopicIndex } from '../../src/dialogue/topicIndex';
import { understanding } from '../kit/understanding';

const asked = (text: string, anchored = false) => understanding({ words: text.split(' '), anchored });
const afterPores = { intent: 'benefits', topic: 'pores', updatedAt: 1 };
const carries = { carries: true, answersIt: false, namesKind: false, asksAgain: false, silentOnIt: false };

describe('carriedTopic', () => {
  it('keeps the problem for a short or pointing follow-up of an intent that depends on it', () => {
    expect(carriedTopic(asked('how many sessions'), 'sessions', [], afterPores, carries)).toBe('pores');
    expect(carriedTopic(asked('and how many sessions would i need for those then'), 'sessions', [], afterPores, carries)).toBe('pores');
    expect(carriedTopic(asked('how many sessions would i need then'), 'sessions', [], afterPores, carries)).toBe('pores');
    expect(carriedTopic(asked('how many sessions would i need in total'), 'sessions', [], afterPores, carries)).toBeUndefined();
  });

  it('leaves a message that names its own subject, or microneedling, to itself', () => {
    expect(carriedTopic(asked('how many sessions for scars'), 'sessions', ['scars'], afterPores, carries)).toBeUndefined();
    expect(carriedTopic(asked('how many microneedling sessions', true), 'sessions', [], afterPores, carries)).toBeUndefined();
    expect(carriedTopic(asked('how many sessions'), 'sessions', [], { updatedAt: 0 }, carries)).toBeUndefined();
  });

  it('keeps the problem when the same question goes on about it ("how many exactly?"), and only then', () => {
    const afterSessions = { intent: 'sessions', topic: 'stretch_marks', updatedAt: 1 };
    expect(carriedTopic(asked('how many exactly'), 'sessions', [], afterSessions, { ...carries, asksAgain: true })).toBe('stretch_marks');
    expect(carriedTopic(asked('how many exactly'), 'sessions', [], afterSessions, carries)).toBeUndefined();
  });

  it('carries past a topic that only names the kind of question when another word points back, not "it"', () => {
    const kind = { ...carries, namesKind: true };
    expect(carriedTopic(asked('how long until they look smaller'), 'results_timing', [], afterPores, kind)).toBe('pores');
    expect(carriedTopic(asked('how long does it take to see results'), 'results_timing', [], afterPores, kind)).toBeUndefined();
  });

  it('carries a problem the intent is silent on into any question of its, so the figure for another problem is not given', () => {
    const silent = { ...carries, namesKind: true, silentOnIt: true };
    expect(carriedTopic(asked('how long does it take to see a difference'), 'results_timing', [], afterPores, silent)).toBe('pores');
    expect(carriedTopic(asked('how long until microneedling shows results', true), 'results_timing', [], afterPores, silent)).toBeUndefined();
  });

  it('for an intent that does not depend on the problem, carries it only to an answer of its own that "them" points at', () => {
    const own = { carries: false, answersIt: true, namesKind: false, asksAgain: false, silentOnIt: false };
    expect(carriedTopic(asked('how does it shrink them'), 'how_it_works', [], afterPores, own)).toBe('pores');
    expect(carriedTopic(asked('how does it work'), 'how_it_works', [], afterPores, own)).toBeUndefined();
    expect(carriedTopic(asked('how does it shrink them'), 'how_it_works', [], afterPores, { ...own, answersIt: false })).toBeUndefined();
  });

  it('hears "how tho if ur literally poking holes?" as the reason behind the last answer, whatever the classifier makes of it', () => {
    const why = [{ kind: 'answer', intent: 'benefits', topic: 'pores', followUp: 'why' }];
    expect(explainsLastAnswer(asked('wait how tho if ur literally poking holes'), [], afterPores)).toEqual(why);
    expect(explainsLastAnswer(asked('how come isnt it literally poking more holes in your face'), [], afterPores)).toEqual(why);
    // A question of its own, or one with nothing before it, is not about the last answer.
    expect(explainsLastAnswer(asked('how often should i do it'), [], afterPores)).toBeUndefined();
    expect(explainsLastAnswer(asked('how come'), [], { updatedAt: 0 })).toBeUndefined();
  });
});

describe('TopicCarrier.askedAgainFor', () => {
  const data = loadTrainingData();
  const content = loadContent();
  const carrier = new TopicCarrier(content, new TopicIndex(data.topics), intentsWithFlag(data, 'carries_topic'));
  const afterHowOften = { intent: 'frequency', updatedAt: 1 };

  it('asks the last question again for the tool the visitor meant', () => {
    expect(carrier.askedAgainFor(asked('no i meant the roller at home'), ['derma_roller', 'home'], afterHowOften)).toEqual([
      { kind: 'answer', intent: 'frequency' },
    ]);
    expect(carrier.askedAgainFor(asked('really even doing it at home with a roller'), ['home', 'derma_roller'], afterHowOften)).toBeDefined();
  });

  it('leaves a correction that asks something new, names a detail, or follows a definition', () => {
    expect(carrier.askedAgainFor(asked('no i meant at home what would i use'), ['home'], afterHowOften)).toBeUndefined();
    expect(carrier.askedAgainFor(asked('even with a 0.25mm roller'), ['derma_roller'], afterHowOften)).toBeUndefined();
    expect(carrier.askedAgainFor(asked('no i meant the at home one'), ['home'], { intent: 'what_is', updatedAt: 1 })).toBeUndefined();
    expect(carrier.askedAgainFor(asked('no i meant for scars'), ['scars'], afterHowOften)).toBeUndefined();
  });
});

describe('TopicCarrier.piercingDoubted', () => {
  const data = loadTrainingData();
  const carrier = new TopicCarrier(loadContent(), new TopicIndex(data.topics), intentsWithFlag(data, 'carries_topic'));
  const fresh = { updatedAt: 0 };

  it('answers a doubt about piercing the skin with how it works, and one that asks if it is safe with safety too', () => {
    expect(carrier.piercingDoubted(asked('sounds mental poking holes in ur face to look better'), [], fresh)).toEqual([
      { kind: 'answer', intent: 'how_it_works' },
    ]);
    expect(carrier.piercingDoubted(asked('poking holes in ur face how is that meant to be safe'), [], fresh)).toEqual([
      { kind: 'answer', intent: 'safety' },
      { kind: 'answer', intent: 'how_it_works' },
    ]);
  });
});
