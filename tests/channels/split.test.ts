import { splitText, truncate } from '../../src/channels/split';

describe('splitText', () => {
  it('leaves short text whole', () => {
    expect(splitText('short', 10)).toEqual(['short']);
    expect(splitText('', 10)).toEqual([]);
  });

  it('breaks between paragraphs, then lines, then words, never over the limit', () => {
    expect(splitText('aaaa bbbb\n\ncccc dddd', 12)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitText('aaaa\nbbbb cccc', 10)).toEqual(['aaaa', 'bbbb cccc']);
    const words = 'lorem ipsum dolor sit amet '.repeat(200);
    const pieces = splitText(words, 1600);
    expect(pieces.every((p) => p.length <= 1600)).toBe(true);
    expect(pieces.join(' ')).toBe(words.trim());
  });

  it('cuts a word longer than the limit', () => {
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('truncate', () => {
  it('shortens with an ellipsis, counted in the limit', () => {
    expect(truncate('When will I see results?', 20)).toBe('When will I see res…');
    expect(truncate('When will I see results?', 20)).toHaveLength(20);
    expect(truncate('Benefits', 20)).toBe('Benefits');
  });
});
