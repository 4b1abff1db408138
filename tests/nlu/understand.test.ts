import { loadTrainingData } from '../../src/data/intents';
import { loadPolicy } from '../../src/data/policy';
import { Understander } from '../../src/nlu/understand';

describe('Understander', () => {
  const understander = new Understander(loadTrainingData(), loadPolicy());
  const first = (text: string) => understander.understand(text)[0];

  it.each([
    ['how often should I microneedle?', 'frequency'],
    ['how oftn shud i microneedel', 'frequency'],
    ['benifits of microneedeling', 'benefits'],
    ['what happens to my skin right after a session', 'side_effects'],
    ['can I use a toner after microneedling', 'aftercare'],
  ])('classifies "%s" as %s', (text, intent) => {
    expect(first(text).intent).toBe(intent);
  });

  it.each(['how often should I wash my hair?', 'benefits of drinking water', "what's the capital of France?", 'how many sessions of physiotherapy do I need?'])(
    'puts the near-miss "%s" out of scope',
    (text) => {
      expect(first(text).intent).toBe('out_of_scope');
    },
  );

  it('keeps an unknown word beside a topic in scope when the classifier leans to that topic', () => {
    expect(first('how long is the redness likely to persist?').intent).not.toBe('out_of_scope');
  });

  it('keeps a question in scope when its unknown words only say how it asks ("shorten", "obtain")', () => {
    expect(first('could she shorten the interval to two weeks to obtain results sooner?').intent).not.toBe('out_of_scope');
  });

  it.each(['my daughter is 15, can she get it?', "he's 16 and has acne", 'my 15 yo wants a roller'])('hears a teenager\'s age in "%s"', (text) => {
    expect(first(text).topics).toContain('age');
  });

  it('keeps in scope a question that names a topic only to set it aside', () => {
    expect(first('what else goes on the avoid list besides toners?').intent).not.toBe('out_of_scope');
  });

  it('takes where a problem came from as context, not as a topic asked about', () => {
    expect(first('stretch marks from pregnancy, will it help?').topics).toEqual(['stretch_marks']);
    expect(first('got a scar on my chin from a bike crash, would this do anything').foreignWords).toEqual([]);
    expect(first('is it safe during pregnancy?').topics).toContain('pregnancy');
  });

  it('reads the question after "so I\'m curious"', () => {
    expect(first("we learn a lot about wound care so I'm curious - what does the skin look like right after a session?").words.slice(0, 3)).toEqual([
      'what',
      'does',
      'the',
    ]);
    expect(first("I'm wondering if it is safe").words[0]).toBe('i');
    // A question that points back keeps what it points to.
    expect(first("I've seen people doing it themselves at home and I was wondering, is that something one can do?").words.join(' ')).toBe(
      'i ve seen people doing it themselves at home is that something one can do',
    );
  });

  it('keeps sessions asked about for a named topic in scope, whatever words from elsewhere surround them', () => {
    expect(first('asking for my mom (58, staten island) her cheeks r getting saggy, would she need a ton of sessions').intent).not.toBe('out_of_scope');
  });

  it('reads "is that the same for stretch marks?" as the last question again, for another topic', () => {
    expect(first('is that the same for stretch marks').elliptical).toBe(true);
    expect(first('is that safe for stretch marks').elliptical).toBe(false);
  });

  it('reads a greeting before a remark that asks nothing as a greeting, and a question after it as a question', () => {
    expect(first('hello! my friend recommended this').intent).toBe('greeting');
    expect(first('hello, i hope this is the right place to ask').intent).toBe('greeting');
    expect(first('hey wat products shud ppl use after').intent).not.toBe('greeting');
    expect(first('hello! is it safe?').intent).not.toBe('greeting');
  });

  it('takes where the visitor saw or heard of it as context, not as a topic asked about', () => {
    expect(first('what even is microneedling, i keep seeing it on tiktok').topics).toEqual([]);
    expect(first('has it been around long or is it just a tiktok thing').topics).toContain('history');
    expect(first('when will she see a difference in her acne').topics).toContain('acne');
  });

  it.each(['is 15 minutes enough?', 'my skin is 16 days into healing'])('hears no age in "%s"', (text) => {
    expect(first(text).topics).not.toContain('age');
  });

  it('knows a message in another language from English with slang, typos, dialect or drug names', () => {
    for (const text of [
      'puedo usar bloqueador despues del microneedling?',
      'Eh maligo at maghilamos po, pwede na po ba?',
      'combien ça coûte en clinique à Montréal?',
    ])
      expect({ text, other: first(text).otherLanguage }).toEqual({ text, other: true });
    for (const text of [
      'helo does microneedlin help anti agin',
      'What about the DOACs, apixaban or rivaroxaban?',
      'ah divvent knaa then, might move it',
      'wetin be derma roller sef',
      'ngl lowkey scared of the needles tbh',
    ])
      expect({ text, other: first(text).otherLanguage }).toEqual({ text, other: false });
  });

  it('puts markup, mostly not English, out of scope however faintly it resembles thanks', () => {
    expect(first('<img src=x onerror=alert(1)>').intent).toBe('out_of_scope');
  });

  it('reads a claim heard elsewhere as the question, without where it was heard', () => {
    expect(first('saw on tiktok you should roll every day, is that true?').words.slice(0, 3)).toEqual(['you', 'should', 'roll']);
    expect(first('the girl on youtube said every 2 days is fine').reportsClaim).toBe(true);
    expect(first('every 2 days is fine').reportsClaim).toBe(false);
    expect(first('a clinic near me said i need 10 sessions for my scars').words.slice(0, 3)).toEqual(['i', 'need', '10']);
    expect(first('Cosmopolitan says microneedling shrinks pores').words.slice(0, 2)).toEqual(['microneedling', 'shrinks']);
    expect(first('what she said about pores').words.slice(0, 3)).toEqual(['what', 'she', 'said']);
  });

  it('reads "ok so what does it actually say about how safe it is" as the question after "about"', () => {
    expect(first('ok so what does the article actually say about how safe it is').intent).toBe('safety');
  });

  it('reads "what does the article say …" as the question it reports, but keeps "… say about acne" whole', () => {
    expect(first("what does the article say you'll feel after").intent).toBe('side_effects');
    expect(first('what does the article say about acne?').words.slice(0, 3)).toEqual(['what', 'does', 'the']);
  });

  it('drops "according to the article" at the end of a question, but keeps "is that from the article?" whole', () => {
    expect(first('what else causes them according to the text?').words).toEqual(['what', 'else', 'causes', 'them']);
    expect(first('how often, per the article?').words).toEqual(['how', 'often']);
    expect(first('is that from the article?').words).toEqual(['is', 'that', 'from', 'the', 'article']);
  });

  it('knows microneedling by its tools in the plural too', () => {
    expect(first('do derma rollers help with cellulite?').anchored).toBe(true);
    expect(first('do derma rollers help?').anchored).toBe(true);
  });

  it('never takes a question for an acknowledgement, and keeps a plain one', () => {
    expect(first('my friend says 3x a week is fine??').intent).toBe('frequency');
    expect(first('haha ok maybe ill just book with u guys, how often would i come?').intent).toBe('frequency');
    // Words the training sentences never use ("section") do not outweigh a classifier this sure.
    expect(first('is there a section on aftercare?').intent).toBe('aftercare');
    // Everyday words ("fewer", "definitely") are no sign of another subject.
    expect(first('so what kind of problem needs fewer sessions').intent).toBe('sessions');
    expect(first('ok thanks!').intent).toBe('thanks');
    // Asked without a question mark, of a topic named, however sure the classifier is of thanks in "fine".
    expect(first('and for the sun one, spf or is a hat fine').intent).not.toBe('thanks');
  });

  it('marks a topic-only message as elliptical', () => {
    expect(first('and for stretch marks?')).toMatchObject({ elliptical: true, topics: ['stretch_marks'] });
    expect(first('its mostly for saggy skin tbh')).toMatchObject({ elliptical: true, topics: ['loose_skin'] });
    expect(first('for acne scars specifically')).toMatchObject({ elliptical: true, topics: ['scars'] });
    expect(first('for saggy skin i mean')).toMatchObject({ elliptical: true, topics: ['loose_skin'] });
    expect(first('does it help stretch marks?').elliptical).toBe(false);
  });

  it('leaves a name alone where the message is in lower case, and corrects the same word as a typo elsewhere', () => {
    expect(first("my granddaughter Isla's got acne scars, would it help her?").words).toContain('isla');
    expect(first('How Does Isla Work?').words).not.toContain('isla');
  });

  it('understands each question of a two-question message', () => {
    expect(understander.understand('what are the benefits and how often?').map((u) => u.intent)).toEqual(['benefits', 'frequency']);
  });

  it('reports a calibrated confidence with the ranking', () => {
    const u = first('is microneedling safe?');
    expect(u.confidence).toBe(u.ranking[0].confidence);
    expect(u.confidence).toBeGreaterThan(0.5);
  });
});
