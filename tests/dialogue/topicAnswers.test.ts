import { loadContent } from '../../src/data/content';
import { intentsWithFlag, loadTrainingData } from '../../src/data/intents';
import { loadPolicy } from '../../src/data/policy';
import { TopicCarrier } from '../../src/dialogue/carriedTopic';
import { Silences } from '../../src/dialogue/silences';
import { TopicAnswers } from '../../src/dialogue/topicAnswers';
import { TopicIndex } from '../../src/dialogue/topicIndex';
import { understanding } from '../kit/understanding';

const data = loadTrainingData();
const content = loadContent();
const topics = new TopicIndex(data.topics);
const silences = new Silences(data, content, topics);
const answers = new TopicAnswers(content, topics, new TopicCarrier(content, topics, intentsWithFlag(data, 'carries_topic')), silences, loadPolicy());
const fresh = { updatedAt: 0 };
const asked = (intent: string, text: string) => understanding({ intent, text, words: text.split(' ') });

describe('TopicAnswers', () => {
  it('takes a skin problem named beside a tool or a place as the subject', () => {
    const question = asked('home_or_clinic', 'can i do it at home for acne or should it be a clinic');
    expect(answers.answers(question, ['home', 'acne', 'clinic'], fresh)).toEqual([{ kind: 'answer', intent: 'home_or_clinic', topic: 'acne' }]);
    expect(answers.answers(question, ['home', 'clinic'], fresh)).toEqual([
      { kind: 'answer', intent: 'home_or_clinic', topic: 'home' },
      { kind: 'answer', intent: 'home_or_clinic', topic: 'clinic' },
    ]);
  });

  it('carries the problem over when a question names only the tool and points back', () => {
    const afterAcne = { intent: 'benefits', topic: 'acne', updatedAt: 1 };
    const pointing = asked('home_or_clinic', 'could i just use a roller at home for that');
    expect(answers.answers(pointing, ['derma_roller', 'home'], afterAcne)).toEqual([{ kind: 'answer', intent: 'home_or_clinic', topic: 'acne' }]);
    const own = asked('home_or_clinic', 'what is a derma roller');
    expect(answers.answers(own, ['derma_roller'], afterAcne)).toEqual([{ kind: 'answer', intent: 'home_or_clinic', topic: 'derma_roller' }]);
  });

  it('asks a question whose topic names another kind of question as that kind', () => {
    const afterPores = { intent: 'benefits', topic: 'pores', updatedAt: 1 };
    const timing = answers.answers(asked('frequency', 'how soon would i see them get smaller'), ['visible_results'], afterPores);
    expect(timing).toEqual(silences.onProblem('results_timing', 'pores'));
    const glow = answers.answers(asked('frequency', 'how soon would i see the glow'), ['visible_results', 'glow'], fresh);
    expect(glow).toEqual([{ kind: 'answer', intent: 'results_timing', topic: 'glow' }]);
  });
});
