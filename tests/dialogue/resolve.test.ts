import { loadContent } from '../../src/answers/content';
import { loadTrainingData } from '../../src/data/intents';
import { Resolver } from '../../src/dialogue/resolve';
import type { Understanding } from '../../src/nlu/understand';

const data = loadTrainingData();
const resolver = new Resolver(data.topics, loadContent());

function understanding(partial: Partial<Understanding>): Understanding {
  return { text: '', words: [], intent: 'unclear', confidence: 0.9, ranking: [], topics: [], elliptical: false, anchored: false, hinted: false, foreignWords: [], foreignPhrases: [], ...partial };
}

const context = (intent: string, topic?: string) => ({ intent, topic, updatedAt: 1 });

describe('Resolver', () => {
  it('answers a topic-only follow-up within the current question', () => {
    expect(resolver.resolve(understanding({ elliptical: true, topics: ['stretch_marks'] }), context('sessions'))).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'stretch_marks' },
    ]);
  });

  it('answers a topic-only message without context from the topic itself', () => {
    expect(resolver.resolve(understanding({ elliptical: true, topics: ['pores'] }), context(''))).toEqual([{ kind: 'answer', intent: 'benefits', topic: 'pores' }]);
  });

  it('applies "why?" and "how long?" to the current answer', () => {
    expect(resolver.resolve(understanding({ intent: 'why' }), context('benefits', 'pores'))).toEqual([
      { kind: 'answer', intent: 'benefits', topic: 'pores', followUp: 'why' },
    ]);
    expect(resolver.resolve(understanding({ intent: 'how_long' }), context('side_effects'))).toEqual([
      { kind: 'answer', intent: 'side_effects', topic: undefined, followUp: 'how_long' },
    ]);
  });

  it('asks to rephrase a follow-up with nothing to follow', () => {
    expect(resolver.resolve(understanding({ intent: 'why' }), { updatedAt: 0 })).toEqual([{ kind: 'unclear' }]);
  });

  it('carries the topic into a question about the course of treatment', () => {
    expect(resolver.resolve(understanding({ intent: 'sessions' }), context('benefits', 'scars'))).toEqual([{ kind: 'answer', intent: 'sessions', topic: 'scars' }]);
  });

  it('switches topic on a clear new question', () => {
    expect(resolver.resolve(understanding({ intent: 'aftercare', topics: ['sun'] }), context('benefits', 'scars'))).toEqual([{ kind: 'answer', intent: 'aftercare', topic: 'sun' }]);
  });

  it('answers the covered half of a question and says the article is silent on the rest', () => {
    expect(resolver.resolve(understanding({ intent: 'benefits', topics: ['stretch_marks', 'pregnancy'], anchored: true }), { updatedAt: 0 })).toEqual([
      { kind: 'answer', intent: 'benefits', topic: 'stretch_marks' },
      { kind: 'not_covered', topic: 'pregnancy' },
    ]);
  });

  it('keeps an out-of-scope question out of scope even mid-conversation', () => {
    expect(resolver.resolve(understanding({ intent: 'out_of_scope', foreignWords: ['wash', 'hair'] }), context('frequency'))).toEqual([{ kind: 'out_of_scope' }]);
  });
});
