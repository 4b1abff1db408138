import { loadPolicy } from '../../src/data/policy';
import { loadTrainingData } from '../../src/data/intents';
import {
  remarksOnAdvice,
  asksAboutElse,
  asksAboutEverydaySkincare,
  brushesTopic,
  checksLastAnswer,
  continuesConversation,
  echoesLastFigure,
  isInDomain,
  leansOnConversation,
  onlyAcknowledges,
  reactsOnly,
  recommendsWithin,
  onlyRemarks,
  remarksInWordsUnplaced,
  unplacedKind,
} from '../../src/dialogue/continuation';
import { TopicIndex } from '../../src/dialogue/topicIndex';
import type { Grounding } from '../../src/grounding/ground';
import type { Understanding } from '../../src/nlu/understand';
import { understanding } from '../kit/understanding';

const policy = loadPolicy();
const going = { intent: 'side_effects', topic: 'redness', updatedAt: 1 };
const fresh = { updatedAt: 0 };
const nothing: Grounding = { unsupported: [], treatments: [] };

/** A message the classifier puts out of scope with this confidence. */
function outOfScope(text: string, confidence: number, partial: Partial<Understanding> = {}): Understanding {
  const ranking = [{ label: 'out_of_scope', confidence }];
  return understanding({ text, words: text.toLowerCase().replace(/[?]/g, '').split(' '), intent: 'out_of_scope', confidence, ranking, ...partial });
}

describe('continuesConversation', () => {
  it('keeps a short message the classifier doubts in a conversation that is going', () => {
    expect(continuesConversation(outOfScope('should I see a doctor?', 0.35), nothing, going, policy)).toBe(true);
    expect(continuesConversation(outOfScope('should I see a doctor?', 0.35), nothing, fresh, policy)).toBe(false);
  });

  it('lets a confident verdict, another treatment or words from elsewhere stand', () => {
    expect(continuesConversation(outOfScope('should I see a doctor?', 0.8), nothing, going, policy)).toBe(false);
    expect(continuesConversation(outOfScope('is botox better?', 0.3), { unsupported: [], treatments: ['Botox'] }, going, policy)).toBe(false);
    expect(continuesConversation(outOfScope('a visa for spain?', 0.3), { unsupported: ['visa', 'spain'], treatments: [] }, going, policy)).toBe(false);
  });

  it('reads words the article uses as no sign of elsewhere when the classifier leans to another intent', () => {
    const leaning = { ranking: [{ label: 'why', confidence: 0.37 }] };
    expect(continuesConversation(outOfScope("it's been like 5 hours though", 0.37, leaning), nothing, going, policy)).toBe(true);
    const foreign = { unsupported: ['hours'], treatments: [] };
    expect(continuesConversation(outOfScope("it's been like 5 hours though", 0.37, leaning), foreign, going, policy)).toBe(false);
  });

  it('goes on with a question that points back, whatever its words, unless its "it" points forward', () => {
    const leaning = { ranking: [{ label: 'benefits', confidence: 0.33 }] };
    const foreign = { unsupported: ['pop'], treatments: [] };
    expect(continuesConversation(outOfScope('can i pop them', 0.33, leaning), foreign, going, policy)).toBe(true);
    const registered = { unsupported: ['registered'], treatments: [] };
    expect(continuesConversation(outOfScope('what does it mean that you are registered', 0.33, leaning), registered, going, policy)).toBe(false);
  });

  it('leaves a question of its own alone: a definition, or a topic named without leaning on the last answer', () => {
    expect(continuesConversation(outOfScope('what makes skin sensitive?', 0.3), nothing, going, policy)).toBe(false);
    expect(continuesConversation(outOfScope('will all my hair be gone?', 0.3, { topics: ['hair'] }), nothing, going, policy)).toBe(false);
    expect(continuesConversation(outOfScope('and a face scrub?', 0.3, { topics: ['exfoliation'] }), nothing, going, policy)).toBe(true);
  });
});

describe('isInDomain', () => {
  const topics = new TopicIndex(loadTrainingData().topics);

  it('lets a covered topic outweigh a doubtful off-topic verdict only when the runner-up answers it', () => {
    const hat = outOfScope('would a wide brimmed hat do or do i need sunscreen', 0.28, {
      ranking: [
        { label: 'out_of_scope', confidence: 0.28 },
        { label: 'aftercare', confidence: 0.23 },
      ],
    });
    expect(isInDomain(hat, ['sun'], topics, policy)).toBe(true);
    const dog = outOfScope('how hot is too hot to walk a dog', 0.17, {
      ranking: [
        { label: 'out_of_scope', confidence: 0.17 },
        { label: 'side_effects', confidence: 0.09 },
      ],
    });
    expect(isInDomain(dog, ['redness'], topics, policy)).toBe(false);
    const sure = outOfScope('whats the uv index today', 0.8, {
      ranking: [
        { label: 'out_of_scope', confidence: 0.8 },
        { label: 'aftercare', confidence: 0.2 },
      ],
    });
    expect(isInDomain(sure, ['sun'], topics, policy)).toBe(false);
  });
});

describe('recommendsWithin', () => {
  it('hears a request for a recommendation that names nothing from elsewhere', () => {
    expect(recommendsWithin(outOfScope('which brand do you recommend', 0.66))).toBe(true);
    expect(recommendsWithin(outOfScope('any products u recommend', 0.64))).toBe(true);
    expect(recommendsWithin(outOfScope('whats the best brand to get', 0.83))).toBe(true);
    expect(recommendsWithin(outOfScope('can you recommend a good protein powder', 0.9, { foreignWords: ['protein', 'powder'] }))).toBe(false);
    expect(recommendsWithin(outOfScope('how often should i go', 0.2))).toBe(false);
  });
});

describe('onlyAcknowledges', () => {
  const reactions = new Set(loadTrainingData().domain.reaction_words);
  /** As the tokenizer reads it: "that's" is "that" and "s". */
  const remark = (text: string, partial: Partial<Understanding> = {}): Understanding =>
    outOfScope(text, 0.2, { words: text.toLowerCase().match(/[a-z0-9]+/g) ?? [], ...partial });

  it('reads a reaction that asks and names nothing as acknowledging', () => {
    expect(onlyAcknowledges(remark("oh that's not too bad at all"), nothing, reactions)).toBe(true);
    expect(onlyAcknowledges(remark("oh right, that's a relief"), nothing, reactions)).toBe(true);
  });

  it('leaves questions without a question mark, news and words of their own alone', () => {
    expect(onlyAcknowledges(remark('wait doesnt it make more holes in your skin'), nothing, reactions)).toBe(false);
    expect(onlyAcknowledges(remark('anything i can do meanwhile'), nothing, reactions)).toBe(false);
    expect(onlyAcknowledges(remark("so that's good then?"), nothing, reactions)).toBe(false);
    expect(onlyAcknowledges(remark("it's been 3 hours"), nothing, reactions)).toBe(false);
    expect(onlyAcknowledges(remark('oh the redness is good', { topics: ['redness'] }), nothing, reactions)).toBe(false);
  });

  it('reads a reaction in words the article never uses as a reaction, and other words as a subject', () => {
    expect(onlyAcknowledges(remark('grand job'), { unsupported: ['grand', 'job'], treatments: [] }, reactions)).toBe(true);
    expect(onlyAcknowledges(remark('grand, my job'), { unsupported: ['grand', 'job', 'my'], treatments: [] }, reactions)).toBe(false);
    expect(onlyAcknowledges(remark('ok the gym'), { unsupported: ['gym'], treatments: [] }, reactions)).toBe(false);
  });
});

describe('reactsOnly', () => {
  const reactions = new Set(loadTrainingData().domain.reaction_words);
  const said = (text: string, intent: string, confidence: number): Understanding =>
    understanding({ text, words: text.toLowerCase().match(/[a-z0-9]+/g) ?? [], intent, confidence, ranking: [{ label: intent, confidence }] });

  it('acknowledges a reaction the classifier does not surely place as other small talk', () => {
    expect(reactsOnly(said("oh that's good to know", 'goodbye', 0.3), nothing, reactions, policy)).toBe(true);
    expect(reactsOnly(said('grand job', 'out_of_scope', 0.9), { unsupported: ['grand', 'job'], treatments: [] }, reactions, policy)).toBe(true);
  });

  it('leaves small talk the classifier is sure of to its own reply', () => {
    expect(reactsOnly(said('ok bye', 'goodbye', 0.95), nothing, reactions, policy)).toBe(false);
  });
});

describe('unplacedKind', () => {
  it('calls a question mid-conversation a silence and a bare word unclear', () => {
    expect(unplacedKind(outOfScope('should I see a doctor?', 0.3), true)).toBe('not_covered');
    expect(unplacedKind(outOfScope('1', 0.3), true)).toBe('unclear');
    expect(unplacedKind(outOfScope('who won the game?', 0.9), false)).toBe('out_of_scope');
  });
});

describe('onlyRemarks', () => {
  it('hears a remark that asks and names nothing', () => {
    expect(onlyRemarks(outOfScope('man thats stressful', 0.4))).toBe(true);
    expect(onlyRemarks(outOfScope('lol my missus is gonna rip me for this', 0.4))).toBe(true);
  });

  it('leaves a question, a press for an answer, a figure, a report or a check to the silence', () => {
    expect(onlyRemarks(outOfScope('should I see a doctor?', 0.4))).toBe(false);
    expect(onlyRemarks(outOfScope('bro just say yes or no', 0.4))).toBe(false);
    expect(onlyRemarks(outOfScope('its been 5 days', 0.4))).toBe(false);
    expect(onlyRemarks(outOfScope('the lady said it would be gone in an hour', 0.4))).toBe(false);
    expect(onlyRemarks(outOfScope('so not like weekly then', 0.4))).toBe(false);
  });
});

describe('remarksInWordsUnplaced', () => {
  it('hears a remark about whoever the visitor asks for, in words the classifier doubts', () => {
    expect(remarksInWordsUnplaced(outOfScope('maureen s dead nesh she skriked at her flu jab', 0.3), policy)).toBe(true);
    expect(remarksInWordsUnplaced(outOfScope('poor thing she s some nervous about the whole thing', 0.3), policy)).toBe(true);
    expect(remarksInWordsUnplaced(outOfScope('she ll be reyt mardy if she cant do her runner beans', 0.27), policy)).toBe(true);
    expect(remarksInWordsUnplaced(outOfScope('and there i was blaming the sea air', 0.29), policy)).toBe(true);
  });

  it('leaves what the classifier is sure is off topic, a circumstance added and a question without its mark', () => {
    expect(remarksInWordsUnplaced(outOfScope('recommend a good book', 0.9), policy)).toBe(false);
    expect(remarksInWordsUnplaced(outOfScope('its witch hazel', 0.16), policy)).toBe(false);
    expect(remarksInWordsUnplaced(outOfScope('i m on methotrexate as well', 0.3), policy)).toBe(false);
    expect(remarksInWordsUnplaced(outOfScope('she is feeding baby now can she do', 0.3), policy)).toBe(false);
    expect(remarksInWordsUnplaced(outOfScope('wheres the nearest pharmacy', 0.3), policy)).toBe(false);
    expect(remarksInWordsUnplaced(outOfScope('and there s a rash can she do it', 0.3), policy)).toBe(false);
  });
});

describe('asksAboutElse', () => {
  it('hears a question about something else in words the domain does not know', () => {
    expect(asksAboutElse(outOfScope('do you know a good recipe for lasagne?', 0.3), { unsupported: ['recipe', 'lasagne'], treatments: [] })).toBe(true);
    expect(asksAboutElse(outOfScope('what can you do?', 0.3), nothing)).toBe(false);
  });
});

describe('brushesTopic', () => {
  const elsewhere: Grounding = { unsupported: ['powder', 'building', 'muscle'], treatments: [] };

  it('lets a confident out-of-scope verdict stand over a topic one word brushes', () => {
    expect(brushesTopic(outOfScope('best protein powder for building muscle?', 0.8, { topics: ['collagen'] }), elsewhere, policy)).toBe(true);
  });

  it("keeps the topic when the verdict is doubtful, microneedling is named or the other words are the domain's", () => {
    expect(brushesTopic(outOfScope('best protein powder for building muscle?', 0.3, { topics: ['collagen'] }), elsewhere, policy)).toBe(false);
    expect(brushesTopic(outOfScope('does microneedling build protein?', 0.8, { topics: ['collagen'], anchored: true }), elsewhere, policy)).toBe(false);
    expect(brushesTopic(outOfScope('what protein does it boost?', 0.8, { topics: ['collagen'] }), nothing, policy)).toBe(false);
  });
});

describe('leansOnConversation', () => {
  it('hears "first", "so…" or a pointer back as leaning on a conversation that is going', () => {
    expect(leansOnConversation(outOfScope('should i stop my accutane first', 0.54), going, policy)).toBe(true);
    expect(leansOnConversation(outOfScope('so the foundation part, yes or no?', 0.5), going, policy)).toBe(true);
    expect(leansOnConversation(outOfScope('should i stop my accutane first', 0.54), fresh, policy)).toBe(false);
  });

  it('lets an aside, a definition or a confident verdict stand', () => {
    expect(leansOnConversation(outOfScope('unrelated but is that spray tan bad', 0.5), going, policy)).toBe(false);
    expect(leansOnConversation(outOfScope('what is that serum', 0.5), going, policy)).toBe(false);
    expect(leansOnConversation(outOfScope('is that the weather forecast', 0.9), going, policy)).toBe(false);
  });
});

describe('asksAboutEverydaySkincare', () => {
  const topics = new TopicIndex(loadTrainingData().topics);
  const asked = (text: string, named: string[]) => understanding({ words: text.split(' '), topics: named });

  it('hears aftercare subjects asked about as everyday habits, not as what to do after a session', () => {
    expect(asksAboutEverydaySkincare(asked('how often should sunscreen be applied', ['sun']), topics)).toBe(true);
    expect(asksAboutEverydaySkincare(asked('should i wear sunscreen after a session', ['sun']), topics)).toBe(false);
    expect(asksAboutEverydaySkincare(asked('can i use toner after exfoliating', ['toner']), topics)).toBe(true);
    expect(asksAboutEverydaySkincare(asked('what shouldn t i put on my face after having it done', ['soothing']), topics)).toBe(false);
    // Whether a session changes the habit is aftercare's.
    expect(asksAboutEverydaySkincare(asked('i normally use a face scrub grand to keep going with that', ['exfoliation']), topics)).toBe(false);
    expect(asksAboutEverydaySkincare(asked('i normally use a face scrub is that good', ['exfoliation']), topics)).toBe(true);
  });
});

describe('checksLastAnswer', () => {
  it('hears a check on the last answer that names nothing else', () => {
    expect(checksLastAnswer(understanding({ words: 'is that normal or should i worry'.split(' ') }))).toBe(true);
    expect(checksLastAnswer(understanding({ words: 'is it bad to go over a spot'.split(' ') }))).toBe(false);
    expect(checksLastAnswer(understanding({ words: 'is that bad for acne'.split(' '), topics: ['acne'] }))).toBe(false);
  });
});

describe('echoesLastFigure', () => {
  it("hears surprise at the last answer's figure, however it is put, and nothing that asks anew", () => {
    for (const text of [
      'really that quick',
      'isn t that really long though',
      'is that not a bit long',
      'that s it',
      'really',
      'isn t that much less than youtube says',
    ])
      expect(echoesLastFigure(understanding({ words: text.split(' ') }))).toBe(true);
    expect(echoesLastFigure(understanding({ words: 'how long does it last'.split(' ') }))).toBe(false);
    expect(echoesLastFigure(understanding({ words: 'is that long for pores'.split(' '), topics: ['pores'] }))).toBe(false);
  });
});

describe('remarksOnAdvice', () => {
  const topics = new TopicIndex(loadTrainingData().topics);
  const afterSun = { intent: 'aftercare', topic: 'sun', updatedAt: 1 };
  const said = (text: string, named: string[]) => understanding({ text, words: text.toLowerCase().replace(/[.,]/g, '').split(' '), topics: named });

  it('hears the visitor say they already have or do what the aftercare advised', () => {
    expect(remarksOnAdvice(said('good. got plenty of hats', ['sun']), afterSun, topics)).toBe(true);
    expect(remarksOnAdvice(said('i wear a wide brim hat anyway so thats sweet', ['sun']), afterSun, topics)).toBe(true);
    expect(remarksOnAdvice(said('good, i always wear my big straw hat', ['sun']), afterSun, topics)).toBe(true);
    expect(remarksOnAdvice(said('a sun hat in the cab, the lads would never let me live it down', ['sun']), afterSun, topics)).toBe(true);
  });

  it('hears a plan or a habit the advice may forbid, a question, or another answer before it as no such statement', () => {
    expect(remarksOnAdvice(said('i have to walk to work though', ['sun']), afterSun, topics)).toBe(false);
    expect(remarksOnAdvice(said('i use a face scrub every morning', ['exfoliation']), afterSun, topics)).toBe(false);
    expect(remarksOnAdvice(said('i always wear a hat, is that enough?', ['sun']), afterSun, topics)).toBe(false);
    expect(remarksOnAdvice(said('got plenty of hats', ['sun']), going, topics)).toBe(false);
  });
});
