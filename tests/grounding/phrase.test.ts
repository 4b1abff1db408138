import { subjectPhrase } from '../../src/grounding/phrase';

const isAnchor = (word: string) => /^(microneedl|dermaroll|needl|session|treatment)/.test(word);

describe('subjectPhrase', () => {
  it.each([
    ['Can I wear makeup after microneedling?', ['wear', 'makeup'], 'wearing makeup after a session'],
    ['can i shower after microneedling', ['shower'], 'showering after a session'],
    ['What areas of the body are microneedling used?', ['areas'], 'areas of the body'],
    ['How do I prepare for my microneedling session?', ['prepare'], 'preparing for your microneedling session'],
    ['How long will my results last?', ['last'], 'how long your results will last'],
    ['how long does the swelling last', ['swelling'], 'how long the swelling lasts'],
    ['Is Microneedling Safe for Darker Skin Tones?', ['darker', 'tones'], 'darker skin tones'],
    ['How often would I need to go?', ['go'], 'how often you would need to go'],
    ['how long does my skin take to recover', ['recover'], 'how long your skin takes to recover'],
    ['who invented it', ['invented'], 'who invented it'],
    ['will it make my skin oily', ['oily'], 'whether it will make your skin oily'],
    ['does it make you oily', ['oily'], 'whether it makes you oily'],
    ['I spent years in the sun, can I have it?', ['spent', 'years'], 'spending years in the sun'],
    ['can I wear tight jeans over it after?', ['jeans'], 'tight jeans after a session'],
    ['should I do a patch test first?', ['patch'], 'patch test'],
    ['mine are quite reddish-brown, does it help the colour?', ['reddish'], 'reddish brown'],
    ['Why Do I Feel Sick After Microneedling', ['sick'], 'feeling sick after a session'],
    ['Can Microneedling Cause Broken Capillaries', ['broken', 'capillaries'], 'broken capillaries'],
    ['Does Microneedling Affect Skin with Facial Broken Capillaries?', ['affect', 'broken', 'capillaries'], 'facial broken capillaries'],
  ])('names the subject of "%s" from its own words', (question, unsupported, phrase) => {
    expect(subjectPhrase(question, new Set(unsupported), isAnchor)).toBe(phrase);
  });

  it('names nothing when the only unknown word is a lone adjective', () => {
    expect(subjectPhrase('What acne scars are hardest to treat?', new Set(['hardest']), isAnchor)).toBeUndefined();
  });

  it('repeats a yes/no question as a clause only when it is one short clause', () => {
    expect(subjectPhrase('could i just do it at home myself then so its less scary', new Set(['scary']), isAnchor)).toBeUndefined();
  });

  it('names nothing when no unknown word is in the question', () => {
    expect(subjectPhrase('how often should I microneedle?', new Set(['cellulite']), isAnchor)).toBeUndefined();
  });
});
