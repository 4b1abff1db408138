import { loadTrainingData } from '../../src/data/intents';
import { acknowledgementTest, asksNothing, closing, looksLikeQuestion, saidOutsideQuestion, splitQuestions } from '../../src/nlu/segmenter';

// The acknowledgements intents/ lists, as the bot reads them.
const acknowledgesOnly = acknowledgementTest(loadTrainingData().domain.acknowledgements);
const split = (text: string) => splitQuestions(text, acknowledgesOnly);

describe('splitQuestions', () => {
  it('splits two questions joined by "and"', () => {
    expect(split('what are the benefits and how often?')).toEqual(['what are the benefits', 'how often?']);
    expect(split('how long till I can go back and do it again')).toEqual(['how long till I can go back and do it again']);
  });

  it('keeps a bare question word paired with the question after "and"', () => {
    expect(split('How and why do stretch marks occur?')).toEqual(['How and why do stretch marks occur?']);
    expect(split('How often and how long does Rogaine need to be used?')).toEqual(['How often and how long does Rogaine need to be used?']);
  });

  it('splits off a statement asked with a question mark after "and", but not a statement that asks nothing', () => {
    expect(split('how many time I can make microneedling in one year and it is painful?')).toEqual([
      'how many time I can make microneedling in one year',
      'it is painful?',
    ]);
    expect(split('I had a session and it is still red')).toEqual(['I had a session and it is still red']);
  });

  it('keeps a question apart from the visitor settling the last answer', () => {
    expect(split('ok ill wait. is it safe in general?')).toEqual(['ok ill wait.', 'is it safe in general?']);
    expect(split('So, your microneedling session is done. What now?')).toEqual(['So, your microneedling session is done. What now?']);
    expect(split("I'm peeling after my session. Is that normal?")).toEqual(["I'm peeling after my session. Is that normal?"]);
  });

  it('drops a request to answer the question beside it', () => {
    expect(split('what is the number of sittings required for acne scars? kindly tell')).toEqual(['what is the number of sittings required for acne scars?']);
    expect(split('How often? Kindly revert and do the needful.')).toEqual(['How often?']);
    expect(split('Please tell me about aftercare.')).toEqual(['Please tell me about aftercare.']);
  });

  it('reads an ellipsis as trailing off, not as the end of a sentence', () => {
    expect(split('I have an old scar from the war .. well from national service. would this help it')).toEqual([
      'I have an old scar from the war .. well from national service. would this help it',
    ]);
    // A full stop does end one: the question is about what came just before it.
    expect(split('I have an old scar from the war. Well, national service. Would this help it?')).toEqual([
      'I have an old scar from the war.',
      'Well, national service. Would this help it?',
    ]);
  });

  it('drops a sentence of emoji or punctuation alone, unless that is the whole message', () => {
    expect(split('ok thank u so much!! 😊')).toEqual(['ok thank u so much!!']);
    expect(split('👍')).toEqual(['👍']);
  });

  it('splits a question joined by a capitalised "And", and a listed "who" question', () => {
    expect(split('What Is Dermarolling And How Bad Does It Hurt?')).toEqual(['What Is Dermarolling', 'How Bad Does It Hurt?']);
    expect(split('What is microneedling, who is it for, and when should I avoid it?')).toEqual([
      'What is microneedling',
      'who is it for',
      'when should I avoid it?',
    ]);
  });

  it('splits a heading whose second question starts with a capital after a comma, and keeps a lower-case clause whole', () => {
    expect(split('What causes wrinkles, What are the treatment options?')).toEqual(['What causes wrinkles', 'What are the treatment options?']);
    expect(split('if it is red, what should i do?')).toEqual(['if it is red, what should i do?']);
  });

  it('keeps "ok?" with the statement it asks about, but not after thanks', () => {
    expect(split('i had a session 2 weeks ago and want another. ok?')).toEqual(['i had a session 2 weeks ago and want another. ok?']);
    expect(split('Thanks. Ok?')).toEqual(['Thanks.', 'Ok?']);
  });

  it('keeps the question a correction says was meant, without the one it says was not', () => {
    expect(split('Sorry, I meant how many sessions altogether, not how often.')).toEqual(['how many sessions altogether.']);
    expect(split('not gym, i meant can i wash my face')).toEqual(['can i wash my face']);
    // A correction that names a thing, not a question, is left to the conversation.
    expect(split('Sorry, I meant a derma pen: is that the same thing?')).toEqual(['Sorry, I meant a derma pen: is that the same thing?']);
  });

  it('splits a numbered list of questions, and keeps a lone number', () => {
    expect(split('Hi! 1) what is a microneedling facial 2) what does it cost 3) how often')).toEqual([
      'Hi!',
      'what is a microneedling facial?',
      'what does it cost?',
      'how often?',
    ]);
    expect(split('Hoi, 2 questions. 1) what does it fix 2) is it safe')).toEqual(['Hoi, 2 questions. what does it fix?', 'is it safe?']);
    expect(split("I'm 30. How often?")).toEqual(["I'm 30.", 'How often?']);
  });

  it('keeps a listed question about the clause before it with that clause', () => {
    expect(split('hi, i have stretch marks on my belly, does it help with those?')).toEqual(['hi, i have stretch marks on my belly does it help with those?']);
    expect(split('k thanks. and is it even safe')).toEqual(['k thanks.', 'is it even safe']);
  });

  it('keeps "also" inside a clause, and splits at ", also"', () => {
    expect(split('do you also do botox?')).toEqual(['do you also do botox?']);
    expect(split('how often, also how many sessions?')).toEqual(['how often', 'how many sessions?']);
  });

  it('drops an interjection before what it reacts to, unless it is the whole message', () => {
    expect(split('really? the box says 3 times a week')).toEqual(['the box says 3 times a week']);
    expect(split('really?')).toEqual(['really?']);
  });

  it('splits sentences', () => {
    expect(split('Is it safe? Can I do it at home?')).toEqual(['Is it safe?', 'Can I do it at home?']);
  });

  it('sets an acknowledgement apart from the question after it, but not from a remark', () => {
    expect(split('cool, and for scars?')).toEqual(['cool.', 'and for scars?']);
    expect(split('great and for scars?')).toEqual(['great.', 'and for scars?']);
    expect(split('ok thanks, very useful')).toEqual(['ok thanks, very useful']);
    // Thanks, then a short question about microneedling: not a question about the thanks.
    expect(split('Ok thank you. Is it safe?')).toEqual(['Ok thank you.', 'Is it safe?']);
    expect(split('thanks. is it safe tho')).toEqual(['thanks.', 'is it safe tho']);
    expect(split('ok but it does shrink them?')).toEqual(['ok.', 'but it does shrink them?']);
    expect(split('ok but only on weekends')).toEqual(['ok but only on weekends']);
    expect(split('fair, thanks. how often would you do it')).toEqual(['fair.', 'thanks.', 'how often would you do it']);
    expect(split('I am peeling. Is that normal?')).toEqual(['I am peeling. Is that normal?']);
    expect(split('ok thx, whats the usual time between them')).toEqual(['ok thx.', 'whats the usual time between them']);
    expect(split('k ty 😊 wat abt sun')).toEqual(['k ty.', 'wat abt sun']);
    expect(split('thanks 🙏')).toEqual(['thanks 🙏']);
  });

  it('keeps a note that the question is an aside with the question', () => {
    expect(split('random q but how long does a spray tan last')).toEqual(['random q but how long does a spray tan last']);
  });

  it("sets the bot's words quoted back apart from the question about them", () => {
    expect(split('you said 4-6 weeks, why so long?')).toEqual(['you said 4-6 weeks.', 'why so long?']);
    expect(split('you said fewer sessions - fewer than what?')).toEqual(['you said fewer sessions.', 'fewer than what?']);
    expect(split('you said it was safe, right')).toEqual(['you said it was safe, right']);
  });

  it('sets a remark apart from the question it leads to with ", but"', () => {
    expect(split('Sessions do a wonderful job on the skin, but who exactly is the treatment for?')).toEqual([
      'Sessions do a wonderful job on the skin.',
      'who exactly is the treatment for?',
    ]);
    expect(split('ok dumb question but how does microneedling work')).toEqual(['ok dumb question.', 'how does microneedling work']);
    // A lone "ok" is no remark but an acknowledgement, set apart with the "but" left on the question it leads to.
    expect(split('ok but why not every week')).toEqual(['ok.', 'but why not every week']);
  });

  it('keeps a list of topics in one question', () => {
    expect(split('how many sessions for scars and stretch marks?')).toEqual(['how many sessions for scars and stretch marks?']);
  });

  it('ends a "what about…" question before a remark on how the problem came about', () => {
    expect(split('what about my crows feet, too many years squinting at the water')).toEqual([
      'what about my crows feet.',
      'too many years squinting at the water',
    ]);
    expect(split('ok what about my face, i have big pores on my nose')).toEqual(['ok what about my face, i have big pores on my nose']);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(split('What is the Dr. Pen? Is it safe?')).toEqual(['What is the Dr. Pen?', 'Is it safe?']);
    expect(split('Microneedling vs. lasers: which is better?')).toEqual(['Microneedling vs. lasers: which is better?']);
  });

  it('hears a question asked at the end of a statement, without a question mark', () => {
    expect(looksLikeQuestion('kindly tell after-effects also')).toBe(true);
    expect(asksNothing(['Thank you, dear.', 'I shall tell the ladies at my bridge club all about it.'])).toBe(true);
    expect(asksNothing(['ok thx.', 'unrelated but whats good for dandruff'])).toBe(false);
    expect(asksNothing(['My husband wishes to know whether you can advise on his hay fever.'])).toBe(false);
    expect(looksLikeQuestion('mine are on my thighs is that ok')).toBe(true);
    expect(looksLikeQuestion('spf 30 enough or must 50')).toBe(true);
    expect(looksLikeQuestion('if i get it done thursday will my face still be red')).toBe(true);
    expect(looksLikeQuestion('on sunday i sing in the church choir, will my face still be red')).toBe(true);
    expect(looksLikeQuestion('i sing in the church choir, my face was red')).toBe(false);
    expect(looksLikeQuestion('if you say so')).toBe(false);
    expect(looksLikeQuestion('that is enough for me, thanks')).toBe(false);
    expect(looksLikeQuestion('and for the sun one, spf or is a hat fine')).toBe(true);
    expect(looksLikeQuestion('its her neck btw, thats fine to do right')).toBe(true);
    expect(looksLikeQuestion('my skin is going saggy round the jaw does microneedling tighten it')).toBe(true);
    expect(looksLikeQuestion('i have a beach holiday in 5 days, should i reschedule')).toBe(true);
    expect(looksLikeQuestion("i'm super fair and freckly, is it ok for my skin type")).toBe(true);
    expect(looksLikeQuestion("ok i'll ask my clinic")).toBe(false);
    expect(looksLikeQuestion('Two things: does microneedling help large pores')).toBe(true);
    expect(looksLikeQuestion('Just a note: loving the site')).toBe(false);
  });

  it('hears an answer read back and closed by thanks, or leaving with a reason, but not a question', () => {
    expect(closing("Great, that's my plan then. Thanks!")).toBe('reads_back');
    expect(closing('no exfoliating for a few days, got it 👍')).toBe('reads_back');
    expect(closing('Very clear. Thank you for explaining.')).toBe('reads_back');
    expect(closing('ok will ring the clinic, thanks')).toBe('reads_back');
    expect(closing('ok i will wait till after the baby comes. thanks hun')).toBe('reads_back');
    expect(closing('oh I see, a bit like pruning the roses so they come back stronger! cheers my lover')).toBe('reads_back');
    expect(closing('ok gonna sleep, night')).toBe('signs_off');
    expect(closing('can i wash my face the same night')).toBeUndefined();
    expect(closing('Worth a try. Cheerio.')).toBe('signs_off');
    expect(closing('ok will google it, bye')).toBe('signs_off');
    expect(closing('ok will bring a hat lol thanks')).toBe('reads_back');
    expect(closing('Shorter than a Devon shower, then.')).toBe('reads_back');
    expect(closing('and for scars then')).toBeUndefined();
    expect(closing('kids just got in, gotta go bye')).toBe('signs_off');
    expect(closing('thanks! off to burn the tea')).toBe('signs_off');
    expect(closing('brb gettin water')).toBe('signs_off');
    expect(closing('k sleeping now for real')).toBe('signs_off');
    expect(looksLikeQuestion('Oh how clever.')).toBe(false);
    expect(asksNothing(['Oh how clever. thank you dear'])).toBe(true);
    expect(closing('what about toners? thanks')).toBeUndefined();
    expect(closing('Please po, do they put numbing cream before? Thank you.')).toBeUndefined();
    expect(closing('i have to go out for lunch in the sun')).toBeUndefined();
    expect(closing('must go clinic or can do myself one')).toBeUndefined();
    expect(closing('right im off to peel 30 kilo of spuds, hwyl')).toBe('signs_off');
    expect(closing('im off to magaluf in june with the girls')).toBeUndefined();
  });

  it('reads past a pile of fillers to the question', () => {
    expect(looksLikeQuestion('ok but like do they numb u at the clinic')).toBe(true);
    expect(looksLikeQuestion('lol ngl does it hurt')).toBe(true);
  });

  it('hears "will it…" as a question and "(I) will ask…", "(it) would save me…" as none', () => {
    expect(looksLikeQuestion('will it hurt')).toBe(true);
    expect(looksLikeQuestion('ok will ask the clinic, bye')).toBe(false);
    expect(looksLikeQuestion('thanks, will pass it on')).toBe(false);
    expect(looksLikeQuestion('would save me so much concealer')).toBe(false);
    expect(looksLikeQuestion('would people notice')).toBe(true);
  });

  it('keeps an if-clause with the question after it, and a bare "issue?" with the statement it asks about', () => {
    expect(split('if I does it meself with the roller, how do I roll it')).toEqual(['if I does it meself with the roller, how do I roll it']);
    expect(split('if I have scars, how many sessions and is it safe?')).toHaveLength(2);
    expect(split('had a session this morning, we wanna hit the beach this arvo. issue?')).toHaveLength(1);
  });
});

describe('acknowledgementTest', () => {
  it('hears phrases however many there are, past the size one pattern holds', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `remark number ${i}`);
    const acknowledges = acknowledgementTest([...many, 'last of all']);
    expect(acknowledges('remark number 2999')).toBe(true);
    expect(acknowledges('ok, remark number 7. last of all')).toBe(true);
    expect(acknowledges('remark number 3000')).toBe(false);
  });

  it('hears words that only acknowledge, with or without emoji, and nothing that asks', () => {
    for (const text of [
      'sweet 🙌',
      'ok ur the best',
      'aright, respect',
      'lol this chatbot is cute',
      'interesting lol',
      'brilliant',
      'huh, neat',
      'thought so',
      'tx',
      'lol sorry wrong window',
      'alright peace',
      'Understood.',
      'thanks love',
      'cheers mate',
      'lol wrong chat mb',
      'sorry wrang tab',
      'braw',
      'oh lord ok',
      'nvm',
      'lol wrong chat sry',
      'vinaka',
      'God bless you my dear',
      'shoots',
      'Alright, thanks. Stay warm!',
      'choice',
      'okie dokie 👍',
      'nice one pet',
      "fa'afetai lava",
      'oops wrong app sorry',
      'oh my bad i thought this was google lol',
      'hmm if u say so',
      'shame ok.',
      'sigh ok',
      'sorry, wrong leaflet',
      'lol worth asking',
      'forget it',
      'ok forget that',
      'gn',
    ])
      expect(acknowledgesOnly(text)).toBe(true);
    for (const text of ['sweet, and for scars?', 'forget it, is it safe?', 'interesting, why?', 'brilliant question: how often?'])
      expect(acknowledgesOnly(text)).toBe(false);
  });

  it('reads phrases in any case and run together, and a question that opens on one as a question', () => {
    for (const text of ['OK THANKS', 'okok thanks', 'kkkk sorry wrong chat', 'Is it?', 'ah, is it so']) expect(acknowledgesOnly(text)).toBe(true);
    for (const text of ['Is it painful?', 'is it okay to soak a derma roller in peroxide?', 'ok thanks, and how often?', 'thanks so much doctor'])
      expect(acknowledgesOnly(text)).toBe(false);
  });

  it('reads a long run of remarks as remarks, and one that ends on something else as not only remarks', () => {
    expect(acknowledgesOnly('ok '.repeat(300))).toBe(true);
    expect(acknowledgesOnly(`${'ok '.repeat(300)}how often?`)).toBe(false);
  });
});

describe('saidOutsideQuestion', () => {
  it('tells words of the story before a question from words of the question', () => {
    expect(saidOutsideQuestion('I had bad cystic acne through college. Is it safe?', ['cystic', 'college'])).toBe(true);
    expect(saidOutsideQuestion('I have rosacea. Is it safe with rosacea?', ['rosacea'])).toBe(false);
    expect(saidOutsideQuestion('is it safe with rosacea', ['rosacea'])).toBe(false);
  });

  it('tells a clause of story beside the question, before or after it, from the question', () => {
    expect(saidOutsideQuestion('whats the downtime like, i work outside on a ranch', ['ranch'])).toBe(true);
    expect(saidOutsideQuestion('got a derma roller for christmas, how often should i be using it', ['christmas'])).toBe(true);
    expect(saidOutsideQuestion('is it safe for rosacea, i have it bad', ['rosacea'])).toBe(false);
    expect(saidOutsideQuestion('is it ok with rosacea, is it safe', ['rosacea'])).toBe(false);
  });

  it('hears leaving in other words, and a goodbye of its own but not thanks ending in one', () => {
    expect(closing('safe, soon come back')).toBe('signs_off');
    expect(closing('Thank God for that. Let me go and sleep, early start tomorrow')).toBe('signs_off');
    expect(closing('Never mind, I will ask my mother. Goodbye.')).toBe('signs_off');
    expect(closing('Thank you and goodbye.')).not.toBe('signs_off');
  });

  it('hears a question opened with "am i" without its question mark', () => {
    expect(looksLikeQuestion('am i gonna be alright in the sun all day')).toBe(true);
    expect(looksLikeQuestion('i am going to be in the sun all day')).toBe(false);
  });

  it('hears "u know if" and "while I\'m here, is…" as questions, and an emoji before "wat" as the end of a remark', () => {
    expect(looksLikeQuestion('u know if the red line is runnin on time today')).toBe(true);
    expect(looksLikeQuestion("while ah'm here, is the subway runnin on a sunday")).toBe(true);
    expect(looksLikeQuestion('you know how it is')).toBe(false);
    expect(split('just booked me first session 🙂 wat do i need to do after')).toHaveLength(2);
  });

  it('hears "wheres" as a question, and "what is microneedling, me sister…" as a question then who brought it up', () => {
    expect(looksLikeQuestion('wheres the nearest greggs to the quayside')).toBe(true);
    expect(split('what actualy is microneedling, me sister in law keeps banging on about it')).toHaveLength(2);
  });

  it('sets "why so long" apart from the wish after it, and drops a lead that only hands over the question, sets another aside or remarks on the wait', () => {
    expect(split('why so long ehn, I want see the change quick quick')).toEqual(['why so long ehn?', 'I want see the change quick quick']);
    expect(split('why so long, it seems a lot')).toEqual(['why so long, it seems a lot']);
    expect(split('ah. then tell me, does this microneedling do any good')).toEqual(['ah.', 'does this microneedling do any good']);
    expect(split('can you tell me, is it safe')).toEqual(['can you tell me, is it safe']);
    expect(split('ok never mind the bus, after the first time when do i go back')).toEqual(['after the first time when do i go back']);
    expect(split('so long, why not every week')).toEqual(['why not every week']);
    expect(split('ok forget it, which bus goes from valletta to sliema')).toEqual(['which bus goes from valletta to sliema']);
    expect(split('Never mind, it s the face I m worried about really')).toHaveLength(1);
  });

  it('reads a "bye" after a question as calling the listener, and after thanks or leaving as a goodbye', () => {
    expect(closing('wha about big pores, my nose look like a strawberry bye')).toBeUndefined();
    expect(closing('ok thanks for all the help bye')).toBe('signs_off');
    expect(closing('right so thats it from me bye')).toBe('signs_off');
  });
});
