import {
  forTheSlowerOnes,
  howLongTheyLast,
  outlastedAfterEffects,
  outlastsTwoDays,
  likeAfterSession,
  whatNowAfterSession,
  whatToApply,
  whenToResume,
} from '../../src/dialogue/afterEffects';
import { understanding } from '../kit/understanding';

const words = (text: string) => text.split(' ');
const afterRedness = { intent: 'side_effects', topic: 'redness', updatedAt: 1 };
const fresh = { updatedAt: 0 };

describe('outlastsTwoDays', () => {
  it('hears a time past the article\'s "a day or two"', () => {
    expect(outlastsTwoDays(words('mine is still red on day 4'))).toBe(true);
    expect(outlastsTwoDays(words('what if it is still there after a week'))).toBe(true);
    expect(outlastsTwoDays(words('mine was red for almost a week tho'))).toBe(true);
    expect(outlastsTwoDays(words('what if its still red after a whole week'))).toBe(true);
    expect(outlastsTwoDays(words('and if it lasts like a whole week is that bad'))).toBe(true);
    expect(outlastsTwoDays(words('whit if its still red on the third day'))).toBe(true);
    expect(outlastsTwoDays(words('what if its still red after that'))).toBe(true);
    expect(outlastsTwoDays(words('and if e still after that'))).toBe(true);
    expect(outlastsTwoDays(words('it is still red after 2 days'))).toBe(false);
    expect(outlastsTwoDays(words('can i do it every 3 weeks'))).toBe(false);
  });

  it('counts the days between two weekdays, whichever was the session', () => {
    expect(outlastsTwoDays(words('had microneedling friday still red monday normal'))).toBe(true);
    expect(outlastsTwoDays(words('will i still be red on saturday if i have it done tuesday'))).toBe(true);
    expect(outlastsTwoDays(words('done on friday going out saturday night'))).toBe(false);
    expect(outlastsTwoDays(words('had it sunday still red on tuesday'))).toBe(false);
  });
});

describe('outlastedAfterEffects', () => {
  const day4 = understanding({ text: 'still red on day 4', words: words('still red on day 4'), topics: ['redness'] });
  const week = understanding({ text: 'and after a week?', words: words('and after a week') });

  it('names the silence, then what the article says about the redness', () => {
    expect(outlastedAfterEffects(day4, ['redness'], fresh)).toEqual([
      { kind: 'not_covered', subject: 'after-effects that last longer than a day or two' },
      { kind: 'answer', intent: 'side_effects', topic: 'redness' },
    ]);
  });

  it('reads a message without a topic as about the after-effects only right after them', () => {
    expect(outlastedAfterEffects(week, [], afterRedness)).toBeDefined();
    expect(outlastedAfterEffects(week, [], fresh)).toBeUndefined();
    expect(outlastedAfterEffects(week, [], { intent: 'frequency', updatedAt: 1 })).toBeUndefined();
  });
});

describe('howLongTheyLast', () => {
  const ask = (text: string) => understanding({ text, words: words(text), intent: 'how_long' });

  it('reads "how long does it last?" right after the after-effects as about them', () => {
    expect(howLongTheyLast(ask('how long does it usually last'), [], afterRedness)).toEqual([
      { kind: 'answer', intent: 'side_effects', topic: 'redness', followUp: 'how_long' },
    ]);
  });

  it('leaves the results, and any other moment of the conversation, to the rest', () => {
    expect(howLongTheyLast(ask('how long will the results last'), [], afterRedness)).toBeUndefined();
    expect(howLongTheyLast(ask('will they go away completely'), [], afterRedness)).toBeUndefined();
    expect(howLongTheyLast(ask('how long does it last'), [], { intent: 'frequency', updatedAt: 1 })).toBeUndefined();
  });
});

describe('forTheSlowerOnes', () => {
  const asked = (text: string) => understanding({ words: words(text) });

  it('reads "what if I am one of the slow ones?" and "it has been 3 hours" after the redness as how long it lasts', () => {
    const howLong = [{ kind: 'answer', intent: 'side_effects', topic: 'redness', followUp: 'how_long' }];
    expect(forTheSlowerOnes(asked('and if im one of the unlucky ones'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('is it always that quick'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('2 hrs now'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('could it hang around longer for some people'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('its been like 3 hours tho'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('and if it drags on'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('and if it doesn t'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('and if it doesnt go down that fast'), [], afterRedness)).toEqual(howLong);
  });

  it('reads "and the next day?" after the after-effects as how long they last, but not "work tomorrow ok?" or what to avoid', () => {
    const howLong = [{ kind: 'answer', intent: 'side_effects', topic: 'redness', followUp: 'how_long' }];
    expect(forTheSlowerOnes(asked('so it could last into the next day'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('so most people are fine by the next morning'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('and the next day'), [], fresh)).toBeUndefined();
    expect(forTheSlowerOnes(asked('work tomorrow ok'), [], afterRedness)).toBeUndefined();
    expect(forTheSlowerOnes(asked('anything i should avoid the day after'), [], afterRedness)).toBeUndefined();
  });

  it('reads "how long does it take to calm down afterwards?" with no subject as how long the after-effects last', () => {
    const howLong = [{ kind: 'answer', intent: 'side_effects', followUp: 'how_long' }];
    expect(forTheSlowerOnes(asked('how long does it take to calm down afterwards'), [], fresh)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('how long till the results fade afterwards'), [], fresh)).toBeUndefined();
  });

  it('reads "when should it be gone by?" after the after-effects, and "how quickly does redness go away?" anywhere, as how long they last', () => {
    const howLong = [{ kind: 'answer', intent: 'side_effects', topic: 'redness', followUp: 'how_long' }];
    expect(forTheSlowerOnes(asked('when should it be gone by'), [], afterRedness)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('when should it be gone by'), [], fresh)).toBeUndefined();
    expect(forTheSlowerOnes(asked('how quickly does redness go away usually'), ['redness'], fresh)).toEqual(howLong);
    expect(forTheSlowerOnes(asked('when can i go back to my retinol'), [], afterRedness)).toBeUndefined();
  });

  it('reads "it has been 5 hours and still pink" as how long the redness lasts, unless it brings a subject of its own', () => {
    const howLong = [{ kind: 'answer', intent: 'side_effects', topic: 'redness', followUp: 'how_long' }];
    expect(forTheSlowerOnes(asked('its been like 5 hours and still pink tho'), ['redness'], fresh)).toEqual(howLong);
    const withOil = understanding({ words: words('its been 5 hours and still red my sister says put coconut oil on it'), foreignWords: ['coconut', 'oil'] });
    expect(forTheSlowerOnes(withOil, ['redness'], fresh)).toBeUndefined();
  });

  it('leaves other moments, days past the article, and things still being done to the rest', () => {
    expect(forTheSlowerOnes(asked('and if im one of the unlucky ones'), [], fresh)).toBeUndefined();
    expect(forTheSlowerOnes(asked('its been 5 days'), [], afterRedness)).toBeUndefined();
    expect(forTheSlowerOnes(asked('can i still go to my spin class tonight'), [], afterRedness)).toBeUndefined();
  });
});

describe('whenToResume', () => {
  const afterAftercare = { intent: 'aftercare', updatedAt: 1 };
  const asked = (text: string, topics: string[] = []) => understanding({ words: words(text), topics });

  it('reads "when can I go back to it?" after the aftercare advice as how long to follow it', () => {
    const howLong = [{ kind: 'answer', intent: 'aftercare', topic: undefined, followUp: 'how_long' }];
    expect(whenToResume(asked('when can i go back to it then'), [], afterAftercare)).toEqual(howLong);
    expect(whenToResume(asked('when can i then'), [], afterAftercare)).toEqual(howLong);
    expect(whenToResume(asked('how long till i can use it again'), [], afterAftercare)).toEqual(howLong);
    expect(whenToResume(asked('how long after can i start it again'), [], afterAftercare)).toEqual(howLong);
    expect(whenToResume(asked('how long should i leave it before using it again'), [], afterAftercare)).toEqual(howLong);
    expect(whenToResume(asked('and for how many days'), [], afterAftercare)).toEqual(howLong);
    expect(whenToResume(asked('how long do i have to be careful'), [], afterAftercare)).toEqual(howLong);
    expect(whenToResume(asked('can i go back to my normal routine the next day', ['routine']), ['routine'], afterAftercare)).toEqual(howLong);
  });

  it('leaves a question with a subject of its own, or asked at another moment, to the rest', () => {
    expect(whenToResume(asked('when can i resume my other skincare regimens'), [], afterAftercare)).toBeUndefined();
    expect(whenToResume(asked('how long do results last', ['results_duration']), [], afterAftercare)).toBeUndefined();
    expect(whenToResume(asked('when can i go back to it then'), [], afterRedness)).toBeUndefined();
  });
});

describe('whatNowAfterSession', () => {
  const asked = (text: string, topics: string[] = []) => understanding({ words: words(text), topics });

  it('reads "just had it done, what do I do now?" as the aftercare', () => {
    const aftercare = [{ kind: 'answer', intent: 'aftercare' }];
    expect(whatNowAfterSession(asked('just had my first session today what do i need to do now'), [])).toEqual(aftercare);
    expect(whatNowAfterSession(asked('i just used my derma roller what do i do now', ['derma_roller']), ['derma_roller'])).toEqual(aftercare);
  });

  it('reads "what do I do to help it heal?" as the aftercare', () => {
    expect(whatNowAfterSession(asked('what do i do after to help it heal', ['recovery']), ['recovery'])).toEqual([{ kind: 'answer', intent: 'aftercare' }]);
    expect(whatNowAfterSession(asked('anything i need to do to help it heal properly', ['recovery']), ['recovery'])).toEqual([
      { kind: 'answer', intent: 'aftercare' },
    ]);
    expect(whatNowAfterSession(asked('how long does it take to heal'), ['recovery'])).toBeUndefined();
  });

  it('leaves what to do before a session, or a silence named, to the rest', () => {
    expect(whatNowAfterSession(asked('i just booked what should i do now before it'), [])).toBeUndefined();
    expect(whatNowAfterSession(asked('just had it done and im peeling what do i do now', ['reactions']), [])).toBeUndefined();
  });
});

describe('likeAfterSession', () => {
  it('reads what the skin is like, or what one will feel, afterwards as asking for the after-effects', () => {
    const sideEffects = [{ kind: 'answer', intent: 'side_effects' }];
    for (const text of [
      'what is one s face like immediately after a microneedling session',
      'what else might i feel afterwards',
      'what does it say they ll feel afterwards then',
      'after a session what should my face feel like',
      'what s my face going to be like afterwards',
    ])
      expect(likeAfterSession(understanding({ words: words(text) }))).toEqual(sideEffects);
    expect(likeAfterSession(understanding({ words: words('what is my face like after a peel'), topics: ['reactions'] }))).toBeUndefined();
    expect(likeAfterSession(understanding({ words: words('after a session what should i do') }))).toBeUndefined();
  });
});

describe('whatToApply', () => {
  const asked = (text: string, partial = {}) => understanding({ words: words(text), ...partial });
  const soothing = [{ kind: 'answer', intent: 'aftercare', topic: 'soothing' }];

  it('hears a question about what to put on the skin, mid-conversation or after a session, as asking for soothing products', () => {
    expect(whatToApply(asked('whats best to put on it now then'), afterRedness)).toEqual(soothing);
    expect(whatToApply(asked('so basically what s safe to use'), afterRedness)).toEqual(soothing);
    expect(whatToApply(asked('what can i use after microneedling'), fresh)).toEqual(soothing);
    expect(whatToApply(asked('so what i put on the skin then'), afterRedness)).toEqual(soothing);
    expect(whatToApply(asked('what is allowed then'), afterRedness)).toEqual(soothing);
    expect(whatToApply(asked('what is allowed on the flight'), afterRedness)).toBeUndefined();
  });

  it('leaves a question that names a product, a topic, or no session', () => {
    expect(whatToApply(asked('what can i use for my scars', { topics: ['scars'] }), afterRedness)).toBeUndefined();
    expect(whatToApply(asked('whats best to use tretinoin or retinol', { foreignWords: ['tretinoin'] }), afterRedness)).toBeUndefined();
    expect(whatToApply(asked('what can i use'), fresh)).toBeUndefined();
  });
});
