import {
  chatterOf,
  fearedLooksOf,
  likenessesOf,
  namesOfRelatives,
  originsOf,
  ownPeopleNamed,
  plansOf,
  reasonsOf,
  relativesOf,
  speakersOf,
  whereHeardOf,
  worriesOf,
} from '../../src/nlu/backstory';

const words = (text: string) => text.split(' ');
const at = (text: string, positions: Set<number>) => [...positions].map((i) => words(text)[i]).join(' ');

describe('originsOf', () => {
  it('takes the words after "from" next to a named problem, up to the next clause', () => {
    const text = 'scars from a bike crash as a kid would this help';
    expect(at(text, originsOf(words(text), new Set([0])))).toBe('from a bike crash as a');
  });

  it('takes what a problem has lasted since as where it came from', () => {
    const text = 'dark patches since my second pregnancy does it help';
    expect(at(text, originsOf(words(text), new Set([1])))).toBe('since my second pregnancy');
  });

  it('leaves "from" that follows no problem, or says what a treatment prevents', () => {
    expect(originsOf(words('where is it from'), new Set()).size).toBe(0);
    expect(originsOf(words('can it stop wrinkles from forming'), new Set([3])).size).toBe(0);
  });
});

describe('whereHeardOf', () => {
  it('takes where the visitor saw or heard of it', () => {
    const text = 'what even is it i keep seeing it on tiktok';
    expect(at(text, whereHeardOf(words(text)))).toBe('on tiktok');
    const all = 'i keep seeing microneedling all over tiktok what is it';
    expect(at(all, whereHeardOf(words(all)))).toBe('over tiktok');
    const read = 'i read about it in a magazine is it safe';
    expect(at(read, whereHeardOf(words(read)))).toBe('in a magazine');
  });

  it('leaves seeing a result alone', () => {
    expect(whereHeardOf(words('when will she see a difference in her acne')).size).toBe(0);
  });
});

describe('worriesOf', () => {
  it('takes "worse" beside a hope, or in what advice is for, as no question about risks', () => {
    const hope = 'would it help or make it worse';
    expect(at(hope, worriesOf(words(hope)))).toBe('worse');
    const holes = 'wont poking more holes just make them worse';
    expect(at(holes, worriesOf(words(holes)))).toBe('worse');
    const purpose = 'what do i avoid so my spots dont get worse';
    expect(at(purpose, worriesOf(words(purpose)))).toBe('worse');
  });

  it('takes an injury the visitor does not want as no question about pain, but not one asked about', () => {
    const unwanted = 'is it safe for her i don t want her to hurt herself';
    expect(at(unwanted, worriesOf(words(unwanted)))).toBe('hurt herself');
    expect(worriesOf(words('can she hurt herself with it')).size).toBe(0);
  });

  it('leaves a question whether it makes something worse alone', () => {
    expect(worriesOf(words('can microneedling make acne worse')).size).toBe(0);
    expect(worriesOf(words('anything worse than that')).size).toBe(0);
  });
});

describe('reasonsOf', () => {
  it('takes money given as the reason for a choice', () => {
    const text = 'what if i only do one session because of budget is one enough';
    expect(at(text, reasonsOf(words(text)))).toBe('budget');
    const tight = 'only one session due to my tight budget';
    expect(at(tight, reasonsOf(words(tight)))).toBe('budget');
  });

  it('takes paying as when the visitor asks, not what', () => {
    const text = 'what are the benefits i m just asking before i pay for her';
    expect(at(text, reasonsOf(words(text)))).toBe('pay');
    expect(reasonsOf(words('how much do i pay for it')).size).toBe(0);
  });

  it('leaves money asked about, and reasons that are not money', () => {
    expect(reasonsOf(words('is it worth the money')).size).toBe(0);
    expect(reasonsOf(words('because of my pregnancy is it safe')).size).toBe(0);
  });
});

describe('likenessesOf', () => {
  it('takes what a named problem is likened to', () => {
    const text = 'my forehead has deep lines like a plowed field would this smooth them';
    expect(at(text, likenessesOf(words(text), new Set([4])))).toBe('like a plowed field');
  });

  it('takes a plural likeness without its article, unless it names a problem itself', () => {
    const text = 'me nose has pores like craters would it help them';
    expect(at(text, likenessesOf(words(text), new Set([3])))).toBe('like craters');
    expect(likenessesOf(words('i have scars like ice pick scars'), new Set([2, 6])).size).toBe(0);
  });

  it('leaves "like" that likens no problem', () => {
    expect(likenessesOf(words('i would like a session'), new Set()).size).toBe(0);
  });

  it('takes what a look is likened to, up to the problem named after it, unless the likeness names a topic', () => {
    const text = 'my nose looks like a strawberry the pores are so big';
    expect(at(text, likenessesOf(words(text), new Set([7])))).toBe('like a strawberry the');
    expect(likenessesOf(words('my skin looks like a sunburn'), new Set(), new Set([5])).size).toBe(0);
  });
});

describe('namesOfRelatives', () => {
  it("finds the name after a relative's role and whose it is, in any case", () => {
    expect(namesOfRelatives('our lass sophie keeps going on about it'.split(' '))).toEqual([2]);
    expect(namesOfRelatives('my friend Bethan has been going on about it'.split(' '))).toEqual([2]);
    expect(namesOfRelatives('a friend said it works'.split(' '))).toEqual([]);
  });
});

describe('relativesOf', () => {
  it("finds the relative the visitor asks for, only when it is somebody's", () => {
    expect([...relativesOf('how many exactly for my dad then'.split(' '))]).toEqual([5]);
    expect([...relativesOf('is it ok for a dad to do it'.split(' '))]).toEqual([]);
  });
});

describe('speakersOf', () => {
  const at = (text: string) => [...speakersOf(text.split(' '))];
  it('finds who spoke of microneedling to the visitor, and where, but not a person asked about', () => {
    expect(at('man at the gym reckons its called healing injury')).toEqual([0, 1, 2, 3]);
    expect(at('what is it my coworker wont shut up about it')).toEqual([4]);
    expect(at('can a man at the gym do it')).toEqual([]);
  });
});

describe('plansOf', () => {
  const at = (text: string) => [...plansOf(text.split(' '))];
  it('finds what the visitor has on later, but not a problem they have got', () => {
    expect(at('what will my face be like straight after ive got bingo at 7')).toEqual([10]);
    expect(at('what s my face gonna look like straight after i ve got bingo at the club that night')).toEqual([12, 13, 14, 15]);
    expect(at('he s got a game that arvo')).toEqual([3, 4]);
    expect(at('i ve got acne scars on my cheeks')).toEqual([]);
    expect(at('i have a shift at 2')).toEqual([3]);
    expect(at('i have a darker complexion is that going to be a problem')).toEqual([]);
  });
});

describe('ownPeopleNamed', () => {
  it('takes a name after a possessive or a relative, and the rest of that name', () => {
    expect(ownPeopleNamed(words('how often would our maureen go'), new Set(['maureen']))).toEqual([4]);
    expect(ownPeopleNamed(words('so my friend bonnie sue got hers done'), new Set(['bonnie', 'sue']))).toEqual([3, 4]);
    expect(ownPeopleNamed(words('bonnie said it was fine'), new Set(['bonnie']))).toEqual([]);
  });
});

describe('fearedLooksOf', () => {
  const at = (text: string) => [...fearedLooksOf(text.split(' '))];
  it('reads what the visitor does not want to go around looking like as a fear told, to the end of the message', () => {
    expect(at('is it safe i don t want to walk around looking like a pincushion')).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(at('is it safe i dont wanna end up looking like a tomato')).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(at('i don t want to look old')).toEqual([]);
    expect(at('what will i be looking like after')).toEqual([]);
  });
});

describe('chatterOf', () => {
  const at = (text: string) => [...chatterOf(text.split(' '))];
  it('finds how often someone talks of it, but not how often the visitor means to do it', () => {
    expect(at('my niece comfort keep talking about it every day')).toEqual([7, 8]);
    expect(at('she s always going on about microneedling all the time')).toEqual([7, 8, 9]);
    expect(at('can i do it every day')).toEqual([]);
  });
});
