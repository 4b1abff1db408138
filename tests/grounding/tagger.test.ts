import { nlp, tagTerms } from '../../src/grounding/tagger';

/** Words and tags as compromise's whole pipeline gives them, chunking included. */
function fullPipeline(text: string): Array<{ word: string; tags: string[] }> {
  const { docs } = nlp(text) as unknown as { docs: Array<Array<{ normal: string; tags: Set<string> }>> };
  return docs.flat().flatMap((t) => (t.normal ? [{ word: t.normal, tags: [...t.tags].sort() }] : []));
}

describe('tagTerms', () => {
  it.each([
    'can i wear makeup after microneedling?',
    "Microneedling in New Zealand, can't I go to the gym tomorrow?",
    'mine are quite reddish-brown, does it help the colour?',
    'How long will my results last after the 3rd session?',
    'I spent £200 on a roller. Was it worth it?',
  ])('tags %p as the whole pipeline does', (text) => {
    expect(tagTerms(text).map((t) => ({ word: t.word, tags: [...t.tags].sort() }))).toEqual(fullPipeline(text));
  });

  it('tags nothing in an empty text', () => {
    expect(tagTerms('')).toEqual([]);
  });
});
