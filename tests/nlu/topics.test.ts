import { loadTrainingData } from '../../src/data/intents';
import { variantsFolder } from '../../src/nlu/normalise';
import { TopicMatcher } from '../../src/nlu/topics';
import { tokenize } from '../../src/nlu/tokens';

describe('TopicMatcher', () => {
  const data = loadTrainingData();
  const fold = variantsFolder(data.domain.spelling_variants);
  const matcher = new TopicMatcher(data.topics, fold);
  const topicsOf = (text: string) => matcher.match(tokenize(fold(text))).topics;

  it.each([
    ['does it help with acne scars?', ['scars']],
    ['what about stretch marks', ['stretch_marks']],
    ['can I go out in the sun or should I wear sunscreen?', ['sun']],
    ['no exfoliating scrubs or alcohol based toners?', ['exfoliation', 'toner']],
    ['my face is red and tight', ['redness']],
    ['am I too old for this?', ['age']],
    ['what are the benefits?', []],
    ['what else does it help with besides scars and pores?', []],
    ['besides the sagging, my pores seem bigger', ['pores']],
    ['what all is it good for besides spots and wrinkles', []],
    ['ok forget the money, is it safe at least', []],
    ['anything i should do after besides staying out of the sun', []],
    ['for the lines on my forehead not scars', ['wrinkles']],
    ["you're sure it's not an allergic reaction", ['reactions']],
    ['and for me (not pregnant lol): what are the benefits besides pores?', []],
    ["i'm pregnant, is it safe", ['pregnancy']],
    ['other than the sun, what should i avoid? and toners?', ['toner']],
    ['can i put my usual serum on tonight', ['routine']],
    ['what about my usual toner', ['toner']],
    ['how safe is non-RF microneedling?', []],
    ['how safe is RF microneedling?', ['rf_microneedling']],
  ])('finds the topics of "%s"', (text, expected) => {
    expect(topicsOf(text)).toEqual(expected);
  });

  it("reads no topic in another treatment's name, unless a word's form differs from the name's", () => {
    const withTreatments = new TopicMatcher(data.topics, fold, ['red light therapy', 'a peel']);
    const topicsBeside = (text: string) => withTreatments.match(tokenize(fold(text))).topics;
    expect(topicsOf('red light therapy and microneedling, are they safe?')).toContain('redness');
    expect(topicsBeside('red light therapy and microneedling, are they safe?')).toEqual([]);
    expect(topicsBeside('is my face meant to be this red?')).toEqual(['redness']);
    expect(topicsBeside('i use a peeling with AHA twice a week')).toEqual(topicsOf('i use a peeling with AHA twice a week'));
  });

  it('matches inflected forms through stems', () => {
    expect(topicsOf('wrinkle')).toEqual(['wrinkles']);
    expect(topicsOf('my enlarged pore')).toEqual(['pores']);
  });

  it('lets an intensifier sit inside a term, but not another word', () => {
    expect(topicsOf('how long does microneedling actually last?')).toEqual(['results_duration']);
    expect(topicsOf('how long does microneedling for scars last?')).toEqual(['scars']);
    expect(topicsOf('is there anything i definitely shouldnt do')).toEqual(['avoiding']);
  });
});
