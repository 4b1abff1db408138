import { loadTrainingData } from '../../src/data/intents';
import { TopicIndex } from '../../src/dialogue/topicIndex';

const topics = new TopicIndex(loadTrainingData().topics);

describe('TopicIndex', () => {
  it('answers a covered topic named alone from its home intent, and an uncovered one with its silence', () => {
    expect(topics.alone('pores')).toEqual({ kind: 'answer', intent: 'benefits', topic: 'pores' });
    expect(topics.alone('cost')).toEqual({ kind: 'not_covered', topic: 'cost' });
    expect(topics.isUncovered('cost')).toBe(true);
    expect(topics.isUncovered('pores')).toBe(false);
  });

  it('knows a topic that is itself a moment, such as preparing before a session', () => {
    expect(topics.isMoment('preparation')).toBe(true);
    expect(topics.isMoment('actives')).toBe(false);
  });

  it('takes the skin problem over the tool as the main topic, and a skin problem as the main silence', () => {
    expect(topics.main(['derma_roller', 'pores'])).toBe('pores');
    expect(topics.main(['derma_roller'])).toBe('derma_roller');
    expect(topics.mainSilence(['cost', 'dark_circles'])).toBe('dark_circles');
  });

  it('tells a skin problem the article treats from one it never names and from other topics', () => {
    expect(topics.isTreatedProblem('scars')).toBe(true);
    expect(topics.isTreatedProblem('dark_circles')).toBe(false);
    expect(topics.isTreatedProblem('derma_roller')).toBe(false);
  });
});
