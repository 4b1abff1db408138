import { loadContent } from '../../src/data/content';
import { loadTrainingData } from '../../src/data/intents';
import { Silences } from '../../src/dialogue/silences';
import { TopicIndex } from '../../src/dialogue/topicIndex';
import { tokenize } from '../../src/nlu/tokens';
import { understanding } from '../kit/understanding';

const data = loadTrainingData();
const silences = new Silences(data, loadContent(), new TopicIndex(data.topics));

describe('Silences', () => {
  it('names a listed silence, then the fact that truly relates, offered as such', () => {
    expect(silences.named('drinking')[0]).toEqual({ kind: 'not_covered', topic: 'drinking' });
    expect(silences.named('drinking')[1]).toMatchObject({ kind: 'answer', related: true });
    expect(silences.named('cost')).toEqual([{ kind: 'not_covered', topic: 'cost' }]);
    // Whether it is worth it: the nearest advice is about the problem the question names, when the article has an entry for it.
    expect(silences.named('worth', ['scars'])[1]).toEqual({ kind: 'answer', intent: 'benefits', topic: 'scars', related: true });
    expect(silences.named('worth')[1]).toEqual({ kind: 'answer', intent: 'benefits', topic: undefined, related: true });
  });

  it('names the silence alone when asked whether the business offers something, with no article fact beside it', () => {
    const asked = (text: string) => silences.forTopic(understanding({ text, words: tokenize(text), intent: 'aftercare' }), [], 'self_tan');
    expect(asked('do you do spray tans')).toEqual([{ kind: 'not_covered', topic: 'self_tan' }]);
    expect(asked('can i get a spray tan after')).toContainEqual(expect.objectContaining({ kind: 'answer', related: true }));
  });

  it('answers for a skin problem beside a silence when the question asks whether microneedling would help it', () => {
    const asked = (text: string) => silences.coveredHalf(understanding({ text, words: tokenize(text), intent: 'unclear' }), ['loose_skin']);
    expect(asked('turning 55 and my jowls are heading south would this tighten anything')).toEqual([
      { kind: 'answer', intent: 'benefits', topic: 'loose_skin' },
    ]);
    expect(asked('whats the fastest way to tighten saggy skin')).toEqual([]);
    const classedAftercare = understanding({ text: '', words: tokenize('my tummy skin is loose now would this tighten it up'), intent: 'aftercare' });
    expect(silences.coveredHalf(classedAftercare, ['loose_skin'])).toEqual([{ kind: 'answer', intent: 'benefits', topic: 'loose_skin' }]);
  });

  it('says a problem is not on the list, then gives the list', () => {
    expect(silences.notListed('benefits', { topic: 'dark_circles' })).toEqual([
      { kind: 'not_covered', topic: 'dark_circles', among: 'benefits' },
      { kind: 'answer', intent: 'benefits' },
    ]);
  });

  it('says the article does not tie an answer to a problem, then gives the general answer', () => {
    const [silence, general] = silences.onProblem('side_effects', 'pores');
    expect(silence).toMatchObject({ kind: 'not_covered', subject: expect.stringMatching(/pores in connection with/) });
    expect(general).toEqual({ kind: 'answer', intent: 'side_effects', related: true });
    expect(silences.onProblem('frequency', 'pores')).toEqual([{ kind: 'answer', intent: 'frequency', topic: 'pores' }]);
  });
});
