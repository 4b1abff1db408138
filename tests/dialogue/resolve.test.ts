import { loadContent } from '../../src/data/content';
import { loadTrainingData } from '../../src/data/intents';
import { loadPolicy } from '../../src/data/policy';
import { Resolver } from '../../src/dialogue/resolve';
import type { Grounding } from '../../src/grounding/ground';
import { understanding } from '../kit/understanding';

const data = loadTrainingData();
const resolver = new Resolver(data, loadContent(), loadPolicy());
const grounded: Grounding = { unsupported: [], treatments: [] };

const context = (intent: string, topic?: string) => ({ intent, topic, updatedAt: 1 });

describe('Resolver', () => {
  it('answers a topic-only follow-up within the current question', () => {
    expect(resolver.resolve(understanding({ elliptical: true, topics: ['stretch_marks'] }), grounded, context('sessions'))).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'stretch_marks' },
    ]);
  });

  it('gives a silence the classifier barely leans to, with nothing silent named, to its next guess', () => {
    const text = 'does needling actually shrink them or is that marketing';
    const ranking = [
      { label: 'not_covered', confidence: 0.16 },
      { label: 'benefits', confidence: 0.15 },
    ];
    const doubted = understanding({ intent: 'not_covered', confidence: 0.16, ranking, text, words: text.split(' '), anchored: true });
    expect(resolver.resolve(doubted, grounded, { updatedAt: 0 })).toEqual([{ kind: 'answer', intent: 'benefits' }]);
    // A confident silence stays one.
    const sure = { ...doubted, confidence: 0.8, ranking: [{ label: 'not_covered', confidence: 0.8 }, ranking[1]] };
    expect(resolver.resolve(sure, grounded, { updatedAt: 0 })).toEqual([{ kind: 'not_covered' }]);
  });

  it('hears a reason asked for the last answer in a question the classifier doubts', () => {
    const ask = (text: string) => {
      const ranking = [
        { label: 'why', confidence: 0.2 },
        { label: 'benefits', confidence: 0.16 },
      ];
      return understanding({ intent: 'unclear', confidence: 0.2, ranking, text, words: text.toLowerCase().replace(/'/g, ' ').split(' ') });
    };
    expect(resolver.resolve(ask("why can't i just use it straight away"), grounded, context('aftercare', 'routine'))).toEqual([
      { kind: 'answer', intent: 'aftercare', topic: 'routine', followUp: 'why' },
    ]);
    // Spanish "y" is no "why", whatever the spelling corrector makes of it.
    expect(resolver.resolve({ ...ask('y it'), words: ['why', 'it'] }, grounded, context('aftercare', 'routine'))).not.toEqual([
      { kind: 'answer', intent: 'aftercare', topic: 'routine', followUp: 'why' },
    ]);
  });

  it('reads "why does it work?" after a silence as how microneedling works', () => {
    const text = 'why does it work though';
    const u = understanding({ intent: 'why', confidence: 0.6, text, words: text.split(' ') });
    expect(resolver.resolve(u, grounded, { updatedAt: 1, silence: 'skin_tone' })).toEqual([{ kind: 'answer', intent: 'how_it_works' }]);
  });

  it("weighs a silence of microneedling's against another treatment as two silences", () => {
    const text = 'would the results last longer than a facelift';
    const u = understanding({ intent: 'out_of_scope', text, words: text.split(' '), topics: ['results_duration'] });
    const facelift: Grounding = { unsupported: [], treatments: ['facelifts and surgery'] };
    expect(resolver.resolve(u, facelift, { updatedAt: 0 })).toEqual([
      { kind: 'not_covered', treatment: 'facelifts and surgery' },
      { kind: 'not_covered', topic: 'results_duration' },
    ]);
  });

  it('answers a summary asked of one topic with that topic', () => {
    const text = 'and the anti aging part summarise pls';
    const u = understanding({ intent: 'summary', text, words: text.split(' '), topics: ['anti_aging'] });
    expect(resolver.resolve(u, grounded, { updatedAt: 0 })).toEqual([{ kind: 'answer', intent: 'benefits', topic: 'anti_aging' }]);
  });

  it('takes "and for fine lines" as a follow-up, though "fine" sounds like thanks', () => {
    const u = understanding({ intent: 'thanks', text: 'and for fine lines', words: ['and', 'for', 'fine', 'lines'], elliptical: true, topics: ['wrinkles'] });
    expect(resolver.resolve(u, grounded, context('sessions'))).toEqual([{ kind: 'answer', intent: 'sessions', topic: 'wrinkles' }]);
  });

  it('offers the facts that decide planning around a date in place of the general interval', () => {
    const u = understanding({ intent: 'frequency', topics: ['season'] });
    expect(resolver.resolve(u, grounded, context(''))).toEqual([
      { kind: 'not_covered', topic: 'season' },
      { kind: 'answer', intent: 'frequency', topic: 'season', related: true },
    ]);
  });

  it('puts the facts that decide planning around a date ahead of a problem named beside it', () => {
    const u = understanding({ intent: 'benefits', topics: ['season', 'scars'] });
    expect(resolver.resolve(u, grounded, context(''))).toEqual([
      { kind: 'not_covered', topic: 'season' },
      { kind: 'answer', intent: 'frequency', topic: 'season', related: true },
      { kind: 'answer', intent: 'benefits', topic: 'scars' },
    ]);
  });

  it('says the article does not tell kinds of scars apart, then what it says of scars; what they are gets that silence alone', () => {
    expect(resolver.resolve(understanding({ intent: 'benefits', topics: ['scar_kinds'] }), grounded, context(''))).toEqual([
      { kind: 'not_covered', topic: 'scar_kinds' },
      { kind: 'answer', intent: 'benefits', topic: 'scars', related: true },
    ]);
    const defining = understanding({ intent: 'what_is', words: ['what', 'are', 'boxcar', 'scars'], topics: ['scar_kinds'] });
    expect(resolver.resolve(defining, grounded, context(''))).toEqual([{ kind: 'not_covered', topic: 'scar_kinds' }]);
  });

  it('names a silence the classifier only doubts is off topic, but not when it is sure', () => {
    const doubted = understanding({ intent: 'out_of_scope', topics: ['pregnancy'], ranking: [{ label: 'out_of_scope', confidence: 0.39 }] });
    expect(resolver.resolve(doubted, grounded, context(''))).toEqual([{ kind: 'not_covered', topic: 'pregnancy' }]);
    const sure = understanding({ intent: 'out_of_scope', topics: ['pregnancy'], ranking: [{ label: 'out_of_scope', confidence: 0.9 }] });
    expect(resolver.resolve(sure, grounded, { updatedAt: 0 })).toEqual([{ kind: 'out_of_scope' }]);
  });

  it('answers "anything else besides the redness?" with the whole answer, not more of it, and the silence on any others', () => {
    const u = understanding({ intent: 'more', words: ['anything', 'else', 'besides', 'red'] });
    expect(resolver.resolve(u, grounded, context('side_effects', 'redness'))).toEqual([
      { kind: 'answer', intent: 'side_effects' },
      { kind: 'not_covered', subject: 'other side effects or risks' },
    ]);
  });

  it('answers a topic-only message without context from the topic itself', () => {
    expect(resolver.resolve(understanding({ elliptical: true, topics: ['pores'] }), grounded, context(''))).toEqual([
      { kind: 'answer', intent: 'benefits', topic: 'pores' },
    ]);
  });

  it('applies "why?" and "how long?" to the current answer', () => {
    expect(resolver.resolve(understanding({ intent: 'why' }), grounded, context('benefits', 'pores'))).toEqual([
      { kind: 'answer', intent: 'benefits', topic: 'pores', followUp: 'why' },
    ]);
    expect(resolver.resolve(understanding({ intent: 'how_long' }), grounded, context('side_effects'))).toEqual([
      { kind: 'answer', intent: 'side_effects', topic: undefined, followUp: 'how_long' },
    ]);
  });

  it('names the skin problem, not whether it is worth it, when both are silences', () => {
    const u = understanding({ intent: 'benefits', topics: ['worth', 'under_eyes'] });
    expect(resolver.resolve(u, grounded, context(''))[0]).toEqual({ kind: 'not_covered', topic: 'under_eyes', among: 'benefits' });
  });

  it('gives the covered half instead of a related fact beside a silence', () => {
    const u = understanding({ intent: 'benefits', topics: ['worth', 'scars'] });
    expect(resolver.resolve(u, grounded, context(''))).toEqual([
      { kind: 'not_covered', topic: 'worth' },
      { kind: 'answer', intent: 'benefits', topic: 'scars' },
    ]);
  });

  it('asks to rephrase a follow-up with nothing to follow', () => {
    expect(resolver.resolve(understanding({ intent: 'why' }), grounded, { updatedAt: 0 })).toEqual([{ kind: 'unclear' }]);
  });

  it('carries the topic into a question about the course of treatment', () => {
    expect(resolver.resolve(understanding({ intent: 'sessions' }), grounded, context('benefits', 'scars'))).toEqual([
      { kind: 'answer', intent: 'sessions', topic: 'scars' },
    ]);
  });

  it('switches topic on a clear new question', () => {
    expect(resolver.resolve(understanding({ intent: 'aftercare', topics: ['sun'] }), grounded, context('benefits', 'scars'))).toEqual([
      { kind: 'answer', intent: 'aftercare', topic: 'sun' },
    ]);
  });

  it('answers the covered half of a question and says the article is silent on the rest', () => {
    expect(resolver.resolve(understanding({ intent: 'benefits', topics: ['stretch_marks', 'pregnancy'], anchored: true }), grounded, { updatedAt: 0 })).toEqual(
      [
        { kind: 'not_covered', topic: 'pregnancy' },
        { kind: 'answer', intent: 'benefits', topic: 'stretch_marks' },
      ],
    );
  });

  it('keeps an out-of-scope question out of scope even mid-conversation', () => {
    const unsupported: Grounding = { unsupported: ['wash', 'hair'], subject: 'washing your hair', treatments: [] };
    expect(resolver.resolve(understanding({ intent: 'out_of_scope' }), unsupported, context('frequency'))).toEqual([{ kind: 'out_of_scope' }]);
  });

  it('guesses no microneedling answer for a first question about something else that says "it"', () => {
    const text = 'is it gonna rain in london tomoz';
    const ranking = [
      { label: 'benefits', confidence: 0.19 },
      { label: 'not_covered', confidence: 0.17 },
    ];
    const weather = understanding({ intent: 'out_of_scope', confidence: 0.19, ranking, text, words: text.split(' ') });
    const elsewhere: Grounding = { unsupported: ['rain', 'london', 'tomoz'], treatments: [] };
    expect(resolver.resolve(weather, elsewhere, { updatedAt: 0 })).toEqual([{ kind: 'out_of_scope' }]);
  });

  it('hears a reaction in words the article never uses, or one the classifier half places, as acknowledging', () => {
    const ranking = [{ label: 'out_of_scope', confidence: 0.22 }];
    const grand = understanding({ intent: 'out_of_scope', confidence: 0.22, ranking, text: 'grand job', words: ['grand', 'job'] });
    const unknown: Grounding = { unsupported: ['grand', 'job'], subject: 'grand job', treatments: [] };
    expect(resolver.resolve(grand, unknown, context('sessions'))).toEqual([{ kind: 'conversational', intent: loadPolicy().acknowledgement_intent }]);
    const text = 'lol wrong chat my bad';
    const halfPlaced = understanding({ intent: 'safety', confidence: 0.42, ranking: [{ label: 'safety', confidence: 0.42 }], text, words: text.split(' ') });
    expect(resolver.resolve(halfPlaced, grounded, { updatedAt: 0 })).toEqual([{ kind: 'conversational', intent: loadPolicy().acknowledgement_intent }]);
  });

  it('answers a short follow-up naming only a tool with what its answer says of the problem under discussion', () => {
    const text = 'so not at home then';
    const u = understanding({ intent: 'unclear', confidence: 0.2, text, words: text.split(' '), elliptical: true, topics: ['home'] });
    expect(resolver.resolve(u, grounded, context('benefits', 'acne'))).toEqual([{ kind: 'answer', intent: 'home_or_clinic', topic: 'acne' }]);
    expect(resolver.resolve(u, grounded, context('frequency'))).toEqual([{ kind: 'answer', intent: 'home_or_clinic', topic: 'home' }]);
  });
});
