import { loadContent } from '../../src/data/content';
import { loadTrainingData } from '../../src/data/intents';
import { loadPolicy } from '../../src/data/policy';
import { referenceProblems } from '../../src/data/references';

describe('referenceProblems', () => {
  const data = loadTrainingData();
  const content = loadContent();

  it('finds none in the shipped data', () => {
    expect(referenceProblems(data, content, loadPolicy())).toEqual([]);
  });

  it('names a policy intent for emoji-only messages that the bot cannot say', () => {
    expect(referenceProblems(data, content, { ...loadPolicy(), acknowledgement_intent: 'frequency' })).toEqual([
      'intents/policy/decisions.json: acknowledgement_intent "frequency" is not a conversational intent',
    ]);
  });

  it('names a topic that points at an answer that does not exist', () => {
    const topics = data.topics.map((t) => (t.id === 'drinking' ? { ...t, related: { intent: 'aftercare', topic: 'wine' } } : t));
    expect(referenceProblems({ ...data, topics }, content)).toEqual([
      'intents/entities/topics.json: topic drinking relates to aftercare.wine, which has no answer',
    ]);
  });

  it('names a topic counted as a topic that does not exist', () => {
    const topics = data.topics.map((t) => (t.id === 'needle_length' ? { ...t, counted_as: 'needle_total' } : t));
    expect(referenceProblems({ ...data, topics }, content)).toEqual([
      'intents/entities/topics.json: topic needle_length is counted as "needle_total", which is no topic',
    ]);
  });

  it('names a topic unlike an intent that has no answer', () => {
    const topics = data.topics.map((t) => (t.id === 'results_duration' ? { ...t, unlike: ['results_lasting'] } : t));
    expect(referenceProblems({ ...data, topics }, content)).toEqual([
      'intents/entities/topics.json: topic results_duration is unlike "results_lasting", which has no answer',
    ]);
  });

  it('names a topic term with a word the spelling variants delete before topics are matched', () => {
    const topics = data.topics.map((t) => (t.id === 'healing_injury' ? { ...t, terms: [...t.terms, 'actually damages the skin'] } : t));
    expect(referenceProblems({ ...data, topics }, content)).toEqual([
      'intents/entities/topics.json: topic healing_injury term "actually damages the skin" contains "actually", which spelling_variants delete',
    ]);
  });

  it('names an answering intent without an answer', () => {
    const answering = data.intents.find((i) => i.role === 'answer')!;
    const intents = [...data.intents, { ...answering, intent: 'cost', utterances: ['how much is it'] }];
    expect(referenceProblems({ ...data, intents }, content)).toEqual(['intents/cost.json: answering intent with no entry in content/answers.json']);
  });
});
