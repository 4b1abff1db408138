import { cleanInput, variantsFolder } from '../../src/nlu/normalise';

describe('cleanInput', () => {
  it.each([undefined, null, 42, {}, ['how often?'], '', '   ', '\u0000\u200B'])('treats %p as empty', (raw) => {
    expect(cleanInput(raw, 1000)).toEqual({ kind: 'empty' });
  });

  it('strips control and invisible characters and collapses whitespace', () => {
    expect(cleanInput('  how\u0007 often\u202E\n\n is it?\u200B ', 1000)).toEqual({ kind: 'text', text: 'how often is it?' });
  });

  it('puts a space after a comma or question mark typed without one', () => {
    expect(cleanInput('saggy,will it tighten?how many sessions', 1000)).toEqual({ kind: 'text', text: 'saggy, will it tighten? how many sessions' });
  });

  it('refuses text over the limit instead of truncating it', () => {
    expect(cleanInput('a'.repeat(1001), 1000)).toEqual({ kind: 'too_long', limit: 1000 });
    expect(cleanInput('a'.repeat(1000), 1000)).toEqual({ kind: 'text', text: 'a'.repeat(1000) });
  });
});

describe('variantsFolder', () => {
  const fold = variantsFolder({ 'micro needling': 'microneedling', 'micro-needling': 'microneedling', wat: 'what' });

  it('folds multi-word, hyphenated and chat spellings into one form', () => {
    expect(fold('Wat is Micro-Needling?')).toBe('what is microneedling');
    expect(fold('micro needling, at home')).toBe('microneedling at home');
  });

  it('drops a filler word before folding the words around it, leaving single spaces', () => {
    const withFiller = variantsFolder({ po: '', 'gaano kadalas': 'how often', 'colleague do': 'collagen do', actualy: '' });
    expect(withFiller('gaano po kadalas yung sessions')).toBe('how often yung sessions');
    expect(withFiller('wats colleague actualy do')).toBe('wats collagen do');
  });

  it('drops a hedging "like" before "how" after a pause, and keeps a likeness', () => {
    expect(fold('whats normal after a session, like how should my skin feel?')).toBe('whats normal after a session how should my skin feel');
    expect(fold('or do I have to keep getting it, like botox?')).toBe('or do i have to keep getting it like botox');
  });

  it('reads "3x" as a count of times', () => {
    expect(fold('3x a week, wat about 2x/month')).toBe('3 times a week what about 2 times month');
  });

  it('reads a pasted address as a link, not as words', () => {
    expect(fold('https://www.tiktok.com/@jess/video/72344 she rolls every week, ok?')).toBe('link she rolls every week ok');
    expect(fold('see www.example.com/roller-0.5mm please')).toBe('see link please');
  });

  it('reads a needle length as millimetres, whatever its digits', () => {
    expect(fold('a 1.0mm roller or 0.5 mm')).toBe('a mm roller or mm');
  });

  it("drops a product's strength, and keeps a percentage asked about", () => {
    expect(fold("my Paula's Choice 2% BHA liquid and 10% niacinamide serum")).toBe("my paula's choice bha liquid and niacinamide serum");
    expect(fold('is £180 a session normal, or 300 bucks?')).toBe('is price a session normal or price');
    expect(fold('what % of people see results, 50%?')).toBe('what percent of people see results 50 percent');
  });

  it('unifies dashes and apostrophes', () => {
    expect(fold('4\u20136 weeks, what\u2019s')).toBe("4-6 weeks what's");
  });

  it('drops a one-word aside in parentheses, and keeps longer ones', () => {
    expect(fold("What's a Derma (skin) roller?")).toBe("what's a derma roller");
    expect(fold('is it safe (for sensitive skin)?')).toBe('is it safe for sensitive skin');
  });

  it('folds a canonical form again by a shorter variant, as the longest-first order gives', () => {
    const chained = variantsFolder({ 'micro needle roller': 'dermaroller', dermaroller: 'derma roller', roler: 'roller' });
    expect(chained('a micro needle roller or a roler')).toBe('a derma roller or a roller');
  });

  it('reads a phrase before dropping a word it holds, and drops the word elsewhere', () => {
    const fold = variantsFolder({ lang: '', 'how lang': 'how long', po: '' });
    expect(fold('how lang have they been doing it')).toBe('how long have they been doing it');
    expect(fold('face lang po')).toBe('face');
  });
});
