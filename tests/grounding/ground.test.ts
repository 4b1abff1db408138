import { loadArticle, loadContent } from '../../src/data/content';
import { loadTrainingData } from '../../src/data/intents';
import { loadPolicy } from '../../src/data/policy';
import { Grounder } from '../../src/grounding/ground';
import { Understander } from '../../src/nlu/understand';

const data = loadTrainingData();
const understander = new Understander(data, loadPolicy());
const grounder = new Grounder(data, loadArticle(loadContent()));
const ground = (text: string) => grounder.ground(understander.understand(text)[0]);

describe('Grounder', () => {
  it('finds nothing unsupported in questions the article answers, however they are worded', () => {
    for (const text of [
      'how often should I microneedle?',
      'what are the advantages of a derma roller?',
      'how long is the downtime?',
      'what should I put on my face afterwards?',
      'what should i definitely not use after microneedling',
      'ok, after the baby, how often can i do microneedling',
      'i have my session on friday, what do i do after',
      'booked my first microneedling for saturday, is it actually safe?',
      'had microneedling friday, still red monday, normal?',
      'can i fit another session in before early december',
      'if i book it on the 18th how many could i squeeze in',
      'if my daughter were to have a session, what should she apply afterwards?',
      'how frequently would my son need to attend?',
      'what about the scars they left behind',
    ]) {
      expect({ text, unsupported: ground(text).unsupported }).toEqual({ text, unsupported: [] });
    }
  });

  it('names a subject the article never mentions, even one no list has', () => {
    const grounding = ground('can I use coconut oil after microneedling?');
    expect(grounding.unsupported).toEqual(['coconut', 'oil']);
    expect(grounding.subject).toBe('coconut oil after a session');
  });

  it('counts a topic phrase\'s words only together: "dark patches" is pigmentation, "nose patches" something else', () => {
    expect(ground('do dark patches fade with microneedling?').unsupported).toEqual([]);
    expect(ground('can nose patches cure acne?').unsupported).toEqual(['patches']);
  });

  it('knows an irregular form of a word the article uses, and a place the visitor names', () => {
    expect(ground('how long before results can be seen?').unsupported).toEqual([]);
    expect(ground('how often should you get microneedling in new zealand?').unsupported).toEqual([]);
    expect(ground("what's the best beach in spain?").unsupported).toEqual(['spain']);
  });

  it('recognises other treatments by any of their names', () => {
    expect(ground('what is a chemical peel?').treatments).toEqual(['chemical peels']);
    expect(ground('is microneedling better than fraxel?').treatments).toEqual(['laser treatments']);
    expect(ground('Should You Have Skin Tag or Mole Removal?').treatments).toEqual(['mole, skin tag and wart removal']);
    expect(ground('how often should I microneedle?').treatments).toEqual([]);
    expect(ground('how much downtime does a peel have?').treatments).toEqual(['chemical peels']);
    expect(ground('my skin is peeling, is that normal?').treatments).toEqual([]);
    expect(ground('how long does the peeling usually last?').treatments).toEqual([]);
    expect(ground('do rollers work on old surgery scars?').treatments).toEqual([]);
    expect(ground('I have a scar on my jaw from a mole removal, would this help?').treatments).toEqual([]);
  });

  it('leaves out a treatment the visitor sets aside, without making it a subject', () => {
    const forgotten = ground('ok forget the laser, for my scars how many sessions');
    expect(forgotten.treatments).toEqual([]);
    expect(forgotten.unsupported).not.toContain('laser');
    expect(ground("she's not into botox, would this help her wrinkles?").treatments).toEqual([]);
    expect(ground('is microneedling better than botox?').treatments).toEqual(['Botox']);
  });

  it('reads who a claim comes from and how long ago as no subject', () => {
    expect(ground('the leaflet in my box said once a week').unsupported).toEqual([]);
    expect(ground('when should i book the next one, last one was 3 weeks ago').unsupported).toEqual([]);
    expect(ground('can i use a leaflet').unsupported).toEqual(['leaflet']);
  });

  it('reads a self-introduction ending in "here" as who asks, not what they ask about', () => {
    expect(ground("Student nurse here - what's the expected skin reaction straight after a microneedling session?").unsupported).toEqual([]);
    expect(ground('mum of 2 here, how often should i microneedle?').unsupported).toEqual([]);
    expect(ground('is the kit sold here').unsupported).toContain('kit');
  });

  it('reads a closing likeness as a comparison made in passing, and "is it like …?" as asking for one', () => {
    expect(ground('is it permanent or do u have to keep going back forever like botox').treatments).toEqual([]);
    expect(ground('is it like botox?').treatments).toEqual(['Botox']);
    expect(ground('is microneedling like a chemical peel?').treatments).toEqual(['chemical peels']);
    expect(ground('i had botox like a year ago, can i do this?').treatments).toEqual(['Botox']);
  });
});
