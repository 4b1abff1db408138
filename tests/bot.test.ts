import type { ConversationContext, Reply } from '../src/bot';
import { loadContent } from '../src/data/content';
import { sharedBot } from './kit/bot';

const bot = sharedBot();
const THANKS_REPLY = loadContent().messages.thanks;

/** Plays a conversation and returns each turn's replies joined, the way a person reads them. */
function play(...messages: string[]): string[] {
  let context: ConversationContext | undefined;
  return messages.map((message) => {
    const result = bot.respond(message, context);
    context = result.context;
    return result.replies.map((r) => r.text).join('\n');
  });
}

describe('MicroneedlingBot', () => {
  it("answers how often with the article's interval and offers next questions", () => {
    const { replies } = bot.respond('how often should I microneedle?', undefined);
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toContain('4-6 weeks');
    expect(replies[0].section).toBe('How Often Should We Micro-needle Our Skin?');
    expect(replies[0].suggestions.length).toBeGreaterThanOrEqual(2);
    expect(replies[0].suggestions.length).toBeLessThanOrEqual(4);
  });

  it('understands elliptical follow-ups in the context of the last answer', () => {
    const [, stretch, loose] = play('how often should I microneedle?', 'what about stretch marks?', 'and for loose skin?');
    expect(stretch).toMatch(/stretch marks/i);
    expect(stretch).toMatch(/more sessions/);
    expect(loose).toMatch(/fewer sessions/);
  });

  it('asks the last silence again for the tool: "and a roller for home?" after the cost', () => {
    const [, roller] = play('how much does a session cost?', 'and a roller for home?');
    expect(roller).toMatch(/doesn't cover the cost/);
  });

  it('carries a follow-up on to a problem in a body area, then says the article is silent on the area', () => {
    const [, neck] = play('how many sessions for stretch marks?', 'and for saggy skin on the neck');
    expect(neck).toMatch(/fewer sessions/);
    expect(neck).toMatch(/doesn't cover which areas of the body/);
  });

  it('answers "and pores?", "why?" and "tell me more" about the current topic', () => {
    const [, pores, why] = play('what are the benefits?', 'and pores?', 'why?');
    expect(pores).toMatch(/pore/);
    expect(why).toMatch(/collagen/);
    const [, more] = play('how does microneedling produce collagen?', 'tell me more');
    expect(more).toMatch(/elastin|skin cells/);
  });

  it('goes on with the last answer on "and?", and says so once the article has nothing more on it', () => {
    const [often, and, more] = play('how often should I do it?', 'and?', 'what else');
    expect(often).toMatch(/4-6 weeks/);
    expect(and).toMatch(/^The article adds/);
    expect(more).toMatch(/^That's everything the article says about how often to microneedle/);
    expect(bot.respond('what else', undefined).replies[0].intent).not.toBe('frequency');
  });

  it('says where an answer came from and gives it again when asked "is that from the article?"', () => {
    const [scars, vouched] = play('does it help acne scars?', 'is that from the article?');
    expect(vouched).toMatch(/one article/);
    expect(vouched).toContain(scars);
    const [, where] = play('does it help acne scars?', 'where did you get this info?');
    expect(where).not.toContain(scars);
  });

  it('gives the last answer again, with its caveat, to "are you sure?", but only remarks on "sounds made up"', () => {
    const [sessions, sure] = play('how many sessions for acne scars?', 'are you sure?');
    expect(sure).toMatch(/general information/);
    expect(sure).toContain(sessions);
    const [pores, remark] = play('do big pores shrink?', 'sounds made up');
    expect(remark).not.toContain(pores);
    const [silence, doubted] = play('how long do results last?', "are you sure? seems like something they'd mention");
    expect(silence).toMatch(/doesn't cover how long the results last/);
    expect(doubted).toMatch(/general information/);
    expect(doubted).toContain(silence);
  });

  it("gives the article's own words for the last answer, or for a topic named, when asked what exactly it says", () => {
    const [, quoted] = play('does it shrink pores?', 'what exactly does it say?');
    expect(quoted).toMatch(/^In the article's own words, under "Shrink Pores": ".*collagen around each pore makes it plumped\."$/);
    const [, acne] = play('how often?', 'exact wording about acne please');
    expect(acne).toMatch(/well-known skincare clinic help to purify and clear your skin from acne/);
  });

  it('gives the interval when asked how often to use the tool, whatever the question says of results', () => {
    const [reply] = play('How often should I use my derma roller to achieve the most effective results for my skin?');
    expect(reply).toMatch(/4-6 weeks/);
    expect(play('How does microneedling help with redness?')[0]).toMatch(/doesn't mention treating facial redness/);
  });

  it('answers what microneedling is after a remark with a silence of its own', () => {
    const [reply] = play('hiii just got back from the gym and im dying. so what even is microneedling exactly');
    expect(reply).toMatch(/tiny needles/);
  });

  it('answers the claim a remark reports when the visitor asks whether it holds', () => {
    const [reply] = play("My sister just told me I shouldn't use my alcohol toner after microneedling. Is she right?");
    expect(reply).toMatch(/alcohol-based toners/);
  });

  it('only thanks back when thanks come with remarks that ask nothing, and still refuses a question beside thanks', () => {
    const intents = (message: string) => bot.respond(message, undefined).replies.map((r) => r.intent);
    expect(intents('Thank you, dear. I shall tell the ladies at my bridge club all about it.')).toEqual(['thanks']);
    expect(intents('thx. unrelated but whats good for dandruff')).toEqual(['out_of_scope']);
  });

  it('says a clinic\'s practical details are not in the article, and hears no age in "as a kid"', () => {
    expect(bot.respond('are you open on saturdays?', undefined).replies.map((r) => r.intent)).toEqual(['not_covered']);
    const [scar] = bot.respond('got a scar on my chin from a bike crash as a kid. would this do anything', undefined).replies;
    expect(scar.text).toMatch(/scar/);
    expect(scar.text).not.toMatch(/age limits/);
  });

  it('keeps the conversation a message took when a short aside ends it', () => {
    const [, why] = play("Doesn't poking holes make my pores bigger? Seems backwards to me.", 'how come');
    expect(why).toMatch(/collagen/);
  });

  it('hears "for me" in a question after a remark as the remark\'s situation', () => {
    const [reply] = play("I'm 5 months pregnant. Is microneedling safe for me right now?");
    expect(reply).toMatch(/pregnancy/);
    expect(reply).not.toMatch(/safest/);
  });

  it('answers a question it is sure of beside the silence a remark before it met', () => {
    const [reply] = play('clinic is trying to upsell me an aftercare kit. do i actually need special products after?');
    expect(reply).toMatch(/doesn't cover upselling/);
    expect(reply).toMatch(/exfoliat/);
  });

  it('reads a question as qualified by a circumstance told after it, as one told before it', () => {
    for (const message of [
      "Is it safe? I'm pregnant",
      'is it Safe. I am on Warfarin for my heart.',
      'I am pregnant. Can I do microneedling now or must I wait?',
    ]) {
      const [reply] = play(message);
      expect(reply).toMatch(/doesn't cover microneedling (during pregnancy|while taking medication)/);
      expect(reply).not.toMatch(/safest/);
    }
  });

  it('acknowledges a reaction to an answer that the classifier leans to calling a goodbye, and says goodbye to a goodbye', () => {
    const [, reaction, bye] = play('what are the benefits?', "oh that's good to know", 'ok bye');
    expect(reaction).toBe(THANKS_REPLY);
    expect(bye).not.toBe(THANKS_REPLY);
  });

  it('thanks back when the visitor reads the last answer back, and still answers a question that ends with thanks', () => {
    const [, readBack, question] = play(
      'how should I protect my skin from the sun after?',
      'ok, sunscreen and a hat. got it',
      'and how often can I do it? thanks',
    );
    expect(readBack).toBe(THANKS_REPLY);
    expect(question).toMatch(/4-6 weeks/);
  });

  it('keeps the conversation the question took when a remark after it asks nothing', () => {
    const [, timing] = play('Does microneedling help wrinkles? Asking for my brother.', "how long till he'd see a difference?");
    expect(timing).toMatch(/wrinkles/);
    expect(timing).not.toMatch(/2-3/);
  });

  it('keeps the skin problem being discussed through an explanation of how it works', () => {
    const [, , sessions] = play('does it shrink pores?', "how come, isn't it making holes?", 'how many sessions for that?');
    expect(sessions).toMatch(/pores/);
    expect(sessions).not.toMatch(/2-3/);
  });

  it('keeps the skin problem being discussed through a silence on something else', () => {
    const [, hands, timing] = play('does microneedling help with pigmentation?', 'and on my hands?', 'how soon would the spots fade?');
    expect(hands).toMatch(/areas of the body/);
    expect(timing).toMatch(/pigmentation/);
    expect(timing).not.toMatch(/2-3/);
  });

  it('goes on from the last answer when a message naming microneedling points back at it', () => {
    const [, more] = play('what is collagen?', 'and microneedling makes more of it?');
    expect(more).toMatch(/collagen/);
    expect(more).not.toMatch(/rephrase/);
  });

  it('answers "how long does that last?" about what was just discussed', () => {
    const [, duration] = play('what happens right after a session?', 'how long does that last?');
    expect(duration).toMatch(/hour or two/);
  });

  it('carries the topic into the next question about treatment', () => {
    const [, sessions] = play('does microneedling help with scars?', 'how many sessions would I need?');
    expect(sessions).toContain('2-3 sessions');
  });

  it('never answers an unrelated question with a microneedling fact, even mid-conversation', () => {
    const [, hair, water, france] = play(
      'how often should I microneedle?',
      'how often should I wash my hair?',
      'benefits of drinking water',
      "what's the capital of France?",
    );
    for (const reply of [hair, water, france]) {
      expect(reply).toMatch(/only answer questions about microneedling/);
      expect(reply).not.toMatch(/4-6 weeks|collagen/);
    }
  });

  it('says where the article is silent and points to a professional', () => {
    for (const question of [
      'is microneedling painful?',
      'how much does it cost?',
      'can I do it while pregnant?',
      'How many hours before I can wash my face?',
    ]) {
      const [reply] = play(question);
      expect(reply).toMatch(/doesn't cover/);
      expect(reply).toMatch(/dermatologist|professional/);
    }
  });

  it('keeps a follow-up that leans on the conversation about microneedling, however much it resembles everyday skincare', () => {
    const [, micellar, pick] = play('what should i avoid after a session?', 'what about micellar water?', 'should i pick them?');
    expect(micellar).toMatch(/doesn't cover/);
    expect(pick).not.toMatch(/only answer questions about microneedling/);
  });

  it('asks the last question again for another moment: "and after?" after a silence is the same silence', () => {
    const [before, after] = play('can i use retinol before microneedling?', 'and after?');
    expect(before).toMatch(/doesn't cover retinoids/);
    expect(after).toMatch(/doesn't cover retinoids/);
    expect(play('how do i prepare for my session?', 'and after?')[1]).toMatch(/aftercare/);
  });

  it('takes asking whether something may be used on what a session leaves as a question about microneedling', () => {
    const [, ice] = play('how long does the redness last?', 'can i use ice for the redness?');
    expect(ice).toMatch(/doesn't cover ice/);
  });

  it('says when a benefit asked about is not among those the article names', () => {
    const [reply] = play('Is microneedling good for dark circles?');
    expect(reply).toMatch(/doesn't mention dark circles/);
    expect(reply).toMatch(/scar treatment/);
  });

  it('answers a question on something the article is silent about with that silence only', () => {
    const { replies } = bot.respond('how much does it cost?', undefined);
    expect(replies.map((r) => r.intent)).toEqual(['not_covered']);
    expect(replies[0].text).toMatch(/cost/);
    // What the article says of the needles truly relates to their depth, and is offered as such.
    const [depth, related] = bot.respond('how deep do the needles go?', undefined).replies;
    expect(depth.text).toMatch(/needle length/);
    expect(related.text).toMatch(/^What the article does say on a related point: .*tiny needles/);
  });

  it('answers both questions of a two-question message, suggestions only on the last', () => {
    const { replies } = bot.respond('what are the benefits and how often?', undefined);
    expect(replies.map((r) => r.intent)).toEqual(['benefits', 'frequency']);
    expect(replies[0].suggestions).toEqual([]);
    expect(replies[1].suggestions.length).toBeGreaterThan(0);
  });

  it('tolerates typos', () => {
    expect(play('how oftn shud i microneedel')[0]).toContain('4-6 weeks');
  });

  it('lets a short off-topic remark beside a greeting pass without a refusal, but not an off-topic request', () => {
    expect(play('hello! love your website')[0]).not.toMatch(/only answer questions about microneedling/);
    expect(play('hi. can you advise on treatment for hay fever')[0]).toMatch(/only answer questions about microneedling/);
    expect(play('hiya is it going to rain this afternoon')[0]).toMatch(/only answer questions about microneedling/);
    expect(play("Good morning to you. Isn't it a glorious day?")[0]).not.toMatch(/only answer questions about microneedling/);
  });

  it('takes a message of emoji alone as an acknowledgement', () => {
    expect(bot.respond('👍', undefined).replies.map((r) => r.intent)).toEqual(['thanks']);
    expect(bot.respond('thanks so much!! 😊', undefined).replies.map((r) => r.intent)).toEqual(['thanks']);
  });

  it('handles greetings, thanks, goodbye, capabilities and "are you a bot?"', () => {
    const replies = ['hello', 'thanks!', 'bye', 'what can you do?', 'are you a bot?'].map((m) => bot.respond(m, undefined).replies[0].intent);
    expect(replies).toEqual(['greeting', 'thanks', 'goodbye', 'capabilities', 'bot_identity']);
  });

  it('sums up the whole article on request, and a section of it as that section', () => {
    const [summary] = play('can you give me a quick summary of the article?');
    expect(summary).toMatch(/4-6 weeks/);
    expect(summary).toMatch(/exfoliators/);
    expect(bot.respond('can you summarise the aftercare section?', undefined).replies[0].intent).toBe('aftercare');
  });

  it('thanks a visitor for a remark it cannot place without asking them to rephrase it', () => {
    expect(bot.respond('interesting. thanks', undefined).replies.map((r) => r.intent)).toEqual(['thanks']);
  });

  it('meets disbelief with where its answers come from, not with a silence about the words of it', () => {
    const [, doubt] = play('how often should I microneedle?', 'hmm, I doubt that');
    expect(doubt).toMatch(/only repeat what the article/);
    expect(doubt).not.toMatch(/doesn't (cover|mention)/);
  });

  it('welcomes with a one-line disclaimer that answers do not repeat', () => {
    expect(bot.welcome(false).text).toMatch(/not medical advice/);
    expect(bot.welcome(true).intent).toBe('welcome_back');
    expect(play('is microneedling safe?')[0]).not.toMatch(/medical advice/);
  });

  it('forgets the context after it expires', () => {
    const first = bot.respond('how often should I microneedle?', undefined, 0);
    const later = bot.respond('why?', first.context, 31 * 60_000);
    expect(later.replies[0].intent).toBe('unclear');
  });

  it.each([undefined, null, 42, '', '   ', { text: 'hi' }])('replies politely to non-text input %p', (raw) => {
    const { replies } = bot.respond(raw, undefined);
    expect(replies[0].intent).toBe('empty');
  });

  it('asks for a shorter message instead of answering a very long one', () => {
    const { replies } = bot.respond('how often '.repeat(200), undefined);
    expect(replies[0].text).toMatch(/fewer than 1,000 characters/);
  });

  it('gives the same words after the same answer the same turn, each context stamped with its own time', () => {
    const first = bot.respond('how often should I microneedle?', undefined, 1_000);
    const again = bot.respond('how often should I microneedle?', undefined, 2_000);
    expect(again.replies).toEqual(first.replies);
    expect(again.context).toEqual({ ...first.context, updatedAt: 2_000 });
    // An aside leaves the conversation where it was, with the time it was last changed.
    const aside = bot.respond("what's the weather tomorrow?", first.context, 3_000);
    const asideAgain = bot.respond("what's the weather tomorrow?", again.context, 4_000);
    expect(aside.context.updatedAt).toBe(1_000);
    expect(asideAgain.context.updatedAt).toBe(2_000);
    expect(asideAgain.replies).toEqual(aside.replies);
    // A context past its time to live is no context: the follow-up is read afresh.
    expect(bot.respond('and for scars?', first.context, 1_000 + 31 * 60 * 1000).replies).toEqual(bot.respond('and for scars?', undefined).replies);
  });

  it('keeps every reply concise', () => {
    for (const q of ['what is microneedling?', 'what are the benefits?', 'what is the aftercare?', 'is it safe?', 'can I do it at home?']) {
      for (const reply of bot.respond(q, undefined).replies) expect(reply.text.length).toBeLessThan(600);
    }
  });
});

describe('MicroneedlingBot grounded in the article', () => {
  const reply = (message: string, ...before: string[]) => {
    let context: ConversationContext | undefined;
    for (const earlier of before) context = bot.respond(earlier, context).context;
    return bot.respond(message, context).replies;
  };
  /** A reply that names the article's silence first, then the answer beside it. */
  const silenceThen = (message: string, silence: RegExp, answer: Partial<Reply>) => {
    const [first, second] = reply(message);
    expect(first.text).toMatch(silence);
    expect(second).toMatchObject(answer);
  };
  const text = (message: string, ...before: string[]) =>
    reply(message, ...before)
      .map((r) => r.text)
      .join('\n');
  /** The intents of the replies: ['thanks'] for a remark only acknowledged. */
  const intents = (message: string, ...before: string[]) => reply(message, ...before).map((r) => r.intent);

  it('does not let a shared word answer a different question', () => {
    const wine = reply('can I have a glass of wine the evening after?');
    expect(wine[0].intent).toBe('not_covered');
    expect(wine[0].text).toMatch(/doesn't cover drinking alcohol/);
    // The nearest fact is offered only labelled as such.
    expect(wine[1]?.text ?? '').toMatch(/^What the article does say on a related point: .*alcohol-based toners/);
    expect(reply('what should I do to get ready for my appointment?')[0].intent).toBe('not_covered');
    expect(text('how many times a week should I use my roller at home?')).toMatch(/4-6 weeks/);
  });

  it('says "not covered" for a subject no list names, in a sentence taken from the question', () => {
    expect(text('can I use coconut oil after microneedling?')).toMatch(/^The article doesn't cover coconut oil after a session\./);
    expect(text('how long does the tingling last after microneedling?')).toMatch(/^The article doesn't say how long the tingling lasts after a session\./);
  });

  it('gives the nearest advice on a silence about the problem the story before it told', () => {
    const story = reply('had one session for my acne scars and see zero difference. did i waste my money?');
    expect(story.map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
    expect(story[1].text).toMatch(/2-3 sessions/);
  });

  it('keeps other treatments apart: only microneedling, and its side of a comparison', () => {
    expect(reply('how much downtime after a chemical peel?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('what is a botox injection?')).toMatch(/only about microneedling.*Botox/);
    const comparison = reply('is microneedling better than laser for acne scars?');
    expect(comparison.map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
    expect(comparison[0].text).toMatch(/doesn't discuss laser treatments/);
    expect(comparison[1].text).toMatch(/2-3 sessions/);
    const helpsOrOther = reply('does this do anything for wrinkles or is botox the only real fix');
    expect(helpsOrOther.map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
    expect(helpsOrOther[1].text).toMatch(/wrinkles/);
    const combined = reply('my derm mentioned a chemical peel next time too, can i do both');
    expect(combined.map((r) => r.intent)).toEqual(['not_covered']);
    expect(combined[0].text).toMatch(/doesn't discuss chemical peels, or how they compare or combine/);
    // Named in one sentence, weighed in the next.
    const weighed = reply("I'm torn between fractional laser and microneedling for my old acne marks. Which one has less downtime?");
    expect(weighed.map((r) => r.intent)).toEqual(['not_covered', 'not_covered', 'side_effects']);
    expect(weighed[0].text).toMatch(/doesn't discuss laser treatments/);
  });

  it('weighs microneedling against the other treatment just asked about when the next message points back to it', () => {
    const [, that] = play('do yous do botox', 'whats the difference between that and microneedling');
    expect(that).toMatch(/doesn't discuss Botox/);
    expect(play('is botox better?', 'and how does microneedling compare with it?')[1]).toMatch(/doesn't discuss Botox/);
    const [, , pen] = play('is laser hair removal painful', 'ok', 'ok different thing, my sister uses a derma pen, what even is that');
    expect(pen).not.toMatch(/doesn't discuss/);
  });

  it('says microneedling with PRP or radiofrequency is not covered, rather than off topic', () => {
    expect(reply('what is a vampire facial?').map((r) => r.intent)).toEqual(['not_covered']);
    expect(text('what is a vampire facial?')).toMatch(/doesn't cover microneedling with PRP/);
    expect(text('is morpheus8 better?')).toMatch(/doesn't cover radiofrequency \(RF\) microneedling/);
  });

  it('says what the article lacks for devices and products it never names, with its nearest advice', () => {
    expect(text('what is a derma stamp?')).toMatch(/doesn't cover derma stamps/);
    expect(text('can I use moisturizer after microneedling?')).toMatch(/doesn't cover moisturiser after a session[\s\S]*sooth/);
    expect(text('what is hyaluronic acid?')).not.toMatch(/related point/);
  });

  it('reads a town at the end of a question as where the visitor is, and a new topic after another answer on its own', () => {
    expect(text('Is it safe to use a derma roller in Westminster?')).toMatch(/safest/);
    const [, downtime] = play('how often should I microneedle?', 'what about downtime?');
    expect(downtime).toMatch(/hour or two/);
  });

  it('answers on the problem, not the tool, and asks how often whatever tool is named', () => {
    expect(reply('how long does a dermapen take to heal?').map((r) => r.intent)).toEqual(['side_effects']);
    expect(text('can a derma roller be used daily?')).toMatch(/4-6 weeks/);
    expect(text('is at-home microneedling safe?')).toMatch(/safest.*yourself/);
  });

  it('treats on-topic questions without the word "microneedling" as on topic', () => {
    expect(text('am I a good candidate?')).toMatch(/doesn't cover who is a good candidate/);
    expect(text('which roller should I buy?')).toMatch(/doesn't cover which derma roller or pen to buy/);
    expect(text('should I go to a facialist or a dermatologist for this?')).toMatch(/skincare clinic/);
  });

  it('answers a message that names its own subject on that subject, whatever came before', () => {
    expect(text('how long does the redness last?', 'how often should I microneedle?')).toMatch(/hour or two/);
    expect(text('tell me more about how it shrinks pores')).toMatch(/plumps/);
    expect(text('how many sessions?', 'does it help with scars?')).toMatch(/2-3 sessions/);
  });

  it('asks the last answer its reason or its workings in words that name no subject of their own', () => {
    expect(text("what's the biological reason it gives for that", 'what are the benefits for scars?')).toMatch(/collagen/);
    expect(text('and how is microneedling supposed to counter that?', 'what does it do for aging skin?')).toMatch(/tighten|smooth/);
  });

  it('answers what microneedling is when a message ends by asking it, whatever the story before', () => {
    expect(text('ok so i keep seeing derma rollers all over my fyp what even is microneedling')).toMatch(/cosmetic procedure/);
  });

  it('hears a question in Singlish word order and its particles as no subject', () => {
    const needles = text('the needles got how many ah, sounds scary sia');
    expect(needles).toMatch(/hundreds of tiny needles/);
    expect(needles).not.toMatch(/doesn't mention/);
    expect(text('my friend has spots. can she have it done while the spots are actually active tho')).toMatch(/doesn't cover microneedling over active acne/);
  });

  it('asks the last silence or answer again when only a rough figure is asked for', () => {
    const [, roughly, ballpark] = play('cost?', 'roughly', 'ballpark?');
    expect(roughly).toMatch(/doesn't cover the cost/);
    expect(ballpark).toMatch(/doesn't cover the cost/);
    expect(play('how many sessions for scars?', 'roughly?')[1]).toMatch(/2-3 sessions/);
  });

  it('meets a reported claim about a topic with what the article says of it, not with thanks', () => {
    const [, claim] = play('how often?', 'really?? the girl on youtube said every 2 days is fine');
    expect(claim).toMatch(/4-6 weeks/);
    expect(claim).not.toMatch(/Glad to help/);
  });

  it('hears follow-ups and topics in everyday words: a guessed span, a home roller, what is normal, reactive skin, openings, clothes, the gap, getting ready, spots, sharing, something new, aftershave', () => {
    expect(play('should I avoid the sun after?', 'for how long tho, like a whole week?')[1]).toMatch(/doesn't say exactly how long/);
    expect(play('cost?', 'and a home roller?')[1]).toMatch(/doesn't cover the cost/);
    expect(play('is swelling normal?', 'so what IS normal then?')[1]).toMatch(/warm and tight/);
    expect(play('is it safe?', 'even for skin that reacts to basically everything?')[1]).toMatch(/doesn't cover specific skin conditions/);
    expect(text('Do you have openings this Thursday?')).toMatch(/doesn't cover booking/);
    expect(text('What should I wear to my appointment?')).toMatch(/doesn't cover what to wear to a session/);
    expect(text('whats the normal gap meant to be again')).toMatch(/4-6 weeks/);
    expect(text('what should the gap between sessions be for scars?')).toMatch(/4-6 weeks/);
    expect(text('anything to do before')).toMatch(/doesn't cover how to prepare for a session/);
    expect(text('My grandson is 16 and has spots all over his face. Would microneedling help him')).toMatch(/acne/);
    expect(text('is it ok to do it while i actually have spots though? ive got a couple right now')).toMatch(/doesn't cover microneedling over active acne/);
    expect(text('random but do you know a good brunch spot in Adelaide?')).not.toMatch(/acne/);
    expect(text('Can my sister also use the same roller?')).toMatch(/doesn't cover sharing a derma roller/);
    const aftershave = text('he normally slaps on an aftershave with alcohol in it');
    expect(aftershave).toMatch(/doesn't cover aftershave after a session/);
    expect(aftershave).toMatch(/alcohol-based toners/);
    expect(text('Please can you tell me if this is something new. I have never heard of it before.')).toMatch(/decades/);
    expect(text('what should i wear after, like a hat?')).toMatch(/sun hat/);
  });

  it('asks for English when a message in another language cannot be placed, and names no silence in its words', () => {
    expect(text('estoy embarazada, puedo hacerme microneedling?')).toMatch(/only read English/);
    const pores = text('tengo los poros bien abiertos, me sirve?');
    expect(pores).toMatch(/pores/);
    expect(pores).not.toMatch(/doesn't cover/);
  });

  it('asks for English, not a question about microneedling, when a message is written in another script', () => {
    for (const message of ['Что такое мезороллер и безопасен ли он?', 'कैसे काम करता है डर्मा रोलर?', 'ダーマローラーの頻度は?']) {
      expect(reply(message).map((r) => r.intent)).toEqual(['other_language']);
    }
    expect(reply('what is a derma roller? 🙂').map((r) => r.intent)).not.toContain('other_language');
  });

  it('reads everyday phrasings: an acknowledgement brushing a topic, calming down, a doubt about holes, a different question', () => {
    expect(text('worth a shot lol. bye')).not.toMatch(/worth it/);
    expect(text('had it done this morning and still a bit red. big presentation tomorrow, will it have calmed down?')).toMatch(/hour or two/);
    expect(play('does it help big pores?', 'But how can this be logical, if the needles make even more little holes in the skin?')[1]).toMatch(/plump/);
    expect(text('Sorry, a totally different question: do you know a good recipe for protein pancakes after the training?')).toMatch(
      /can only answer questions about microneedling/,
    );
    expect(text('Do you know where I can buy a good one in Germany?')).toMatch(/doesn't cover which derma roller or pen to buy/);
    expect(play('cost?', 'and a roller to use at home?')[1]).toMatch(/doesn't cover the cost/);
    expect(text("G'day! anyone home?")).not.toMatch(/derma roller/);
    expect(text('is it covered by OHIP or my work benefits')).toMatch(/doesn't cover the cost/);
    expect(text('And will I look a fright afterwards? I have bridge club the next day.')).toMatch(/hour or two/);
    expect(text('how soon can i do heavy work after, digging and lifting and that')).toMatch(/doesn't cover exercising/);
    expect(text('should i get my skin looked at first or just book in')).toMatch(/diagnosing/);
    expect(play('can i go to the gym after?', 'what about the next day then')[1]).toMatch(/doesn't cover exercising/);
    expect(play('how often?', 'sorry just to confirm, did you say every 4 to 6 days or 4 to 6 weeks?')[1]).toMatch(/4-6 weeks/);
    expect(text('did you say the aftercare is as important as the treatment itself?')).toMatch(/as important as the treatment/);
    expect(play('how long does the redness last?', "It's been about 5 hours now though")[1]).not.toMatch(/popular/);
    expect(text('quick one how long btwn sessions')).toMatch(/4-6 weeks/);
    expect(text('gotta get kids from school after will i look weird')).not.toMatch(/age limits/);
    expect(text('is it safe for kids?')).toMatch(/doesn't cover age limits/);
  });

  it('hears "for me" in a long question after a remark as the remark\'s circumstance', () => {
    expect(text('Hello. I take warfarin for my heart. Is it safe for me to have this needling done')).toMatch(
      /doesn't cover microneedling while taking medication/,
    );
  });

  it('hears "stop that" in a long question after a remark as the activity the remark told of', () => {
    const spin = 'I do a spin class three times a week, it is my outlet. Would I have to stop that after microneedling, and for how long?';
    expect(text(spin)).toMatch(/doesn't cover exercising/);
    expect(text('Would I have to stop exfoliating after microneedling, and for how long?')).not.toMatch(/exercis/);
  });

  it('hears "still go" and "go back to using it" after a remark as the activity or product the remark told of', () => {
    expect(text('I go to a spin class on Tuesday evenings. Could I still go if I had microneedling that morning?')).toMatch(/doesn't cover exercising/);
    expect(text('I use a retinol cream at night. When can I go back to using it after microneedling?')).toMatch(/doesn't cover retinoids/);
    expect(text('When can I go back to using my cleanser after microneedling?')).not.toMatch(/retinoids|exercis/);
  });

  it('reads "how many sessions make up a course" as a count of sessions, not as makeup', () => {
    const course = text('Does the article actually say how many sessions make up a full course?');
    expect(course).not.toMatch(/makeup/);
    expect(course).toMatch(/depends on the problem/);
    expect(text('can i put make up on the day after?')).toMatch(/doesn't cover wearing makeup/);
  });

  it('reads a plan to book as the setting of a question, and asks who performs it for "a doctor or just the beautician"', () => {
    expect(text("I'm thinking of booking in for microneedling for my pores. What are the main benefits?")).not.toMatch(/booking/);
    expect(play('do they check my skin first', 'is that a doctor or just the beautician')[1]).toMatch(/who may perform microneedling/);
  });

  it('names no skin problem for the words of another treatment\'s name: "red light therapy" asks nothing about redness', () => {
    const [others, safety] = reply('Red-light therapy, dermaplaning and microneedling — are they safe?');
    expect(others.text).toMatch(/only about microneedling/);
    expect(safety.text).toMatch(/safest skincare technique/);
  });

  it('hears "how quickly does it go away" after the after-effects as how long they last, not when results show', () => {
    expect(play('how long does the redness last', 'how quickly does it go away')[1]).toMatch(/hour or two/);
    expect(play('what does your skin feel like straight after', 'and how fast does that go')[1]).toMatch(/hour or two/);
    expect(play('does it help acne scars', 'how fast does it work')[1]).toMatch(/2-3 sessions/);
  });

  it('names patch tests and the wait "afterward" as silences, and lets a call to other readers pass', () => {
    expect(text('Patch Test. Do I need one?')).toMatch(/doesn't cover patch tests/);
    expect(text('For how many days afterward should I keep out of the sun?')).toMatch(/doesn't say how long to wait/);
    const healing = reply('How long is the healing time for microneedling? Does anybody have any idea?');
    expect(healing.map((r) => r.intent)).toEqual(['side_effects']);
  });

  it('hears that the schedule depends on skin type, a session\'s length at the clinic, a typhoon and "told him" as meant', () => {
    expect(play('how often should i do it', 'it depends on skin type?')[1]).toMatch(/diagnosing your skin type/);
    expect(text('How long does a session at the clinic take?')).toMatch(/doesn't cover how long a session takes/);
    expect(reply('is there typhoon this weekend? I have appointment on saturday').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('ha see, told him').map((r) => r.intent)).not.toContain('not_covered');
  });

  it('answers a question about a problem the article treats after a remark about another treatment, unless it points back', () => {
    expect(text('I had a couple of radio-frequency facials last year. How many sessions would my acne scars need?')).toMatch(/2-3 sessions/);
    expect(text('I had a chemical peel last week. Will it help my scars?')).toMatch(/only about microneedling/);
    expect(text('Do you know about laser CO2? Is good for scars?')).not.toMatch(/2-3 sessions/);
  });

  it('hears why a course of several sessions, how long the marks last and when one can appear in public', () => {
    expect(text('So, why a series of treatments instead of just one?')).toMatch(/doesn't say why some problems need more sessions/);
    expect(text('How Long Do Microneedling Marks Last?')).toMatch(/hour or two/);
    expect(text('How long before could I appear in public with my fresh new look?')).toMatch(/hour or two/);
  });

  it('gives the article\'s word on acne to whether it is safe for acne, and names religious rulings and a singular "how many session"', () => {
    expect(text('Is Microneedling Safe for Acne?')).toMatch(/well-known skincare clinic/);
    expect(play('does it help with acne scars?', 'is this actually safe?')[1]).toMatch(/safest skincare technique/);
    expect(text('What is the ruling on using a derma pen while fasting?')).toMatch(/religious rules/);
    expect(text('How Many Session of Microneedling for Effective Results?')).toMatch(/depends on the problem/);
  });

  it('weighs "more effective than Botox", and times another treatment after microneedling, as comparisons', () => {
    const [other, side] = reply('Is it more effective than Botox for forehead lines?');
    expect(other.text).toMatch(/doesn't discuss Botox/);
    expect(side.text).toMatch(/wrinkles/);
    expect(play('does it help pigmentation?', 'how soon after can I book a chemical peel')[1]).toMatch(/how they compare or combine/);
  });

  it('names age limits, tenderness, a partner as a candidate and the skin check before a session', () => {
    expect(text('Is there a minimum or maximum age for it?')).toMatch(/doesn't cover age limits/);
    expect(text('Is it normal to still feel a bit tender today?')).toMatch(/doesn't cover pain/);
    expect(text('could my wife do it too? shes 41')).toMatch(/good candidate/);
    expect(text('what products can my wife use after microneedling?')).not.toMatch(/good candidate/);
    const check = reply("the therapist didn't really ask me much about my skin before she started, should she have?");
    expect(check.map((r) => r.text).join(' ')).toMatch(/diagnosing your skin type/);
    expect(check.map((r) => r.text).join(' ')).not.toMatch(/therapist/);
    expect(text('Microneedling : who is this good for ?')).toMatch(/good candidate/);
  });

  it('goes on from a silence to how long the advice beside it holds, and joins the choices told after a question to it', () => {
    expect(play('is sun ok after?', 'what spf', 'for how many days')[2]).toMatch(/doesn't say exactly how long/);
    expect(
      text("which one's better tho for someone on a student budget? roller or clinic", 'can i do it at home or do i have to go to a clinic for it'),
    ).toMatch(/doesn't cover whether doing it at home works as well as at a clinic/);
  });

  it('hears "what needs fewer?" as which the last answer says, and "is that from the needling?" as a possible after-effect', () => {
    expect(play('does everyone need the same number of sessions', 'what needs fewer?')[1]).toMatch(/loose, saggy skin/);
    expect(text("I've got two little pimples coming up on my chin since yesterday. Is that from the needling?")).toMatch(/as a side effect/);
  });

  it('quotes the article for "where does it say that?", and takes an interruption or a dinner question as what they are', () => {
    expect(play('and for acne scars how many sessions til u see a difference', 'where does it say that?')[1]).toMatch(/In the article's own words/);
    expect(play('does it help pigmentation?', 'where does the article mention pigmentation?')[1]).toMatch(/In the article's own words/);
    expect(play('can i do it at home?', 'and where does it say you can get it done?')[1]).not.toMatch(/In the article's own words/);
    expect(reply('sorry my 4yo just spilled juice everywhere lol').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('sorry back to the needling, can i do it on my tummy or is it just face').map((r) => r.intent)).not.toContain('thanks');
    expect(reply('anyone have a quick dinner idea lol its 5pm and i got nothing').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('names driving home, a hot tub and a GP surgery for what they are', () => {
    expect(text('and would I be able to drive home after?')).toMatch(/doesn't cover going back to work or school, or going out/);
    expect(text('hot tub after?')).toMatch(/doesn't cover exercising/);
    expect(text('haha stress it is so, I work in a GP surgery')).not.toMatch(/surgery/);
  });

  it('answers a pointing question after a remark from the remark, and "hurting your skin on purpose" with how it works', () => {
    expect(text('My usual toner has alcohol in it. Is it ok if I keep using it after a session?')).toMatch(/avoid alcohol-based toners/);
    expect(text('so its basically hurting ur skin on purpose?')).toMatch(/healing injury/);
    expect(text('is it actually safe to stab ur own face with needles lol')).toMatch(/safest/);
  });

  it('walks through the aftercare step by step, names harsh products, health plans, gardening and "compared to scars?"', () => {
    expect(text('Could you take me through the aftercare step by step, please?')).toMatch(/as important as the treatment itself/);
    expect(text('Which products count as too harsh, exactly?')).toMatch(/exfoliat/);
    expect(text('Is it covered by extended health plans, do you know?')).toMatch(/doesn't cover the cost/);
    expect(reply('Do you know what grows well in shade? My hostas keep getting eaten by slugs.').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(play('how many sessions for saggy skin?', 'And compared to scars?')[1]).toMatch(/fewer sessions than scars/);
    expect(play('how often can i do it', 'even for acne scars?')[1]).toMatch(/4-6 weeks/);
    expect(text('Well, does the article say anything about older skin at all?')).toMatch(/loses its elasticity/);
  });

  it('hears a bare "how long, in hours?" after the redness, and names actives, trials, very pale skin and the pub', () => {
    expect(text('Redness after a session. How long, in hours?')).toMatch(/hour or two/);
    expect(text('What does it say about actives generally, then?')).toMatch(/doesn't cover retinoids, acids/);
    expect(text('Backed by trials?')).toMatch(/doesn't cover the evidence/);
    expect(text('im super pale, is microneedling still ok for me')).toMatch(/doesn't cover specific skin types/);
    expect(text('so if i went to the pub after would folk notice')).toMatch(/hour or two/);
    expect(reply('right ye are').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('names car glass, face masks, local clinics, when to worry and a video call after a session', () => {
    expect(text('Does the car windscreen not block most of it anyway?')).toMatch(/doesn't cover whether windows or car glass block UV/);
    expect(text('is wearing a surgical mask for 12 hours going to be a problem for my skin?')).toMatch(/doesn't cover wearing a face mask/);
    expect(text('Can you recommend anywhere local?')).toMatch(/doesn't cover choosing a clinic/);
    expect(text('at what point should I be worried?')).toMatch(/doesn't cover when after-effects call for a doctor/);
    expect(text('like could I hop on a zoom call that afternoon?')).toMatch(/hour or two/);
  });

  it('takes "that fits in nicely around half term" as thanks, and names a spot at the time, the weather and "work for everyone"', () => {
    expect(reply('Lovely, that fits in nicely around half term.').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('Good to know, thankyou.').map((r) => r.intent)).toEqual(['thanks']);
    expect(play('can i pick the peeling?', 'ok wont touch it then')[1]).toBe(THANKS_REPLY);
    expect(play('can i roll every 3 days?', 'huh didnt know that')[1]).toBe(THANKS_REPLY);
    expect(text("Should I avoid having it done if I've got a spot at the time?")).toMatch(/doesn't cover microneedling over active acne/);
    expect(reply('lol is it gonna hit 115 again this week or what').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply("Terrible southerly today isn't it. Do you know if it's meant to clear by the weekend?").map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('Does it work for everyone though?')).toMatch(/good candidate/);
    expect(text('What about microneedling for wrinkles then?')).toMatch(/wrinkles and fine lines come from/);
    expect(text("I like to be organised - what should I pack for aftercare if I'm going away shortly after a session?")).toMatch(
      /as important as the treatment itself/,
    );
  });

  it('names a deal on a course, a wait "would I have to", how long the face would take to settle, and a person-to-person interval', () => {
    expect(text('do the clinics do a deal if you book a few sessions together')).toMatch(/doesn't cover the cost/);
    expect(text('and how long would I have to keep out of the sun for, a week?')).toMatch(/doesn't say how long to wait/);
    expect(play('what happens right after', 'and how long would the face take to settle if I had it done on the tuesday')[1]).toMatch(/hour or two/);
    expect(play('how often?', 'is that interval fixed or does it vary per person')[1]).toMatch(/diagnosing your skin type/);
    expect(text('so the damage is the point?')).toMatch(/healing injury/);
  });

  it('keeps the problem of the last answer for "them" when the same kind of question comes again', () => {
    expect(play('does it help my acne scars?', 'how does it fix them?')[1]).toMatch(/collagen and elastin/);
    expect(play('how does it actually fix scars', 'and it lightens them too?')[1]).toMatch(/lightening scars/);
    expect(play('what does the article say about aftercare?', 'Who provides those instructions?')[1]).not.toMatch(/lightening/);
  });

  it('reads "the causes of wrinkles" as what brings them on, and takes "ok will play it safe" as thanks', () => {
    expect(text('The article mentions causes of wrinkles - what does it say they are?')).toMatch(/stress, growing older/);
    expect(text('can microneedling cause wrinkles?')).toMatch(/as a side effect/);
    expect(reply('ok will play it safe, thanks').map((r) => r.intent)).toEqual(['thanks']);
    expect(text('i do stroller walks every day is that ok after??')).toMatch(/sunscreen/);
  });

  it("names no relative's name as a subject, and takes South African thanks as thanks", () => {
    expect(text('hiya love, my friend Bethan has been going on and on about this microneedling, what is it exactly?')).toMatch(/cosmetic procedure/);
    expect(play('can i just buy a roller online?', 'lekker. how often must i use it')[1]).toMatch(/4-6 weeks/);
    expect(reply('aweh').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('answers the question inside "how do you know it\'s safe?" and "why avoid it?"', () => {
    expect(text("How do you know it's safe, then?")).toMatch(/safest skincare technique/);
    expect(play('how long until i can use my scrub again', 'why avoid it')[1]).toMatch(/healing and regenerating/);
  });

  it('reads formal and everyday wordings of what the article leaves open', () => {
    expect(play('does it help acne scars?', 'And would the scar vanish altogether?')[1]).toMatch(/doesn't cover whether it gets rid of the problem completely/);
    expect(text('Which make of roller would you recommend?')).toMatch(/doesn't cover which derma roller or pen to buy/);
    expect(text('ok cool. what makes the scars better anyway')).not.toMatch(/which derma roller/);
    expect(text('Does the article say anything about the skin being examined beforehand, then?')).toMatch(/diagnosing/);
    expect(text('Would I need to keep having it for the rest of my days?')).toMatch(/doesn't cover how long the results last/);
    expect(text('Is microneedling ok for menopausal skin?')).toMatch(/doesn't cover specific skin types/);
    expect(play('how much sun after?', 'even if its cloudy')[1]).toMatch(/doesn't cover sun protection on cloudy or rainy days/);
    expect(text('is it going to rain tomorrow?')).toMatch(/can only answer questions about microneedling/);
    expect(text('Could you tell me how my face will look immediately after the treatment?')).toMatch(/hour or two/);
    expect(play('can it help pigmentation?', 'And how soon ought I to expect them to fade?')[1]).toMatch(/doesn't say how soon results show/);
    expect(play('how many sessions for saggy skin?', 'yeah but what number')[1]).toMatch(/no exact number/);
    expect(text('My trouble is chiefly sagging about the jawline.')).not.toMatch(/"trouble"/);
  });

  it('reads a figure of the last answer read back as asking it again', () => {
    const [, after, check] = play(
      'does it bleed?',
      'what will my skin feel like straight after then?',
      'and that goes within an hour or two, right? sorry, just checking',
    );
    expect(after).toMatch(/warm and tight/);
    expect(check).toMatch(/hour or two/);
    expect(play('how often?', "so it's every 4 to 6 weeks yeah")[1]).toMatch(/4-6 weeks/);
  });

  it('keeps the answer of a message whose last part is off topic for the follow-up after it', () => {
    const [, why] = play('Interval between sessions? Give me a number, not a vibe.', "Why that interval specifically? What's the rationale");
    expect(why).toMatch(/doesn't explain the 4-6 week interval/);
    expect(play('oh sorry I meant to ask um why do you have to wait 4 to 6 weeks between sessions')[0]).toMatch(/doesn't explain the 4-6 week interval/);
  });

  it('reads voice-typed and everyday words for what the article covers or leaves open', () => {
    expect(text('what even is colour gin')).toMatch(/protein/);
    expect(play('what is microneedling?', 'and is that the same thing as a derma Rolla')[1]).toMatch(/roller/);
    expect(text('okay um how long till I can go back and do it again')).toMatch(/4-6 weeks/);
    expect(text('could i go back in 2 weeks instead to speed things up')).toMatch(/4-6 weeks/);
    expect(text('which clinic you recommend in Valencia?')).toMatch(/doesn't cover choosing a clinic/);
    expect(text('theres tiny scabby dots all over my cheeks 3 days on. did she go too deep??')).toMatch(/doesn't cover/);
    expect(text('any numbers on elasticity improvement?')).toMatch(/doesn't cover percentages/);
    expect(play('I have rosacea, can I get microneedling', 'would it help the redness in general so')[1]).toMatch(/doesn't cover treating facial redness/);
    expect(text('how long is the red face gonna last')).toMatch(/hour or two/);
    expect(play('u do skin fades', 'what about this needle face thing then whats that')[1]).toMatch(/tiny needles/);
  });

  it('answers how often for the problem named, and a sure question beside a silence told in its story', () => {
    expect(text('how often shud i go for my acne scars')).toMatch(/4-6 weeks/);
    const [booking, aftercare] = reply('My granddaughter has booked in with you, what aftercare should she be doing?');
    expect(booking.text).toMatch(/doesn't cover booking/);
    expect(aftercare.text).toMatch(/exfoliators/);
    expect(reply("I'm pregnant, is it safe?").map((r) => r.intent)).toEqual(['not_covered']);
  });

  it('asks about microneedling again after another treatment only when the message names nothing else', () => {
    expect(play('how long is co2 laser recovery', 'ok what about microneedling aftercare')[1]).toMatch(/exfoliators/);
    expect(play('how long is the recovery after a chemical peel?', 'ok and for microneedling?')[1]).toMatch(/hour or two/);
  });

  it('reads everyday and third-person wordings of what the article leaves open', () => {
    expect(text('when she does have it done how long does she need to keep out the sun for?')).toMatch(/doesn't say how long to wait/);
    expect(text('Just did my first session this morning, face super red. normal anot?')).toMatch(/hour or two/);
    expect(text('if do microneedling the results can last how long one?')).toMatch(/doesn't cover how long the results last/);
    expect(text('What would you look at before starting?')).toMatch(/diagnosing/);
    expect(text('spf how much ah? 30 enough anot?')).toMatch(/doesn't cover which sunscreen or SPF/);
    expect(text('how does it help pigment tho')).toMatch(/no details on how it helps/);
  });

  it('reads what a tool does, what the article says causes a problem, and a guessed span, in everyday words', () => {
    expect(play('hi', 'ok. what does the pen actually do then')[1]).toMatch(/microneedling pens/);
    expect(text('what does collagen do')).toMatch(/protein/);
    expect(play('does it help wrinkles', 'and what does it say causes wrinkles in the first place')[1]).toMatch(/stress, growing older/);
    expect(play('can i use a face scrub after', 'how long for, a week?')[1]).toMatch(/doesn't say exactly how long/);
    expect(text('does it matter what kind of skin i have')).toMatch(/diagnosing your skin type/);
    expect(text("she's got a do on saturday, will she be ok to wear foundation by then")).toMatch(/doesn't cover wearing makeup/);
    expect(reply('ach well, worth a shot. night night').map((r) => r.intent)).not.toContain('not_covered');
    expect(reply('gidday').map((r) => r.intent)).toEqual(['greeting']);
  });

  it('names the silence on a circumstance told before a question about waiting, sharing or who does it', () => {
    expect(text('finished a course of accutane in march. how long do i have to wait before i can get microneedling?')).toMatch(
      /doesn't cover microneedling while taking medication/,
    );
    expect(text("Is using a derma roller at home ok if I'm on apixaban?")).toMatch(/doesn't cover microneedling while taking medication/);
    expect(text('I had a melanoma removed 2 years ago, is microneedling safe for me?')).toMatch(/health condition/);
    const [condition, scars] = reply('I had a melanoma removed from my cheek 2 years ago. can I microneedle over the scar?');
    expect(condition.text).toMatch(/health condition/);
    expect(scars.text).toMatch(/scars/);
    expect(reply('should i get my moles checked for skin cancer').map((r) => r.intent)).toEqual(['not_covered']);
    expect(text('can me and my bf use the same roller? saves buying two')).toMatch(/doesn't cover sharing a derma roller/);
    expect(play('should I go to a clinic or do it at home', 'do they use the same roller thing?')[1]).not.toMatch(/sharing/);
    expect(text('Does a doctor do it or a nurse?')).toMatch(/doesn't cover who may perform microneedling/);
    expect(text('I go to water aerobics three mornings a week. Can I go the day after micro-needling?')).toMatch(/doesn't cover exercising/);
  });

  it('reads slang, hedged second questions and remarks that only acknowledge', () => {
    expect(reply('wagwan').map((r) => r.intent)).toEqual(['greeting']);
    expect(play('can i use my usual products after', 'ugh. what exactly do i have to ditch')[1]).toMatch(/exfoliators/);
    const both = text('I have acne scars. how many sessions till i see a difference and roughly how much does each one cost?');
    expect(both).toMatch(/2-3 sessions/);
    expect(both).toMatch(/doesn't cover the cost/);
    expect(play('does it shrink pores', "huh. ok that's actually kind of clever")[1]).not.toMatch(/doesn't cover/);
    expect(play('is laser better?', 'ok sorry, take care')[1]).not.toMatch(/aftercare advice/);
    expect(text('whats the latest i should have one before the wedding?')).toMatch(/doesn't cover when to schedule it/);
    expect(text('When should I start so that I am ready by December?')).toMatch(/doesn't cover when to schedule it/);
  });

  it('names the silences on weekly sessions, cold weather, needle hygiene and session length, beside what the article says', () => {
    const weekly = text('can i do it every week to get results faster?');
    expect(weekly).toMatch(/doesn't cover what happens if you do it too often/);
    expect(weekly).toMatch(/4-6 weeks/);
    expect(play('how much sun after?', 'what about the cold, would freezing water mess with it?')[1]).toMatch(/doesn't cover cold weather/);
    expect(text('is it gonna snow tomorrow in denver?')).toMatch(/can only answer questions about microneedling/);
    expect(text('are the needles new each time? im paranoid about dirty needles')).toMatch(/doesn't cover cleaning/);
    expect(text('also how long is a microneedling appt')).toMatch(/doesn't cover how long a session takes/);
    expect(text('what should i do after my microneedling appointment')).not.toMatch(/how long a session takes/);
    expect(text('if I get it done Thursday evening will I look normal for work on Sunday?')).toMatch(/hour or two/);
  });

  it('reads the particles of Taglish as no subject of their own', () => {
    expect(play('how often?', 'and how far apart po dapat ang sessions?')[1]).toMatch(/4-6 weeks/);
  });

  it('reads regional words and misheard terms for what the article covers', () => {
    expect(text('ok real question, what does the article say microneedling actually is')).toMatch(/tiny needles/);
    expect(text('is wintah a good time to get microneedling?')).toMatch(/doesn't cover when to schedule it/);
    expect(text('can i do it at 16')).toMatch(/doesn't cover age limits/);
    expect(text('how does it make colleague?? like whats the point of the needles')).toMatch(/collagen/);
    expect(text('is microneedling safe no cap')).toMatch(/safest/);
    expect(text('my missus booked me in next week. what am i in for straight after')).toMatch(/hour or two/);
    expect(reply('tidy').map((r) => r.intent)).not.toContain('unclear');
    expect(reply('right on').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply("Alright, I'll tell her to ask the doctor. Have a blessed week!").map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('proper interesting that').map((r) => r.intent)).toEqual(['thanks']);
    expect(text('sounds proper grim, is it safe?')).toMatch(/safest/);
    expect(text('hey! if i get it done thursday after work will i look crazy at my friday morning meeting')).toMatch(/hour or two/);
    expect(text('how tiny are the needles??')).toMatch(/doesn't cover needle length/);
    const meeting = text('hi quick q before my 3pm meeting - how often can you get microneedling done?');
    expect(meeting).toMatch(/4-6 weeks/);
    expect(text('can it leave you with scaring')).toMatch(/doesn't cover risks/);
    expect(text('Could I do it every fortnight to speed things up?')).toMatch(/4-6 weeks/);
    expect(reply('magic').map((r) => r.intent)).toEqual(['thanks']);
    expect(text('how do you figure out what treatment someone needs then')).toMatch(/diagnosing/);
    expect(play('how many sessions for saggy skin', 'like an actual number tho')[1]).toMatch(
      /doesn't cover the exact number of sessions for loose, saggy skin/,
    );
    expect(text('oops. is weekly actually bad for your skin then?')).toMatch(/doesn't cover what happens if you do it too often/);
    expect(reply('does microneedling actually shrink pores or is that tiktok lying').map((r) => r.intent)).toEqual(['benefits']);
    expect(text('how do yous decide what i need then')).toMatch(/diagnosing/);
    expect(text('whats going on in my skin after each session? like whats it doing')).toMatch(/healing injury/);
    expect(play('can i do it at home?', 'which one should i buy')[1]).toMatch(/doesn't cover which derma roller or pen to buy/);
    expect(play('what should i put on after?', 'what kind?')[1]).toMatch(/soothing/);
    expect(play('is it ok for acne?', 'ok will chat to her dermatologist first, thanks')[1]).not.toMatch(/clinic/);
  });

  it('answers questions about the assistant itself, whatever place or person they name', () => {
    expect(reply('are you AI or a nurse?').map((r) => r.intent)).toEqual(['bot_identity']);
    expect(reply("you're a robot right?").map((r) => r.intent)).toEqual(['bot_identity']);
    expect(reply('is there a way to talk to someone at the clinic').map((r) => r.intent)).toEqual(['contact']);
    expect(text('are you open saturdays')).toMatch(/doesn't cover booking/);
  });

  it('reads aftercare asked "after it" beside a habit, leave asked for someone else, and a sitting as a session', () => {
    expect(text('what can i put on my face after it, i normally use a toner an a scrub')).toMatch(/exfoliators/);
    expect(text('My father is diabetic, age 62. Can he go for microneedling for wrinkles?')).toMatch(/health condition/);
    expect(text('Kindly explain what is the procedure, how much time one sitting takes?')).toMatch(/doesn't cover how long a session takes/);
    expect(text('how often should I exfoliate?')).toMatch(/can only answer questions about microneedling/);
  });

  it('hears a question ending on what microneedling is as that question, whatever story came before it', () => {
    expect(text('ok so i saw this derma roller thing on tiktok what even is microneedling')).toMatch(/tiny needles/);
  });

  it('hears a question about another treatment named after "what is … like with"', () => {
    expect(text("what's the recovery like with laser resurfacing?")).toMatch(/only about microneedling/);
    expect(text('can u help me w my chem hw its due at 11')).toMatch(/can only answer questions about microneedling/);
    expect(text('how long is the downtime for a chem peel?')).toMatch(/only about microneedling/);
  });

  it('hears what a visitor will feel after a session as the after-effects, not the aftercare', () => {
    const [, feel, howLong] = play('numbing cream', 'what do i feel after then', 'how long');
    expect(feel).toMatch(/warm and tight/);
    expect(howLong).toMatch(/hour or two/);
  });

  it('hears who may have it, when, which to buy and who made it popular in everyday words', () => {
    expect(text('my bf also want to try, guys can do one?')).toMatch(/doesn't cover microneedling for men/);
    expect(text('can i get microneedling before i travel?')).toMatch(/doesn't cover when to schedule it/);
    expect(text('going to cancun in 2 weeks, is it ok to get microneedling before i go?')).toMatch(/doesn't cover when to schedule it/);
    expect(text("according to the article, who's been popularising microneedling lately?")).toMatch(/social media/);
    expect(play('can i do it myself', 'which one to buy')[1]).toMatch(/doesn't cover which derma roller or pen to buy/);
  });

  it('never says yes or no to what the article does not settle', () => {
    for (const question of ['is microneedling safe for darker skin?', 'is it normal to peel after microneedling?', 'can I microneedle while pregnant?']) {
      expect(text(question)).not.toMatch(/^\s*(yes|no)\b/i);
      expect(reply(question)[0].intent).toBe('not_covered');
    }
  });

  it('says the article gives no waiting time, beside what it does advise', () => {
    const replies = reply('when can I exfoliate after microneedling?');
    expect(replies.map((r) => r.intent)).toEqual(['not_covered', 'aftercare']);
    expect(replies[0].text).toMatch(/doesn't say how long to wait after a session before exfoliation/);
    expect(replies[1].text).toMatch(/don't exfoliate right after/);
  });

  it('answers what a tool is for from the benefits, and what it is from its definition', () => {
    expect(text('what is a derma roller good for?')).toMatch(/scar treatment[\s\S]*shrinking pores/);
    expect(text('what are derma rollers?')).toMatch(/rolling head/);
    expect(text('what are the benefits for pores?')).toMatch(/shrink large pores/);
    expect(text('what are acne scars?')).toMatch(/doesn't explain scars as such/);
  });

  it('keeps the interval in the answer to doing it too often, and the skin problem before whether it is worth it', () => {
    expect(text('is microneedling once a week too much?')).toMatch(/doesn't cover what happens if you do it too often[\s\S]*4-6 weeks/);
    expect(text('is it worth trying for the bags under my eyes')).toMatch(/under-eye area/);
    expect(text('is it worth it for acne scars?')).not.toMatch(/scar treatment\n- anti-aging/);
  });

  it('reads "something that" as a clause, not a pointer to the last answer', () => {
    expect(text('Can you recommend something that really makes a difference?', 'how often should I microneedle?')).not.toMatch(/4-6 weeks|2-3 sessions/);
  });

  it('answers "why" or "more" about a subject the message names, not about the last answer', () => {
    expect(text('why choose microneedling?', 'how often should I microneedle?')).not.toMatch(/4-6 week/);
    const [, scars] = play('what is microneedling?', 'and for scars?');
    expect(scars).toMatch(/lightening scars/);
    expect(scars).not.toMatch(/nothing specific/);
  });

  it('counts "nothing specific about X here" as the silence it names', () => {
    const first = bot.respond('how often should i do it?', undefined);
    const [pores] = bot.respond('for pores', first.context).replies;
    expect(pores.text).toMatch(/nothing specific about pores/);
    expect(pores.subject).toBe('how often to microneedle for pores');
  });

  it('gives no number of sessions for a problem the article gives none for, nor lends it the scars figure', () => {
    const first = bot.respond('how many sessions do i need?', undefined);
    const [acne] = bot.respond('for acne', first.context).replies;
    expect(acne.text).toMatch(/no number of sessions for acne/);
    expect(acne.text).not.toMatch(/2-3/);
    expect(acne.subject).toBe('the number of sessions for acne');
  });

  it("says how soon results show is not covered for a problem other than scars, without lending it the scars' figure", () => {
    const [pores] = bot.respond('how soon would my pores look smaller?', undefined).replies;
    expect(pores.text).toMatch(/doesn't say how soon results show for pores/);
    expect(pores.text).not.toMatch(/2-3/);
    expect(pores.subject).toBe('when results show for pores');
  });

  it('gives the benefits and the after-effects for pros and cons, and only the silence on causes of a problem it never names', () => {
    expect(text('what are the pros and cons of microneedling?')).toMatch(/scar treatment[\s\S]*warm and tight/);
    expect(reply('what causes dark circles?').map((r) => r.intent)).toEqual(['not_covered']);
    expect(text('what causes dark circles?')).toMatch(/doesn't cover dark circles/);
  });

  it('answers a question with no subject of its own on the remark before it, and only when that remark is on topic', () => {
    const worried = reply('I have had keloids before and worry about keloid scars if I have the treatment. How worried should I be?');
    expect(worried.map((r) => r.intent)).toContain('not_covered');
    expect(reply('I love pizza. How worried should I be?').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('answers a question naming microneedling after a remark whose only silence is a word of the story', () => {
    expect(text('Honestly needles make me a bit queasy. Is microneedling actually safe?')).toMatch(/safest/);
    // A condition the article never discusses is no story: whether it is safe then stays unsettled.
    expect(text("I'm 5 months pregnant. Is microneedling safe for me?")).not.toMatch(/safest/);
  });

  it('answers whether the interval or the number of sessions is the same for everyone with the diagnosis that sets them', () => {
    expect(play('how often should i go', 'is it the same gap for everyone?')[1]).toMatch(/diagnosing your skin type/);
    expect(play('how often should i go', 'is it the same number of sessions for everyone?')[1]).toMatch(/diagnosing your skin type/);
    expect(text('does everyone get the same redness?')).not.toMatch(/diagnosing/);
  });

  it('gives the last answer again to surprise at its figure or its length: "really? that quick?", "is that it?"', () => {
    expect(play('how long does the redness last', 'really? that quick?')[1]).toMatch(/hour or two/);
    expect(play('what are the benefits?', 'is that it?')[1]).toMatch(/shrinking pores/);
  });

  it('answers "is that normal or should I worry?" after the after-effects with them again, not a silence', () => {
    expect(play('my face feels tight after microneedling', 'is that normal or should i worry')[1]).toMatch(/hour or two/);
  });

  it('answers "and the fine lines around my eyes?" for the lines, beside the silence on the eye area', () => {
    const lines = play('does it help pores?', 'and the fine lines around my eyes?')[1];
    expect(lines).toMatch(/wrinkles/);
    expect(lines).toMatch(/under-eye/);
    expect(play('I have deep lines around my mouth. Would microneedling help them?')[0]).toMatch(/wrinkles/);
  });

  it('meets the doubt that making holes could help with why it helps the problem discussed, else with how it works', () => {
    expect(play('does it shrink pores?', 'wait doesnt it just make more holes')[1]).toMatch(/plump/);
    expect(play('what is microneedling?', 'why would poking holes in your face help')[1]).toMatch(/healing injury/);
  });

  it('answers a question pointing back at the skin problem the sentence before it asked about on that problem', () => {
    const [, why] = play('i have fine lines on my forehead already??? my friend said microneedling helps w that, is that true', 'what causes them');
    expect(why).toMatch(/stress/);
  });

  it('answers a question naming only microneedling on the skin problem the remark before it told of', () => {
    expect(text('My pores are huge. Will microneedling help?')).toMatch(/plumps/);
    expect(text('pores on my nose look massive after cardio. microneedling shrink em?')).toMatch(/plumps/);
    expect(reply('my son is 15, he has lots of pimples and marks on his face. microneedling is good for him?')[0].intent).toBe('not_covered');
    // Whatever the question resembles, asking whether it helps asks what it does for the problem told.
    expect(text('I have acne scars from my teens. Is this the kind of thing that helps with them?')).toMatch(/lightening scars/);
    const tooOld = text('My mum is 62 and has lots of fine lines. She wonders if microneedling would help, or is she too old?');
    expect(tooOld).toMatch(/age limits/);
    expect(tooOld).toMatch(/wrinkles/);
  });

  it('answers a question about the problem a remark just after it says the question is for', () => {
    expect(text("how many sessions will I need? it's for the fine lines round my eyes")).toMatch(/no number of sessions for wrinkles/);
    expect(text("how many sessions will I need? it's for my acne scars")).toMatch(/2-3 sessions/);
    expect(text('how many sessions will I need? my friend had it for her scars')).toMatch(/depends on the problem/);
  });

  it("answers the question a story ends on, beside the silence on the story's own words", () => {
    const replies = reply(
      "Long story but I'm 29, had bad cystic acne through college and I'm left with pitted scars, my girlfriend keeps telling me to try microneedling. Is it safe?",
    );
    expect(replies.map((r) => r.intent)).toEqual(['not_covered', 'safety']);
    // A subject in the question itself is the question's.
    expect(reply('is microneedling safe with rosacea flare ups?')[0].intent).toBe('not_covered');
  });

  it('answers at home or at a clinic for acne about acne: clinic sessions, and silence on a home roller', () => {
    for (const [question, ...before] of [
      ['can i do it at home for acne or should it be a clinic'],
      ['could I just use a roller at home for that then', 'I have active acne, would microneedling help?'],
    ]) {
      const [answer] = reply(question, ...before);
      expect(answer.text).toMatch(/well-known skincare clinic/);
      expect(answer.subject).toBe('whether a derma roller at home helps acne');
    }
    expect(text('can I do microneedling at home?')).toMatch(/derma roller/);
  });

  it('asks a question read as another kind by its topic as that kind, about the problem discussed', () => {
    expect(text('how soon would i see them get smaller', 'does it shrink pores?')).toMatch(/doesn't say how soon results show for pores/);
  });

  it('answers a question about a product alone with the silence only, and one about using it with the nearest advice too', () => {
    expect(reply('what does niacinamide do for your skin?').map((r) => r.intent)).toEqual(['not_covered']);
    expect(reply('can I use a vitamin c serum?').map((r) => r.intent)).toEqual(['not_covered', 'aftercare']);
    // The article advises soothing products but names none: aloe vera is a silence, with that advice beside it.
    const aloe = reply('can I put aloe vera on it?');
    expect(aloe.map((r) => r.intent)).toEqual(['not_covered', 'aftercare']);
    expect(aloe[1].text).toMatch(/sooth/);
  });

  it('keeps a conversation going through its silences: "and showering?", "what about retinol?" are about microneedling', () => {
    const intents = (message: string, ...before: string[]) => {
      let context: ConversationContext | undefined;
      for (const earlier of before) context = bot.respond(earlier, context).context;
      return bot.respond(message, context).replies.map((r) => r.intent);
    };
    // On a microneedling site, even a first message naming a silence the classifier only doubts is about microneedling.
    expect(intents('and showering?')).toEqual(['not_covered', 'aftercare']);
    expect(intents('and showering?', 'what should I do after microneedling?')).toEqual(['not_covered', 'aftercare']);
    expect(intents('what about retinol', 'what should I do after microneedling?', 'and showering?')).toContain('not_covered');
    expect(intents("what's the capital of France?", 'what should I do after microneedling?')).toEqual(['out_of_scope']);
  });

  it('names a problem carried over that an answer is not tied to, then gives the general answer', () => {
    const [, sessions] = play('does microneedling shrink pores?', 'how many treatments for that?');
    expect(sessions).toMatch(/no number of sessions for pores/i);
    expect(sessions).toMatch(/fewer sessions/);
  });

  it('weighs another treatment against microneedling only when the conversation is the other side', () => {
    const [, better] = play('does microneedling help with wrinkles?', 'is botox better?');
    expect(better).toMatch(/doesn't discuss Botox, or how they compare/);
    expect(play('is botox better?')[0]).toMatch(/can't tell you about Botox/);
  });

  it('takes small talk with a subject of its own off topic, and names the silences on evidence and choosing a clinic', () => {
    expect(play('how often should I do it?', 'random but do you know a good recipe for lasagne?')[1]).toMatch(/only answer questions about microneedling/);
    // A change of subject to a skin problem the article treats is no aside; a product named beside one is.
    expect(play('how often should I do it?', 'random but does it work on big pores')[1]).toMatch(/plumps/);
    // A body area asked of "it" is microneedling's, however the visitor introduces it.
    expect(play('ok random q, can it be done on the back')[0]).toMatch(/doesn't cover which areas of the body/);
    expect(play('how often should I do it?', 'unrelated but is retinol or vitamin c better for wrinkles')[1]).toMatch(
      /only answer questions about microneedling/,
    );
    expect(play('what can you do?')[0]).toMatch(/I answer questions about microneedling/);
    expect(text('says who?', 'is microneedling safe?')).toMatch(/doesn't cover the evidence/);
    expect(text('how do I choose a good clinic?')).toMatch(/doesn't cover choosing a clinic/);
  });

  it('lets an off-topic remark end the conversation for the question after it in the same message', () => {
    const question = 'If using copper peptide with vitamin C, as I read, is applying them an hour apart acceptable?';
    expect(play('does it help with acne scars?', question)[1]).toBe(play(question)[0]);
  });

  it('hears "what\'s the catch?" as asking for the after-effects, and a topic after an answer as no thanks', () => {
    expect(play("what's the downside?")[0]).toMatch(/red/);
    expect(play('does microneedling help with wrinkles?', 'and my saggy jawline')[1]).not.toContain(THANKS_REPLY);
  });

  it('reads "it" in a question after an off-topic one in the same message as that subject', () => {
    expect(reply('What is salmon DNA and what does it do?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('What is microneedling and what does it do?').map((r) => r.intent)).not.toContain('out_of_scope');
  });

  it('says the article is silent on after-effects past a day or two, and on which tool or place is better', () => {
    const [, day4] = play('how long does the redness last?', 'mine is still red on day 4, is that bad?');
    expect(day4).toMatch(/doesn't (cover|say) after-effects that last longer than a day or two/);
    expect(day4).toMatch(/day or two/);
    expect(play('derma roller or pen, which is better for wrinkles?')[0]).toMatch(/doesn't (cover|say) how a derma roller and a microneedling pen compare/);
    expect(play('is it better to roll at home or go to a clinic?')[0]).toMatch(/doesn't (cover|say) whether doing it at home works as well as at a clinic/);
  });

  it("gives microneedling's side of a question that names another treatment only as background", () => {
    const [laser] = play("I've had laser resurfacing before, what does microneedling actually do to the skin?");
    expect(laser).toMatch(/doesn't discuss laser/);
    expect(laser).toMatch(/collagen/);
    expect(play('how often should I microneedle?', 'can it replace my botox?')[1]).toMatch(/doesn't discuss Botox/);
  });

  it('weighs a treatment asked to be better against microneedling, and explains how it helps the problem in the conversation', () => {
    expect(play('does microneedling help acne scars?', 'would a laser be better for my scars?')[1]).toMatch(/doesn't discuss laser/i);
    expect(play('does microneedling shrink pores?', 'how does it shrink them')[1]).toMatch(/plumps/);
    expect(play('what should I avoid after microneedling?', 'in the meantime what should i put on it')[1]).toMatch(/sooth/);
  });

  it('reads the cheeks or the jaw as the face, "my usual stuff" as the skincare routine, and a question as no thanks', () => {
    expect(play('does microneedling help with wrinkles?', 'and my saggy jawline')[1]).toMatch(/fewer sessions/);
    expect(play('what should I avoid after microneedling?', 'why cant i just use my usual stuff')[1]).toMatch(/wounds/);
    expect(play('what happens right after a session?', "ok so anything i shouldn't do that evening?")[1]).not.toContain(THANKS_REPLY);
  });

  it('hears "ice pack ok?" mid-conversation as asking whether it is allowed, and a child\'s age as the article\'s silence on age', () => {
    const [, ice] = play('what happens right after a session?', 'ice pack ok?');
    expect(ice).toMatch(/doesn't (cover|mention)/);
    expect(ice).not.toMatch(/ok\b/);
    expect(play('what should I put on after?', 'moisturizer counts?')[1]).toMatch(/doesn't (cover|mention)|sooth/);
    expect(play('my son is 15 is he too young')[0]).toMatch(/doesn't cover age/);
  });

  it('explains "healing injury" as how it works, and hears "also" and "can I moisturise" as going on with the conversation', () => {
    expect(play('why do they call microneedling a healing injury')[0]).toMatch(/healing injury/);
    expect(play('can microneedling help with acne?', 'hes also on accutane at the moment')[1]).toMatch(/doesn't cover/);
    expect(play('2 days after microneedling, skin feels tight and dry, can i moisturise')[0]).not.toMatch(/only answer questions about microneedling/);
  });

  it('hears a garden or a barbecue as going out in the sun, "blokes" as men and "what factor" as the SPF', () => {
    expect(play('what should I avoid after microneedling?', 'and afterwards am I ok to be out in the garden')[1]).toMatch(/sunscreen/);
    expect(play('is microneedling only for women or do blokes get it too')[0]).toMatch(/doesn't (cover|say).*men/);
    expect(play('what should I avoid after microneedling?', 'what factor sunscreen')[1]).toMatch(/doesn't (cover|say)/);
  });

  it('says the article never explains the interval when asked why not more often, nor whether scars go away completely', () => {
    expect(play('how often should I microneedle?', 'why not every week')[1]).toMatch(/doesn't explain the 4-6 week interval/);
    expect(play('does microneedling help acne scars?', 'will they go away completely')[1]).toMatch(/doesn't (cover|say)/);
  });

  it('names the pens and rollers it is done with when asked what a clinic uses', () => {
    expect(play('can I do it at a clinic?', 'what does a clinic use')[1]).toMatch(/pen/);
  });

  it('says the last answer again when asked to say it simpler, and repeats a silence as a silence', () => {
    const [definition, again] = play('what is microneedling?', 'can you say that simpler');
    expect(again).toBe(definition);
    expect(play('does it hurt?', 'so is that a yes or no?')[1]).toMatch(/doesn't cover/);
  });

  it('takes thanks in other languages as thanks', () => {
    for (const thanks of ['merci beaucoup', 'gracias!', 'danke', 'terima kasih', 'k']) expect(reply(thanks).map((r) => r.intent)).toEqual(['thanks']);
  });

  it('goes on with the conversation after an off-topic aside', () => {
    const [, aside, scars] = play('how often should I microneedle?', "what's the weather like tomorrow?", 'and for scars?');
    expect(aside).toMatch(/only answer questions about microneedling/);
    expect(scars).toMatch(/4-6 weeks.*scars take more sessions/s);
  });

  it('answers a yes/no question about a situation the article is silent on with that silence, never a verdict', () => {
    const [worried] = play("it's been 4 days and my face is still red. should i be worried?");
    expect(worried).toMatch(/doesn't cover after-effects that last longer/);
    expect(worried).not.toMatch(/nothing to be worried about/);
    const [rosacea] = play('I have rosacea. Is it safe?');
    expect(rosacea).toMatch(/doesn't cover specific skin conditions/);
    expect(rosacea).not.toMatch(/safest/);
    // Naming microneedling is no subject of its own: the question is still about the remark's situation.
    const [pregnant] = play("I'm 20 weeks pregnant. Is microneedling safe for me?");
    expect(pregnant).toMatch(/doesn't cover microneedling during pregnancy/);
    expect(pregnant).not.toMatch(/safest/);
    // A question asking for a fact gets the fact too, after the silence.
    expect(play('does it help with pores?', 'I have oily skin. how often?')[1]).toMatch(/doesn't cover specific skin types.*4-6 weeks/s);
  });

  it('goes on with the conversation for "what about …?" and "and vs …?", naming what the article does not cover', () => {
    const [, hazel] = play('what should I avoid after a session?', 'what about witch hazel');
    expect(hazel).toMatch(/doesn't (cover|mention)/);
    expect(hazel).not.toMatch(/only answer questions about microneedling/);
    const [, laser] = play('does microneedling help with acne scars?', 'and vs laser?');
    expect(laser).toMatch(/doesn't discuss laser treatments, or how they compare/);
  });

  it('answers "how often?" in any words with the interval, and keeps a question with a subject of its own off topic', () => {
    expect(play('does it give you a glow?', 'how often should i keep going then')[1]).toMatch(/4-6 weeks/);
    expect(play('is it painful?', 'Should women shave their faces?')[1]).toBe(play('Should women shave their faces?')[0]);
  });

  it('reads "alcohol" alone as the drinking the article never covers, beside its alcohol-based toners, and water as no alcohol', () => {
    expect(play('what should I avoid after a session?', 'wait so what was the alcohol thing i read about')[1]).toMatch(
      /doesn't cover drinking alcohol.*toners/s,
    );
    expect(bot.respond('benefits of drinking water', undefined).replies.map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('quotes the article for a word it uses without defining it', () => {
    const [, purify] = play('can microneedling help with acne?', 'what do you mean by purify');
    expect(purify).toMatch(/doesn't explain what "purify" means.*purify and clear your skin from acne/s);
  });

  it('never says goodbye to a question or to a report of how long something has lasted', () => {
    const [, days] = play('my face is red after my session, is that normal', 'its been 2 days now');
    expect(days).toMatch(/day or two/);
    expect(play('im 52, is it too late for me')[0]).not.toMatch(/good luck with your skin/);
  });

  it('offers its help with microneedling, not with a subject the article never mentions', () => {
    expect(bot.respond('can you help me with my chem homework', undefined).replies.map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(bot.respond('btw do you know any good barbers in manchester', undefined).replies.map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(bot.respond('what can you help me with?', undefined).replies.map((r) => r.intent)).toEqual(['capabilities']);
  });

  it('reads a follow-up after an acknowledgement as a follow-up, and answers it alone', () => {
    const [, scars] = play('how often should I microneedle?', 'cool, and for scars?');
    expect(scars).toMatch(/4-6 weeks.*scars take more sessions/s);
    expect(scars).not.toContain(THANKS_REPLY);
  });

  it('hears a message that leans on the conversation as about microneedling, unless it says it is an aside', () => {
    const [, first] = play('can microneedling clear up acne?', 'should I stop my accutane first');
    expect(first).toMatch(/doesn't cover/);
    expect(first).not.toMatch(/only answer questions about microneedling/);
    const [, problem] = play('is microneedling safe?', "she's on blood thinners btw, is that a problem?");
    expect(problem).toMatch(/doesn't cover/);
    expect(play('is microneedling safe?', 'unrelated but is spray tan bad for your skin?')[1]).toMatch(/only answer questions about microneedling/);
    expect(play('what are the benefits?', 'also random but whats a good white noise app')[1]).toMatch(/only answer questions about microneedling/);
  });

  it('weighs a treatment named later in the message against the "it" the conversation supplies', () => {
    const [, than, vs, compare] = play(
      'does microneedling help with wrinkles?',
      'is it better than Botox for that?',
      'vs a facelift?',
      'how does it compare to botox',
    );
    expect(than).toMatch(/doesn't discuss Botox, or how they compare/);
    expect(vs).toMatch(/doesn't discuss .*facelift/i);
    expect(compare).toMatch(/doesn't discuss Botox/);
    expect(play('does it help with wrinkles?', 'would it be as good as botox?')[1]).toMatch(/doesn't discuss Botox/);
    expect(text('does it work on scars from surgery?')).toMatch(/scar/);
    expect(text('does it work on scars from surgery?')).not.toMatch(/only about microneedling/);
    expect(play('how is ablative laser different that fractional laser?')[0]).toMatch(/only about microneedling|can't tell you/);
  });

  it('reads "it\'s been 5 hours" after the redness as how long it lasts, and a peel between sessions as combining treatments', () => {
    const [, elapsed] = play('how long does the redness last?', "it's been like 5 hours and still pink");
    expect(elapsed).toMatch(/day or two/);
    expect(play('how long does the redness last?', "it's been a day and still a bit pink")[1]).toMatch(/day or two/);
    const [, between] = play('how often should I do it?', 'could I add a chemical peel in between sessions?');
    expect(between).toMatch(/doesn't discuss chemical peels, or how they compare or combine/);
  });

  it('says the article never explains elastin or microneedling for men, beside what it does say', () => {
    const elastin = reply('what is elastin?');
    expect(elastin.map((r) => r.text).join(' ')).toMatch(/doesn't explain what elastin is.*boost elastin along with collagen/);
    expect(elastin.some((r) => r.subject === 'what elastin is')).toBe(true);
    expect(text('does microneedling work for men too?')).toMatch(/doesn't cover microneedling for men/);
  });

  it('keeps a short message the classifier doubts in the conversation, but not a question of its own', () => {
    const [, doctor] = play('how long does the redness last?', 'should I see a doctor?');
    expect(doctor).toMatch(/doesn't/);
    expect(doctor).not.toMatch(/only answer questions about microneedling/);
    expect(play('should I see a doctor?')[0]).toMatch(/only answer questions about microneedling/);
    expect(play('how long does the redness last?', '1')[1]).toMatch(/not sure I understood/);
    const [, own] = play('how long does the redness last?', 'what makes skin sensitive?');
    expect(own).toBe(play('what makes skin sensitive?')[0]);
  });

  it('gives the causes the article names for wrinkles, and keeps other problems it never explains as such', () => {
    expect(play('what causes wrinkles?')[0]).toMatch(/stress, growing older/);
    expect(play('what happens to your skin as you age?')[0]).toMatch(/loses its elasticity/);
    expect(play('what are stretch marks?')[0]).toMatch(/doesn't explain stretch marks/);
  });

  it('asks a question about another treatment again about microneedling when told "and for microneedling?"', () => {
    const [peel, ours] = play('how long is the recovery after a chemical peel?', 'and for microneedling?');
    expect(peel).toMatch(/only about microneedling/);
    expect(ours).toMatch(/hour or two/);
    expect(play('and for microneedling?')[0]).not.toMatch(/hour or two/);
    expect(play('how long is the recovery after a chemical peel?', 'ok and for microneedling?')[1]).toMatch(/hour or two/);
  });

  it('keeps everyday skincare apart from aftercare: "how often should I exfoliate?" is not about a session', () => {
    expect(reply('how often should I exfoliate?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('can I use toner after exfoliating?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('why use vitamin C in skincare?').map((r) => r.intent)).toEqual(['not_covered']);
    expect(text('can I exfoliate after microneedling?')).toMatch(/exfoliat/);
  });

  it('keeps a question on microneedling when it names something only a treatment has, such as the SPF after it', () => {
    expect(reply('what SPF number should it be?').map((r) => r.intent)).toContain('not_covered');
    expect(reply('when does skin flaking begin?').map((r) => r.intent)).toContain('not_covered');
    expect(text('after microneedling, when can I go back to my normal skincare?')).toMatch(/doesn't say how long to wait/);
  });

  it('says the article cites no proof, beside the one thing it calls proven', () => {
    const [, proven] = play('does it work for wrinkles?', 'is that proven?');
    expect(proven).toMatch(/doesn't cover studies or trials behind its claims/);
    expect(proven).toMatch(/proven beneficial for treating and lightening scars/);
  });

  it('answers "and afterwards?" after a silence on what a session feels like with what happens right after one', () => {
    const [during, after] = play('what will it feel like during the treatment?', 'what about afterwards');
    expect(during).toMatch(/doesn't cover how the treatment feels/);
    expect(after).toMatch(/warm and tight/);
    expect(after).not.toMatch(/doesn't cover how the treatment feels/);
  });

  it('hears "could it leave me scarred?" as a side effect the article never names, not as scar treatment', () => {
    const [, scarred] = play('any side effects?', 'could it leave me scarred');
    expect(scarred).toMatch(/doesn't cover scars as a side effect/);
    expect(scarred).not.toMatch(/2-3 sessions/);
  });

  it('calls stinging what it is, an after-effect the article does not name, beside the ones it does', () => {
    const stinging = text('is stinging normal after microneedling?');
    expect(stinging).toMatch(/doesn't cover/);
    expect(stinging).toMatch(/warm and tight/);
  });

  it('compares the sessions two problems take when asked which takes longer', () => {
    const [, which] = play('I have stretch marks and saggy skin, would microneedling help both?', 'which one would take longer?');
    expect(which).toMatch(/fewer sessions than scars and stretch marks/);
    const [, versus] = play('my jawline is getting saggy, will it help', 'vs my acne scars which would take longer');
    expect(versus).toMatch(/loose, saggy skin may take fewer sessions/);
    expect(versus).toMatch(/2-3 sessions/);
    const [named] = play('which takes more sessions, scars or stretch marks?');
    expect(named).toMatch(/2-3 sessions/);
    expect(named).toMatch(/stretch marks, like scars, take more sessions/);
  });

  it('keeps the problem of the last answer for "roughly how many tho, like an actual number"', () => {
    const [, number] = play('how many sessions for stretch marks?', 'roughly how many tho, like an actual number');
    expect(number).toMatch(/exact number of sessions for stretch marks/);
  });

  it('says what a tool named just before "what even is it?" is', () => {
    expect(text('my cousin left her derma roller at mine lol, what even is it?')).toMatch(/a derma roller is a tool/);
  });

  it('hears "before bed" as the evening after a session, not as preparing for one', () => {
    const bedtime = text('anything i should do before bed tonight? had it done at lunch');
    expect(bedtime).toMatch(/soothing products/);
    expect(bedtime).not.toMatch(/how to prepare/);
  });

  it('names dots of dried blood among the after-effects the article does not describe', () => {
    expect(text('theres little dots of dried blood on my forehead from yesterday, do i pick them off?')).toMatch(/doesn't cover/);
  });

  it('hears "after my second baby" as when a problem began, not as aftercare', () => {
    const stretch = text('got stretch marks on my tummy after my 2nd baby, would microneedling do anything for them');
    expect(stretch).toMatch(/stretch marks/);
    expect(stretch).not.toMatch(/aftercare advice/);
  });

  it('answers "what is microneedling anyway, my colleague won\'t shut up about it" without a silence on colleagues', () => {
    const what = text("what is microneedling anyway, my colleague won't shut up about it");
    expect(what).toMatch(/cosmetic procedure/);
    expect(what).not.toMatch(/doesn't cover/);
    expect(text('what is microneedling and is it safe when pregnant')).toMatch(/doesn't cover microneedling during pregnancy/);
  });

  it('answers what a session left when the tools only say how it was done', () => {
    const red = text('just did my first go with the roller at home and im really red and warm. is that normal??');
    expect(red).toMatch(/hour or two/);
    expect(red).not.toMatch(/a derma roller is a tool/);
    expect(text('saw loads of ppl on tiktok derma rolling, whats a derma roller actually')).toMatch(/a derma roller is a tool/);
    expect(text('is it necessary to go to a clinic, or can I do this at home?')).toMatch(/derma roller/);
  });

  it('reads regional greetings and spellings: "ey up", "wots"', () => {
    expect(text('ey up, how often can u have it done like')).toMatch(/4-6 weeks/);
    expect(text('hiya, wots microneedling?')).toMatch(/cosmetic procedure/);
  });

  it('names sunburnt skin before a session as a silence, but hears "hot like a sunburn" as the usual warmth', () => {
    const burnt = text('can i still come in for my appointment if im a bit sunburnt from the cricket on sunday');
    expect(burnt).toMatch(/doesn't cover having it done on sunburnt skin/);
    expect(text('my face feels hot and tight like a sunburn after my session, is that ok?')).toMatch(/hour or two/);
  });

  it('hears "how long do I have to wait before I can?" after the advice on scrubs as how long the advice holds', () => {
    const [, wait] = play('can i use my face scrub after', 'how long do i have to wait before i can');
    expect(wait).toMatch(/doesn't say exactly how long/);
    expect(wait).not.toMatch(/4-6 weeks/);
  });

  it('never names a form of address as a subject: "hello madam, kindly tell me…"', () => {
    const pores = text('Hello madam, kindly tell me if microneedling will reduce my open pores.');
    expect(pores).toMatch(/shrink large pores/);
    expect(pores).not.toMatch(/doesn't cover/);
  });

  it('names whether the article is sponsored, and what backs it, as silences', () => {
    expect(text('is it sponsored or something')).toMatch(/doesn't cover whether the article is sponsored/);
    expect(text('can i actually trust it? like is it backed by anything')).toMatch(/doesn't cover the evidence behind its claims/);
  });

  it('keeps "mild sagging on my jawline" on saggy skin, without a silence on mildness', () => {
    const [, sagging] = play('how many sessions would i need?', 'its mostly mild sagging on my jawline');
    expect(sagging).toMatch(/fewer sessions/);
    expect(sagging).not.toMatch(/doesn't cover mild/);
  });

  it('keeps "random but…" about sessions on microneedling, and "unrelated but…" off it', () => {
    expect(text('random but is there a collagen supplement i should take alongside my sessions')).toMatch(/doesn't cover supplements/);
    expect(reply('unrelated but what is the best treatment for dandruff?').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('reads voice typing of the article\'s words: "micro kneeling", "healing in jury"', () => {
    expect(text('is it true micro kneeling is also called healing in jury or something')).toMatch(/healing injury/);
  });

  it('answers "and a microneedling pen?" after the roller with the pen', () => {
    const [, pen] = play('whats a derma roller', 'and a microneedling pen?');
    expect(pen).toMatch(/microneedling pens/);
    expect(play('how many sessions for acne scars', 'ugh ok. thats a lot of needles lol')[1]).toBe(THANKS_REPLY);
  });

  it('answers "what kind would you recommend?" after the sun advice with the kind the article names', () => {
    const [, kind] = play('do i need sunscreen after microneedling?', 'What kind would you recommend?');
    expect(kind).toMatch(/broad-spectrum/);
  });

  it('acknowledges "oh lord 😅 ok" mid-conversation, though it ends in "ok"', () => {
    expect(play('should i squeeze the peeling bits', 'oh lord 😅 ok')[1]).toBe(THANKS_REPLY);
  });

  it('puts the silence on a medicine first when asked what microneedling would do, and again for stopping it', () => {
    const [bleed, stop] = play('im on warfarin for AF. would microneedling make me bleed loads?', 'should i stop taking it a few days before');
    expect(bleed).toMatch(/^The article doesn't cover microneedling while taking medication/);
    expect(stop).toMatch(/doesn't cover microneedling while taking medication/);
    expect(text("I've still got active spots, not just scars. can microneedling help the acne itself?")).toMatch(/clear the skin of acne/);
  });

  it('reads "MN", "tl;dr", "wtf" and forms of address the way visitors mean them', () => {
    expect(text('how often does it say to book ppl in for MN?')).toMatch(/4-6 weeks/);
    expect(text('wtf actually is microneedling')).toMatch(/cosmetic procedure/);
    expect(text('Beta what is this microneedling my daughter keeps talking about')).toMatch(/cosmetic procedure/);
    expect(text('aloha!')).toMatch(/^Hi!/);
  });

  it('keeps a circumstance told in an off-topic remark for the question after it', () => {
    const sunburn = text('I got sunburned pretty good at the lake last weekend. can I still go to my appointment tomorrow');
    expect(sunburn).toMatch(/^The article doesn't cover having it done on sunburnt skin/);
    const laser = text('My derm mentioned laser can sometimes burn darker skin. Is microneedling itself considered safe?');
    expect(laser).toMatch(/safest skincare technique/);
  });

  it('keeps a question about a problem the article treats on microneedling when no intent is sure', () => {
    const [, lines] = play('I want microneedling for my forehead wrinkles', 'how many months till i notice the lines softening?');
    expect(lines).toMatch(/doesn't cover/);
    expect(lines).not.toMatch(/only answer questions about microneedling/);
  });

  it('answers how often for the problem told, even in a message the classifier reads as about benefits', () => {
    expect(text('Hallo, I want to make microneedling for my acne scars. How often I can do it?')).toMatch(/4-6 weeks/);
    expect(text('How Often Should I Use a Derma Roller for Hair Loss?')).toMatch(/doesn't mention hair or beard growth/);
  });

  it('reads a few more Taglish words and the area by the eyes', () => {
    expect(text('hi po! how often po ba dapat mag microneedling?')).toMatch(/4-6 weeks/);
    expect(text('ask ko lang, after ng session ano mararamdaman ko?')).toMatch(/warm and tight/);
    const [, eyes] = play('does microneedling help wrinkles?', 'even the crows feet right by my eyes?');
    expect(eyes).toMatch(/doesn't (cover|mention) the under-eye area/);
  });

  it('reads a question in a learner\'s word order: "what I can put on the face now?"', () => {
    const [, put] = play('I had microneedling yesterday, still red', 'What I can put on the face now?');
    expect(put).toMatch(/soothing products/);
    expect(text('after microneedling when i can use my scrub again?')).toMatch(/exfoliat/);
  });

  it('hears "y\'all know a good crawfish place?" as a question about something else', () => {
    const crawfish = reply("hey! random but y'all know a good crawfish place near metairie").map((r) => r.intent);
    expect(crawfish).toContain('out_of_scope');
  });

  it('counts "a lot of treatments" as the number of sessions, for the problem discussed', () => {
    const [, lot] = play('my cheeks are sagging, will it help', 'Would I need a lot of treatments?');
    expect(lot).toMatch(/loose, saggy skin may take fewer sessions/);
  });

  it('names the article\'s silence on which roller to buy when asked "which one should I get?" after the roller', () => {
    const [, which] = play('do i need a derma roller', 'which one should i get');
    expect(which).toMatch(/doesn't cover which derma roller or pen to buy/);
  });

  it('hears "would it take ages?" as the number of sessions, and names more areas and the length of an appointment', () => {
    const [, ages] = play('my tummy skin is loose after losing weight, will microneedling help?', 'would it take ages');
    expect(ages).toMatch(/fewer sessions/);
    expect(text('can microneedling be done on underarms?')).toMatch(/doesn't cover which areas of the body/);
    expect(text('how long does the appointment itself take')).toMatch(/doesn't cover how long a session takes|doesn't cover the length/);
  });

  it("names the article's silence on cheaper ways beside its nearest fact, the roller at home", () => {
    const [, cheaper] = play('how much does it cost', 'is there a cheaper way to do it');
    expect(cheaper).toMatch(/doesn't cover cheaper ways to have it done/);
    expect(cheaper).toMatch(/buy a derma roller/);
  });

  it('answers "what kind of stuff is ok to use?" after a silence on serums with the soothing products advised', () => {
    const [, ok] = play('What serum should I put on after? I have vitamin c and retinol', 'ok so what kind of stuff is ok to use');
    expect(ok).toMatch(/soothing products/);
  });

  it('reads "spf50" and "huh how" as visitors mean them', () => {
    const [, spf] = play('do i need sunscreen after', 'does it have to be spf50 or is 30 fine');
    expect(spf).toMatch(/doesn't cover which sunscreen or SPF to use/);
    expect(play('does it shrink pores', 'huh how')[1]).toMatch(/collagen/);
  });

  it('hears "so microneedling makes more of it?" after collagen as going on about it', () => {
    const [, more] = play('whats collagen and why does it matter', 'so microneedling makes more of it?');
    expect(more).toMatch(/collagen/);
    expect(more).not.toMatch(/not sure I understood/);
    expect(text('can u do it while i have pimples tho')).toMatch(/doesn't cover microneedling over active acne/);
  });

  it('hears the weather asked mid-conversation, a greeting to the team and a rundown as what they are', () => {
    const [, storm] = play('how often should I microneedle?', 'is it meant to storm in brissie tonight?');
    expect(storm).toMatch(/only answer questions about microneedling/);
    expect(text('Respected team, I wish to know whether microneedling is a safe procedure.')).toMatch(/safest skincare technique/);
    expect(text('hiya could u give me a quick rundown of the aftercare stuff')).toMatch(/exfoliat/);
    expect(text('can ye get it done under yer eyes for the bags')).toMatch(/doesn't cover the under-eye area/);
  });

  it('answers what microneedling is after a story of a booked appointment, and "can wash face?" with no "I"', () => {
    const booked = text('hi, i have my first microneedling appt booked in 2 weeks and im kinda nervous tbh. what actually is it?');
    expect(booked).toMatch(/tiny needles/);
    expect(booked).not.toMatch(/booking/);
    const [, wash] = play('can wear makeup after or not?', 'can wash face same night?');
    expect(wash).not.toMatch(/only answer questions about microneedling/);
    expect(wash).toMatch(/doesn't cover/);
  });

  it('hears "when will they go?" of a problem as when results show, active spots as active acne, and "grand stuff" as thanks', () => {
    expect(text('i did it for my forehead lines. when will they go?')).toMatch(/doesn't (cover|say) (when|how)/);
    const [, spots] = play('does it help acne', 'even if ive got loads of spots right now? like active ones');
    expect(spots).toMatch(/doesn't cover microneedling over active acne/);
    expect(play('what should i do after', 'grand stuff')[1]).not.toMatch(/doesn't cover/);
    expect(play('thanks', 'no stress, have a good night')[1]).not.toMatch(/doesn't cover/);
  });

  it('names a kind of microneedling the article never names, the needle asked of "this needle", and what a treatment consists of', () => {
    const holistic = text('What is Holistic Microneedling?');
    expect(holistic).toMatch(/doesn't cover holistic microneedling/);
    expect(holistic).toMatch(/tiny needles/);
    expect(text('HOW BIG IS THIS NEEDLE?!?!?!?')).toMatch(/doesn't cover needle length or size/);
    expect(text('What does the treatment consist of?')).toMatch(/doesn't cover what happens during a session[\s\S]*tiny needles/);
    expect(text('Is Microneedling the Next Big Thing in Skincare?')).toMatch(/popular only recently/);
  });

  it('neither affirms nor denies a quality the article never gives microneedling, and reads a course, the steps and stopping', () => {
    expect(text('Is microneedling invasive?')).toMatch(/doesn't say whether microneedling is invasive/);
    expect(text('What is a Dermapen, Anyway?')).toMatch(/microneedling pens/);
    expect(text('What Can I Expect After 3 Microneedling Sessions?')).toMatch(/2-3 sessions/);
    expect(text('What are the steps for Dermaroller?')).toMatch(/doesn't cover how to use a derma roller step by step/);
    expect(text('What happens if you stop microneedling?')).toMatch(/doesn't cover how long the results last/);
    expect(text("So what's the deal with rolling mini needles over your face?")).toMatch(/collagen/);
  });

  it('answers a question that brings its own subject the same whatever came before', () => {
    const smog = 'During this Smog reason, what are the basic tips with which we can protect our skin?';
    expect(play('is it painful?', smog)[1]).toBe(text(smog));
    const better = 'Could hurting our skin actually make it look better?';
    expect(play('does it help with acne scars?', better)[1]).toBe(text(better));
    const qualified = 'Do you have nationally accredited qualifications that are from a university or a registered training organisation?';
    expect(text(qualified)).toMatch(/doesn't cover who may perform microneedling/);
    expect(play('how often should I microneedle?', qualified)[1]).toBe(text(qualified));
  });

  it('hears a good option as whether it is worth it, time off as going back to work, and minoxidil as hair growth', () => {
    expect(text('So is needling a good option?')).toMatch(/doesn't cover whether it is worth it for you/);
    expect(text('Will I Need to Take Time Off After Microneedling?')).toMatch(/doesn't cover going back to work[\s\S]*hour or two/);
    expect(text('Should You Microneedle Before Or After Minoxidil')).toMatch(/doesn't cover hair or beard growth/);
  });

  it('reads what to do on returning home from a session as the aftercare', () => {
    expect(text('What To Do When You Return Home From a Microneedling Treatment')).toMatch(/exfoliat/);
    expect(text('So, your microneedling session is done. What now?')).toMatch(/exfoliat/);
  });

  it('hears whether scars fade with time, or how two problems differ, as about the problems themselves', () => {
    expect(text('Do Acne Scars Fade with Time?')).toMatch(/doesn't cover scars going away on their own/);
    expect(text("What's the Difference Between Acne Scars and Acne Marks?")).toMatch(/doesn't explain scars as such/);
    expect(text('does microneedling make acne scars fade over time?')).toMatch(/2-3 sessions|lighten/);
  });

  it('reads "should I just book in at a clinic?" as going to a clinic, not as the booking', () => {
    const clinic = text("g'day, is it actually safe to use a derma roller at home or should i just book in at a clinic?");
    expect(clinic).toMatch(/safest skincare technique/);
    expect(clinic).not.toMatch(/booking/);
  });

  it('names no silence after words that only praise or frame ("a top treatment", "maximize")', () => {
    expect(text('Have you heard of micro needling as a top treatment for open pores?')).not.toMatch(/doesn't mention "top"/);
    expect(text('How do you maximize microneedling results?')).not.toMatch(/doesn't cover maximizing/);
  });

  it('hears "I\'m booked in for my first one" as news, not a question about booking', () => {
    const booked = text('hiya, im booked in for my first microneedling on thursday and im a bit nervous. what actually happens to your skin?');
    expect(booked).not.toMatch(/booking/);
    expect(booked).toMatch(/warm and tight/);
  });

  it("answers whether a tool is safe with the article's word on safety, beside its silence on makes", () => {
    const pen = text('Is the Skin Pen Safe?');
    expect(pen).toMatch(/safest skincare technique/);
    expect(pen).toMatch(/doesn't cover particular brands/);
    expect(text('are derma rollers dangerous?')).toMatch(/safest skincare technique/);
  });

  it('gives only the silence on a kind of microneedling the article never discusses, unless microneedling is named apart', () => {
    const rf = text('How Soon Can I Wear Makeup After RF Microneedling?');
    expect(rf).toMatch(/doesn't cover radiofrequency \(RF\) microneedling/);
    expect(rf).not.toMatch(/skincare routine|makeup/);
    expect(text('does vampire facial help acne scars')).not.toMatch(/collagen|2-3 sessions/);
    expect(text('for deep acne scars does microneedling work or do i need prp?')).toMatch(/collagen/);
    const pih = text('What are the strategies for hyperpigmentation in patients undergoing radiofrequency (RF) microneedling?');
    expect(pih).toMatch(/doesn't cover radiofrequency \(RF\) microneedling/);
    expect(pih).not.toMatch(/pigmentation among/);
    expect(text('How safe is non-RF microneedling?')).toMatch(/safest skincare technique/);
  });

  it('names the silence on a skin problem the article never names when it is asked about for itself, and keeps "it" on it', () => {
    expect(text('What Are Keloids?')).toMatch(/doesn't cover specific skin conditions/);
    const rosacea = text('What is Rosacea, and How is it Managed?');
    expect(rosacea).toMatch(/doesn't cover specific skin conditions/);
    expect(rosacea).not.toMatch(/collagen|safest/);
    expect(text('does it work on rosacea and is it safe?')).toMatch(/safest skincare technique/);
  });

  it('names an after-effect the article never mentions, asked as one microneedling might bring on, beside the ones it does', () => {
    const capillaries = text('Can Microneedling Cause Broken Capillaries');
    expect(capillaries).toMatch(/doesn't cover broken capillaries as a side effect/);
    expect(capillaries).toMatch(/warm and tight/);
    expect(text('Why Do I Feel Tired After Microneedling')).toMatch(/doesn't cover feeling tired after a session/);
  });

  it('reads whether a skin problem is dangerous or genetic as a question about the problem, not about microneedling', () => {
    expect(text('Are Stretch Marks Dangerous?')).toMatch(/doesn't explain stretch marks as such/);
    expect(text('are acne scars genetic')).toMatch(/doesn't explain scars as such/);
    expect(text('is it dangerous on stretch marks?')).toMatch(/safest skincare technique/);
  });

  it('tells tipping the practitioner apart from the aftercare tips', () => {
    expect(text('Do You Tip for Microneedling?')).toMatch(/doesn't cover tipping/);
    expect(text('any aftercare tips?')).toMatch(/exfoliators/);
    expect(text('are these tips the only ones?')).not.toMatch(/tipping/);
  });

  it('hears the time to wait between sessions as the interval, and "why so long between sessions" as its reason', () => {
    expect(text('Is there a specific amount of time I need to wait between microneedling treatments?')).toMatch(/4-6 weeks/);
    expect(text('why do you have to wait between sessions anyway?')).not.toMatch(
      /^According to the article, you can have a microneedling session every 4-6 weeks/,
    );
  });

  it('takes "how silly of me" and "of course" as remarks, and "wait why…" as asking the reason', () => {
    expect(reply('Of course, how silly of me. Thank you regardless.').map((r) => r.intent)).not.toContain('out_of_scope');
    expect(text('wait why so long in between', 'how often should I microneedle at home?')).toMatch(/doesn't explain the 4-6 week interval/);
  });

  it('keeps general skincare questions apart from the aftercare of a session', () => {
    expect(reply('Are scrubs bad for my skin?').map((r) => r.intent)).not.toContain('aftercare');
    expect(reply('Does exfoliating come before or after toner?').map((r) => r.intent)).not.toContain('aftercare');
    expect(text('can I use scrubs after microneedling?')).toMatch(/exfoliators/);
  });

  it('goes on with the last answer for a short follow-on that names nothing new, but not for another moment', () => {
    expect(text("And if it hasn't settled by then?", 'how long does the redness last')).toMatch(/day or two/);
    expect(text('and him?', 'how often should I do it')).toMatch(/4-6 weeks/);
    expect(text('and sooner?', 'how often should I do it')).not.toMatch(/^According to the article, you can have/);
  });

  it('hears whether a rate is all right as the interval, and a plan to ask the clinic as an acknowledgement', () => {
    expect(text('is it okay to do weekly only?')).toMatch(/4-6 weeks/);
    expect(reply('fair enough, the clinic will tell me I suppose').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('Well you learn something new every day').map((r) => r.intent)).toEqual(['thanks']);
  });

  it("checks a claim that microneedling is dangerous against the article's word on safety", () => {
    expect(text('My husband says it is dangerous to do it by myself at home. Is this true?')).toMatch(/safest skincare technique/);
  });

  it('gives the after-effects the article names with its silence on any other side effect or risk', () => {
    const replies = reply('Apart from the redness, what are the side effects?');
    expect(replies.map((r) => r.text).join(' ')).toMatch(/hour or two/);
    expect(replies.at(-1)?.text).toMatch(/doesn't cover other side effects or risks/);
    expect(reply('how long does the redness last?').map((r) => r.intent)).toEqual(['side_effects']);
  });

  it('hears "all right", "hat it is then" and "ugh this is all so confusing" as remarks, not questions', () => {
    for (const remark of ['All right. Thank you dear, good night.', 'hat it is then', 'ugh this is all so confusing', 'ngl bit scared now lol'])
      expect(reply(remark, 'any side effects?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('keeps the silence for how long he should wait, as for how long I should', () => {
    expect(text('how long should he wait then?', 'He uses concealer, can he put that on after?')).toMatch(/doesn't cover wearing makeup/);
  });

  it("names its silence on risks, after the article's word on safety when safety is what was asked", () => {
    expect(reply('are there any risks?').map((r) => r.intent)).toContain('not_covered');
    expect(reply('what are the risks of micro-needling').map((r) => r.intent)).toEqual(['safety', 'not_covered']);
  });

  it('hears a question after a comma as a question, not as the remark before it', () => {
    expect(text("i'm super fair and freckly, is it ok for my skin type")).toMatch(/doesn't cover specific skin types/);
  });

  it('takes "bummer", "rad" and "learn something every day" as remarks', () => {
    for (const remark of ['bummer', 'rad', 'huh. learn somethin every day', 'sweet, stoked'])
      expect(reply(remark, 'how often should I do it?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('turns homework away, hears "are they dear" as the price and "take leave" as time off work', () => {
    expect(reply('can u help me with my essay on irish history its due tmrw').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('what about a roller for home, are they dear')).toMatch(/doesn't cover the cost/);
    expect(text('need to take leave from work after or not?')).toMatch(/doesn't cover going back to work/);
  });

  it('reads "kindly share" as a request and "teh" as "the"', () => {
    expect(text('kindly share aftercare steps so i can do the needful')).toMatch(/exfoliators/);
    expect(text('What does teh article say about why skin sags as we age, then?')).not.toMatch(/teh/);
  });

  it('repeats the last answer for "WHAT? Say that again" and "speak up"', () => {
    const before = 'My jowls have gone south. Will this microneedling business tighten them up?';
    expect(text('WHAT? Say that again, the print is too small.', before)).toMatch(/tighten/);
    expect(text('Speak up.', before)).toMatch(/tighten/);
  });

  it('takes "brb", "allo" and "in for a penny" as small talk, a game result as off-topic and days off as time off work', () => {
    expect(reply('brb the bell has rung').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('allo').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('Oh well, in for a penny', 'does it hurt?').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('Did the Suns win last night?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('how many days off do i need po?')).toMatch(/doesn't cover going back to work/);
  });

  it('reads "What can I do?" after a problem told as what would help it', () => {
    expect(text("I'm starting to get wrinkles around my eyes. What can I do?")).toMatch(/wrinkles/);
  });

  it('answers "source?" after a claim with the article and its silence on the studies behind it', () => {
    const replies = reply('source?', 'how often should I do it?');
    expect(replies[0].intent).toBe('source');
    expect(replies.map((r) => r.text).join('\n')).toMatch(/doesn't cover the studies or references behind its claims/);
    expect(text('is that claim supported by any source or reference', 'how often should I do it?')).toMatch(/behind its claims[\s\S]*4-6 weeks/);
  });

  it("gives a product of the visitor's own routine the silence, then the article's word on going back to the routine", () => {
    expect(text('I have used Ponds cold cream every night for 50 years. can I keep using it after')).toMatch(
      /doesn't cover ponds cold cream[\s\S]*regular skincare routine/,
    );
  });

  it('reads "aoa", "howya" and "yow" as their English, and "would she be alright having it" as a question', () => {
    expect(reply('aoa').map((r) => r.intent)).toEqual(['greeting']);
    expect(text('how often can yow have it done')).toMatch(/4-6 weeks/);
    expect(text('me mates asking, shes got dead sensitive skin, would she be alright having it')).toMatch(/doesn't cover/);
    expect(reply('well that aint bad', 'how often should I do it?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('does not read "I don\'t know what facial to choose" as doubt about the last answer', () => {
    expect(text('I don\u2019t know what facial to choose ?', 'how often should I microneedle?')).not.toMatch(/4-6 weeks/);
    expect(text('i dont really see much difference yet tho, is that normal', 'how many sessions for acne scars?')).toMatch(/2-3/);
  });

  it('gives the silence on other side effects when the redness is named only to set it aside, and reads "duration?" as how long', () => {
    expect(text('apart from a bit of redness, any other side effects i should know about?')).toMatch(/doesn't cover other side effects/);
    expect(text('Duration?', 'What does it say happens immediately after treatment?')).toMatch(/hour or two/);
  });

  it('turns away growing followers, and takes "a big hat it is lol" and "wahala. ok" as remarks', () => {
    expect(reply('how i fit grow my instagram followers fast').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('a big hat it is lol', 'can i sit in the sun after?').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('ah boss thats put me mind at rest', 'is it normal to be red after?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('says what a tool named in passing is when asked "whats that about?"', () => {
    expect(text('the place in town does it with a pen thing not a roller, whats that about')).toMatch(/pens[\s\S]*puncturing small holes/);
  });

  it('names what "the safest" is never compared with, beside the article\'s word on safety', () => {
    const replies = reply("It calls microneedling 'the safest'. Safest compared with what?");
    expect(replies.map((r) => r.intent)).toEqual(['not_covered', 'safety']);
    expect(replies[0].text).toMatch(/what microneedling is safer than/);
  });

  it('answers whether a named problem clears, and keeps the silence on how long for questions about time', () => {
    expect(text('do the wrinkles go away?')).toMatch(/fine lines and wrinkles/);
    expect(text('So the pores actually go away?', 'Can microneedling shrink pores?')).toMatch(/shrinks or disappears/);
    expect(text('how long do the wrinkles stay away?')).not.toMatch(/fine lines and wrinkles come from/);
  });

  it('takes what aftercare involves as the aftercare question, and what a session involves as the silence on it', () => {
    expect(reply('what does aftercare involve')[0].intent).toBe('aftercare');
    expect(reply("the wife says i gotta do 'aftercare'. whats that involve")[0].intent).toBe('aftercare');
    expect(reply('what does a microneedling session involve?')[0]).toMatchObject({ intent: 'not_covered', topic: 'procedure' });
  });

  it('says what microneedling is before what a friend said of it', () => {
    expect(reply('yo whats microneedling exactly my boy at work said its good for scars').map((r) => [r.intent, r.topic])).toEqual([
      ['what_is', undefined],
      ['benefits', 'scars'],
    ]);
  });

  it('gives the count it has, or says it has none, when asked for a number', () => {
    expect(text('ok so give me an actual number', 'how many sessions for saggy skin')).toMatch(
      /doesn't cover the exact number of sessions for loose, saggy skin/,
    );
    expect(text('give me the exact number', 'how often should I do it?')).toMatch(/4-6 weeks/);
  });

  it('treats a cap as a hat the article does not name, beside its advice on the sun', () => {
    const replies = reply('can i just wear my cap', 'i work outside in the sun, is that bad after');
    expect(replies.map((r) => r.intent)).toEqual(['not_covered', 'aftercare']);
    expect(replies[1].text).toMatch(/sun hat/);
  });

  it('reads time off as leave from work, and a decision to stay with a tool or thanks after a remark as closing', () => {
    expect(reply('How much time off would I need?')[0]).toMatchObject({ intent: 'not_covered', topic: 'work' });
    expect(reply('dang prolly just stick w my roller then', 'do i need a clinic or can i do it at home').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('hard to do a cost benefit with no numbers. thanks anyway', 'how much does it cost?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('refuses what a dermatologist is, and names the causes only of problems the article explains', () => {
    expect(reply('What is a Dermatologist?')[0].intent).toBe('out_of_scope');
    expect(text('what are the causes of wrinkles?')).toMatch(/stress/);
    expect(text("What are stretch mark's causes?")).toMatch(/doesn't explain stretch marks/);
  });

  it('answers what microneedling is after a story that names nothing, and how often whatever interval is guessed at', () => {
    expect(reply('hi sorry random q at 3am lol what even is microneedling').map((r) => r.intent)).toEqual(['what_is']);
    expect(text('how often can u do it, like cud i do it every nap lol')).toMatch(/4-6 weeks/);
  });

  it('reads facial peels as another treatment, a clinic price as cost and a school assignment as off-topic', () => {
    expect(text('Chemical or Facial Peel - What Is It?')).toMatch(/only about microneedling/);
    expect(reply('how much at a clinic')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('can you help me with my chemistry assignment').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('ah thats something i suppose', 'how many sessions for saggy skin').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('repeats the last answer when asked to say it again, however the visitor puts it', () => {
    expect(reply('say again? two to WHAT', 'how many sessions for scars')[0]).toMatchObject({ intent: 'sessions', topic: 'scars' });
    expect(reply("come again ma'am? didnt quite catch that", 'safe for somebody on blood thinners?')[0]).toMatchObject({
      intent: 'not_covered',
      topic: 'medication',
    });
  });

  it('reads other symptoms as side effects, days of leave as time off work and "who isnt allowed" as who should avoid it', () => {
    expect(reply('any other symptoms apart from redness?').map((r) => r.intent)).toEqual(['side_effects', 'not_covered']);
    expect(reply('how many days leave i have to take?')[0]).toMatchObject({ intent: 'not_covered', topic: 'work' });
    expect(reply('who isnt allowed it then')[0]).toMatchObject({ intent: 'not_covered', topic: 'candidates' });
    expect(text('how often do folks do this')).toMatch(/4-6 weeks/);
  });

  it('reads whether a scar goes away as what microneedling does for it, beside the silence on its going on its own, and complete removal as the silence', () => {
    silenceThen('Will pimple scars on my face ever go away?', /doesn't cover scars going away on their own/, { intent: 'benefits', topic: 'scars' });
    expect(reply('will it make my scars go away?')[0]).toMatchObject({ intent: 'benefits', topic: 'scars' });
    expect(reply('do the scars go away completely')[0]).toMatchObject({ intent: 'not_covered', topic: 'complete_removal' });
    expect(reply('Is There Hope For Stubborn Pigmentation?')[0]).toMatchObject({ intent: 'benefits', topic: 'pigmentation' });
  });

  it("says the article does not explain what prevents or causes a problem it treats, except wrinkles' causes", () => {
    expect(text('Can you prevent stretch marks?')).toMatch(/doesn't explain stretch marks/);
    expect(text('Why are my nose pores so big?')).toMatch(/doesn't explain pores/);
  });

  it('gives the after-effects and the silence on the rest when side effects are asked beside complications or set against the redness', () => {
    expect(reply('what are the side effects or complications?').map((r) => r.intent)).toEqual(['side_effects', 'not_covered']);
    expect(reply('apart of the redness, which side effects it can have?').map((r) => r.intent)).toEqual(['side_effects', 'not_covered']);
  });

  it('keeps the silence on a price for the roller after the price of a session, and signs off a letter', () => {
    expect(reply('and the roller thing to buy', 'how much does it cost in a clinic?')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('Thank you, I shall tell him. Regards, Maureen', 'would it help with pimples?').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('Can I use my usual Ponds cold cream at night after it is done?')[1]).toMatchObject({ intent: 'aftercare', topic: 'routine' });
  });

  it('takes a pause for a passenger and a Brummie goodbye as small talk', () => {
    expect(reply('wait sir passenger is coming, 1 min', 'how often?').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('tara-a-bit bab', 'how often?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('names the silences on seeing a dermatologist, sharing one roller and treating while breaking out', () => {
    expect(reply('How often should I see a dermatologist?')[0]).toMatchObject({ intent: 'not_covered', topic: 'dermatologist_visits' });
    expect(reply('can all 4 of us use one derma roller, me, wife and 2 daughters')[0]).toMatchObject({ intent: 'not_covered', topic: 'sharing' });
    expect(reply('can i get it done while im still breaking out')[0]).toMatchObject({ intent: 'not_covered', topic: 'active_acne' });
    expect(reply('can u quiz me on pharm for my exam').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('reads slowing down ageing as anti-aging and how the skin feels after as the after-effects', () => {
    expect(reply('What can we do to slow down the ageing process?')[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
    expect(reply('and after, how does the skin feel')[0]).toMatchObject({ intent: 'side_effects', topic: 'redness' });
  });

  it("names the silences on going back for ever, a teenager's age and days to take off, and lets a dog at the door pass", () => {
    expect(reply('so id be going back for ever', 'if it works how long does it last')[0]).toMatchObject({ intent: 'not_covered', topic: 'results_duration' });
    expect(reply('hes only 16 mind. ok at that age?', 'would it help spots')[0]).toMatchObject({ intent: 'not_covered', topic: 'age' });
    expect(reply('i need to know how many days to take off from the firm')[0]).toMatchObject({ intent: 'not_covered', topic: 'work' });
    expect(reply('now in a minute, dogs at the door', 'how often?').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('understood. thats what i figured', 'how often?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads a dorm as home, "cop one" as buying one and a good place for a snack as off-topic', () => {
    expect(text('can i do it in my dorm or do i gotta go somewhere')).toMatch(/derma roller/);
    expect(reply('where do i cop one', 'whats a derma roller')[0]).toMatchObject({ intent: 'not_covered', topic: 'buying' });
    expect(reply('hey you know a good place for açaí in miami beach?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('How very unsatisfactory. Thank you anyway.', 'who wrote this article?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('greets a greeting however long, and never answers a long question with a greeting', () => {
    expect(reply('hey bot how are you today?').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply("so if i do it the morning of the shoot i'd be fine by the afternoon?", 'how long does the redness last?')[0].intent).not.toBe('greeting');
  });

  it('takes "roger" and "copy that" as acknowledgements', () => {
    expect(reply('roger', 'how often should I do it?').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('copy that', 'how often should I do it?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('answers a topic added after a question, and what a microneedling pen is', () => {
    expect(reply('can i use my toner after? also my aha exfoliant').map((r) => r.topic)).toContain('exfoliation');
    expect(reply('my clinic does it with a pen, whats a microneedling pen?')[0]).toMatchObject({ intent: 'home_or_clinic', topic: 'pen' });
  });

  it('reads the best treatment for a problem as what microneedling does for it, and its causes or prevention as silences', () => {
    expect(reply('What is the best treatment for my acne scars?')[0]).toMatchObject({ intent: 'benefits', topic: 'scars' });
    expect(reply('Why am I getting acne?')[0]).toMatchObject({ intent: 'not_covered', topic: 'acne' });
    expect(reply('Is acne scarring preventable?')[0]).toMatchObject({ intent: 'not_covered', topic: 'scars' });
    expect(reply('When do you get stretch marks?')[0]).toMatchObject({ intent: 'not_covered', topic: 'stretch_marks' });
  });

  it('takes "that is what I wanted to know", "only microneedling, understood" and a German goodbye as small talk', () => {
    expect(reply('Genau, that is what I wanted to know. Thanks', 'how often?').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('Ok, only microneedling. Understood.', 'what is botox?').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('Then I ask my Hautarzt. Tschüss', 'how often?').map((r) => r.intent)).toEqual(['goodbye']);
  });

  it('gives the last answer again when told it is no answer or asked for the same number', () => {
    expect(reply('that is not an answer', 'how much does it cost?')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('same number?', 'how many sessions for scars?')[0]).toMatchObject({ intent: 'sessions', topic: 'scars' });
  });

  it('answers what would treat a problem with what microneedling does for it, beside the silence on the rest', () => {
    expect(reply('What are the treatments for a wrinkly neck?').map((r) => r.topic)).toEqual(['wrinkles', 'body_areas']);
    expect(reply('How Can I Remove Chickenpox Scars on My Face?').map((r) => r.topic)).toContain('scars');
  });

  it('reads burn scars, an older woman and sun screen as the topics they name, and "10-4" as an acknowledgement', () => {
    expect(reply('burn scars?', 'does it work on scars?')[0]).toMatchObject({ intent: 'not_covered', topic: 'scar_kinds' });
    expect(reply('Is it safe for an older woman like myself?')[0]).toMatchObject({ intent: 'not_covered', topic: 'age' });
    expect(reply('ok what kind of sun screen')[0]).toMatchObject({ intent: 'aftercare', topic: 'sun' });
    expect(reply('10-4 bud', 'how often?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('gives the last answer again when the visitor sums it up', () => {
    expect(reply('so basically just nothing harsh', 'can i use my retinol the night after?').map((r) => r.intent)).not.toContain('goodbye');
    expect(reply('so basically just nothing harsh', 'can i use my toner after?')[0]).toMatchObject({ intent: 'aftercare', topic: 'toner' });
  });

  it('reads a mesoscooter as a derma roller, and gives the silence on other downsides beside the after-effects of a roller', () => {
    expect(reply('What is a mesoscooter?')[0]).toMatchObject({ intent: 'home_or_clinic', topic: 'derma_roller' });
    expect(reply('What is the downside to using a dermaroller?').map((r) => r.intent)).toEqual(['side_effects', 'not_covered']);
  });

  it('names the silence on crepey skin beside what it says of ageing skin, and on how pores change with age', () => {
    expect(reply('What is Crepey Skin?').map((r) => r.topic)).toEqual(['crepey_skin']);
    expect(reply('does it help crepey skin').map((r) => r.topic)).toEqual(['crepey_skin', 'anti_aging']);
    expect(reply('Do Pores Get Larger As We Age?')[0]).toMatchObject({ intent: 'not_covered', topic: 'pores' });
  });

  it('greets a visitor who asks whether anybody is there, and gives the silence on the interval\'s reason to "why not every week"', () => {
    expect(reply('Hello, is there anybody there?').map((r) => r.intent)).toEqual(['greeting']);
    const weekly = reply('why not every week tho if i want my scars gone faster');
    expect(weekly[0].intent).toBe('frequency');
    expect(weekly[0].text).toMatch(/doesn't explain the 4-6 week interval/);
  });

  it('names the silences on cellulite and days of downtime, and calls CoolSculpting another treatment', () => {
    expect(reply('Does anything cure cellulite?')[0]).toMatchObject({ intent: 'not_covered', topic: 'cellulite' });
    expect(reply('How Effective Is CoolSculpting For Fat Loss?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('How many days downtime I must plan? Exact number please.').map((r) => r.intent)).toEqual(['not_covered', 'side_effects']);
    expect(reply('Is there any downtime?').map((r) => r.intent)).toEqual(['not_covered', 'side_effects']);
  });

  it("reads a baby waking as a pause, the same gap as the interval and how many years as the article's history", () => {
    expect(reply("hold on baby's up", 'what happens right after you do it').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('ok but if i am using derma roller at home is it same gap or i can do weekly also', 'how often?')[0].intent).toBe('frequency');
    expect(reply('since how many years people are doing this? or it is new trend')[0]).toMatchObject({ intent: 'what_is', topic: 'history' });
  });

  it('reads "wid this needlin thing dae anythin for it" as whether it helps the problem under discussion', () => {
    expect(reply('wid this needlin thing dae anythin for it', 'got a scar on ma chin fae a bottle in 1989. dinnae ask')[0]).toMatchObject({
      intent: 'benefits',
      topic: 'scars',
    });
  });

  it('answers a question naming its own subject the same after any earlier question', () => {
    const alone = (q: string) => reply(q).map((r) => r.text);
    for (const q of [
      'Is dermaplaning the same as shaving?',
      'Why does my acne look worse after a facial?',
      'What is the healing process like after getting a tattoo?',
      'How long does it take to receive my order?',
      'How is facial sagging treated?',
      'I always look tired and all my friends tell me that I look sleepy. I am only 28, but is it crazy for me to think that I might need eye surgery?',
      'What are permanent wrinkles and when do they usually form on the face?',
      'Do stretch marks ever go away?',
      'Why do I always look tired?',
      'How many days does facial last?',
      'How Long Does It Take To Get Glass Skin?',
      'I have tried many wrinkle creams, but none of them seem to work. Why?',
    ])
      for (const before of ['how often should I microneedle?', 'does it help with acne scars?', 'how long does the redness last?'])
        expect(reply(q, before).map((r) => r.text)).toEqual(alone(q));
  });

  it('answers whether the visitor will look fine by a later moment with how long the after-effects last', () => {
    for (const q of ["so if i do it the morning of the shoot i'd be fine by the afternoon?", 'if i get it done friday after work will i be ok by monday'])
      expect(reply(q)[0]).toMatchObject({ intent: 'side_effects' });
    expect(reply('will they tell me how many sessions i need')[0].intent).not.toBe('side_effects');
  });

  it('reads potential side effects, the best scar treatment, where scars come from and a treatment done without surgery', () => {
    expect(reply('What are the potential side effects?')[0].intent).toBe('side_effects');
    expect(reply('What is the best acne scar treatment?')[0]).toMatchObject({ intent: 'benefits', topic: 'scars' });
    expect(reply('Where do acne scars come from?')[0]).toMatchObject({ intent: 'not_covered', topic: 'scars' });
    expect(reply('How Can I Tighten Sagging Skin on My Face Without Surgery?')[0]).toMatchObject({ intent: 'benefits', topic: 'loose_skin' });
  });

  it('reads going on shift as going back to work, cardio as exercise and a forearm as a body area', () => {
    expect(reply('if i get it done in the morning can i still go on shift that night? its a 24')[0]).toMatchObject({ intent: 'not_covered', topic: 'work' });
    expect(reply('even just cardio?', 'we work out at the house every shift. can i still lift after')[0]).toMatchObject({ topic: 'exercise' });
    expect(reply('can you do it on your forearm?').map((r) => r.topic)).toContain('body_areas');
  });

  it('says the article does not discuss a product asked whether it works, and weighs one named beside microneedling', () => {
    for (const [q, product] of [
      ['Do wrinkle creams work?', 'wrinkle creams'],
      ['Does Bio-Oil work on stretch marks?', 'bio oil'],
      ['Is vitamin C serum good for dark spots?', 'vitamin c serum'],
    ]) {
      const replies = reply(q);
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatchObject({ intent: 'not_covered' });
      expect(replies[0].text).toContain(product);
    }
    expect(reply('do creams work better than microneedling for wrinkles?').map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
    expect(reply('is sun cream good after?')[0].intent).toBe('aftercare');
  });

  it('names the silences on a problem going away on its own and on how long a facial lasts; reads what it is like straight after and microneedling aftercare', () => {
    expect(reply('Do Acne Scars Go Away With Time?').map((r) => r.text)).toEqual([expect.stringMatching(/doesn't cover scars going away on their own/)]);
    expect(reply('whats it like straight after, roughly')[0].intent).toBe('side_effects');
    expect(reply('So, what exactly is microneedling aftercare?')[0].intent).toBe('aftercare');
    expect(reply('How many days does facial last?')[0].intent).toBe('not_covered');
  });

  it('gives a question about skin the article never speaks of its silence, unless it surely lies elsewhere', () => {
    expect(reply('What suspicious changes in my skin should I look for?')[0]).toMatchObject({ intent: 'not_covered' });
    expect(reply('What suspicious changes in my skin should I look for?')[0].text).toMatch(/doesn't cover suspicious changes in your skin/);
    expect(reply('How does stress affect my skin?')[0].intent).toBe('not_covered');
    expect(reply('how often should I wash my hair?')[0].intent).toBe('out_of_scope');
    expect(reply("what's the weather tomorrow?")[0].intent).toBe('out_of_scope');
  });

  it('reads stopping retinol before a session, a brb, a bottom line, a misheard roller and lectures the next day', () => {
    expect(reply('Should I stop my retinol before? my derm has me on tretinoin')[0]).toMatchObject({ intent: 'not_covered', topic: 'actives' });
    expect(reply('brb my timer for the croissants')[0].intent).toBe('thanks');
    expect(reply('ok so what CAN I use, bottom line?')[0].intent).toBe('aftercare');
    expect(reply('whats a dharma roller')[0].text).toMatch(/needles/);
    expect(reply('can i go for lectures the next day')[0]).toMatchObject({ intent: 'not_covered', topic: 'work' });
    expect(reply('And how long would any improvement last?')[0]).toMatchObject({ intent: 'not_covered', topic: 'results_duration' });
  });

  it('reads the popularity told around "what is it?" as the story, and asks whether it exists long as its history', () => {
    for (const q of [
      "hi there, my daughter keeps going on about microneedling, she's seen it all over tiktok. what actually is it?",
      'what exactly is microneedling abeg, everybody on tiktok is doing it',
    ])
      expect(reply(q)[0]).toMatchObject({ intent: 'what_is', topic: undefined });
    expect(reply('why is it so popular on tiktok?')[0]).toMatchObject({ intent: 'what_is', topic: 'history' });
    expect(reply('this is new trend or it exist long time?')[0]).toMatchObject({ intent: 'what_is', topic: 'history' });
  });

  it('reads "is there something that can be done for…" as what treats a problem, and "what, if anything, can be done" as one question', () => {
    const replies = reply('Is there something that can be done for old surgical scars?');
    expect(replies.map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
    expect(replies[1].topic).toBe('scars');
    const crepey = 'What, if anything, can be done in response to the appearance of crepey skin?';
    expect(reply(crepey, 'how often should I microneedle?').map((r) => r.text)).toEqual(reply(crepey).map((r) => r.text));
    expect(reply('Do stretchmark treatments really work?')[0]).toMatchObject({ intent: 'benefits', topic: 'stretch_marks' });
  });

  it('gives a skin problem the bot would refuse what the article says of it when asked whether this helps, and a product silence again on resuming it', () => {
    const puck = reply('took a puck to the chin in beer league few yrs back and got a scar. would this help it');
    expect(puck.map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
    expect(puck[1].topic).toBe('scars');
    expect(reply('How do I approach chickenpox scars?')[0].intent).toBe('not_covered');
    expect(reply('ok and when can I start it back up?', 'is retinol ok before a session?')[0]).toMatchObject({ intent: 'not_covered', topic: 'actives' });
    expect(reply('like on a scale of 1 to 10', 'does it hurt?')[0]).toMatchObject({ intent: 'not_covered', topic: 'pain' });
    expect(reply('ok soon come, patient buzzer going')[0].intent).toBe('thanks');
  });

  it('reads "how do I make my acne scars go away?" and "what can I do about my dull complexion?" as what treats the problem', () => {
    expect(reply('How do I make my acne scars go away?')[0]).toMatchObject({ intent: 'benefits', topic: 'scars' });
    expect(reply('What can I do about my dull complexion?')[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
    expect(reply('How can I make my pores finer?').map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
    expect(reply('how can I remove scars with lemon juice?')[0].text).toMatch(/lemon juice/);
  });

  it('names the silence on a word the aftercare uses without defining it, on side effects beyond the redness, and reads an in-law as a relative', () => {
    expect(text('What is a broad-spectrum sunscreen, precisely?')).toMatch(/doesn't explain what "broad spectrum sunscreen" means/);
    expect(text('What is an exfoliator?')).toMatch(/doesn't explain what "exfoliator" means/);
    expect(reply('what is a derma roller?')[0]).toMatchObject({ intent: 'home_or_clinic', topic: 'derma_roller' });
    expect(reply('Are there any side effects beyond some redness?').map((r) => r.intent)).toEqual(['side_effects', 'not_covered']);
    expect(reply('my daughter in law sent me a link about this microneedling business. what is it exactly eh?')[0].intent).toBe('what_is');
    expect(reply('so once a month or thereabouts', 'how often do you do it? every week?')[0].text).toMatch(/4-6 weeks/);
    expect(reply('Would I need to keep returning indefinitely?')[0]).toMatchObject({ intent: 'not_covered', topic: 'results_duration' });
  });

  it('names the silence on everyday skincare for an aftercare subject asked of itself, then the advice as a related point', () => {
    silenceThen('Does sunscreen expire?', /doesn't cover everyday skincare outside a microneedling session/, { intent: 'aftercare', topic: 'sun' });
    expect(reply('can I use toner?')[0]).toMatchObject({ intent: 'aftercare', topic: 'toner' });
    expect(reply('do I need sunscreen after microneedling?')[0]).toMatchObject({ intent: 'aftercare', topic: 'sun' });
  });

  it('keeps the problem answered as what a follow-up points back to, beside another topic answered in the same message', () => {
    const [, rounds] = play("I've got sun spots from 30 yrs of showing houses in the Texas sun ☀️😅 will this fade em?", "How many rounds till they're gone??");
    expect(rounds).toMatch(/no number of sessions for pigmentation/);
  });

  it('reads particles and "in your view" as how a question is asked, and a rate offered back as checking the interval', () => {
    expect(reply('why sha', 'which cream can i use after', 'my toner has alcohol')[0]).toMatchObject({ intent: 'aftercare', topic: 'toner' });
    expect(reply('and is it safe, in your view', 'is this a new fad or has it been around a while')[0].intent).toBe('safety');
    expect(reply('so like once a school term-ish', 'how often would i need to go?')[0].text).toMatch(/4-6 weeks/);
    expect(reply('so how long the result go last')[0]).toMatchObject({ intent: 'not_covered', topic: 'results_duration' });
  });

  it('weighs "this or botox" and the look of another treatment as comparisons, and keeps "expected" from meaning pregnancy', () => {
    expect(reply('this or botox for forehead lines')[0]).toMatchObject({ intent: 'not_covered', subject: 'Botox' });
    expect(text('Will you look like you had a chemical peel?')).toMatch(/doesn't discuss chemical peels, or how they compare/);
    expect(reply('What is expected with treatment?')[0].intent).toBe('side_effects');
  });

  it('answers a problem told before "reckon it would do anything for them", and reads the time before coming in and a lunch break', () => {
    const said = reply('three kids later my tummy is covered in stretch marks haha. reckon microneedling would do anything for them');
    expect(said.map((r) => r.topic)).toContain('stretch_marks');
    expect(reply('What to avoid before coming in for your procedure?')[0]).toMatchObject({ intent: 'not_covered', topic: 'preparation' });
    expect(reply('Can I do it on my lunch break?').map((r) => r.topic ?? r.intent)).toEqual(['work', 'side_effects']);
    expect(reply('What is SNS nail systems and who is it for?').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('answers a treated problem asked of "it" after "random one but", and reads the house, being looked over and "doable"', () => {
    const aside = reply('random one but ive got stretch marks on my hips from when i bulked up at the gym, does it do those');
    expect(aside[0]).toMatchObject({ intent: 'benefits', topic: 'stretch_marks' });
    expect(reply('Do I have to drive up to Atlanta for this or can a person do it at the house??').map((r) => r.topic)).toContain('home');
    expect(reply('Do I just walk in and they get started or do they look me over first?').map((r) => r.topic)).toContain('diagnosis');
    expect(reply('on her thighs. doable?', 'sister asking - stretch marks?')[0]).toMatchObject({ intent: 'not_covered', topic: 'body_areas' });
  });

  it('reads a problem had "as a lad" as where the scars came from, "and him, same?" as the answer again, and a few more acknowledgements', () => {
    const scars = reply('had bad spots as a lad and ive still got the pitted scars on my cheeks. would this do anything for them');
    expect(scars.map((r) => r.topic)).toEqual(['scars']);
    expect(reply('and him, same?', 'how often must she go for sessions')[0].text).toMatch(/4-6 weeks/);
    const braai = 'Howzit. My son is 16 and his face is full of pimples, someone at the braai on sunday said microneedling. what is it exactly?';
    expect(reply(braai).map((r) => r.intent)).toEqual(['what_is']);
    for (const said of ['lol worth a shot babes', 'omg living for it', 'sorry, just now, the dog is going mad at the gate'])
      expect(reply(said, 'what is microneedling?')[0].intent).not.toMatch(/out_of_scope|benefits|not_covered/);
  });

  it('weighs the tools told just before a bare "whats the difference", and reads a teller of "she" alone, peels and more acknowledgements', () => {
    expect(text('she says the place in town uses a pen thing not a roller. whats the difference')).toMatch(/pens/);
    expect(reply('and pores, she says hers are big on the nose. will it help')[0]).toMatchObject({ intent: 'benefits', topic: 'pores' });
    expect(reply('she also said a glass of wine that evening is fine')[0].text).toMatch(/drinking alcohol/);
    expect(reply('How Many Peels Do I Need?')[0]).toMatchObject({ intent: 'out_of_scope', subject: 'chemical peels' });
    expect(reply('exact duration?', 'what happens right after?')[0].text).toMatch(/hour or two/);
    expect(reply('the missus is after gettin me on this thing... what in the name of god is microneedling')[0].intent).toBe('what_is');
    expect(reply('yo what even is microneedling lol my clients keep asking me about it and i got no clue').map((r) => r.intent)).toEqual(['what_is']);
    for (const said of ['oh righto, more often than i thought', 'ok thats lowkey annoying but ok'])
      expect(reply(said, 'how often would i need to go?')[0].intent).toBe('thanks');
  });

  it('gives the article\'s word on safety as the basis of "the safest", and reads towns in titles, an ageing face and a baby waking', () => {
    expect(reply('why does the article call it the safest?')[0].intent).toBe('safety');
    expect(reply('Is Microneedling Safe in Port of Spain?')[0].intent).toBe('safety');
    expect(reply('What Is Micro Needling Round Rock TX?')[0].intent).toBe('what_is');
    expect(reply('Does Scalp Micro Pigmentation Fade?')[0]).toMatchObject({ intent: 'out_of_scope', subject: 'scalp micropigmentation' });
    expect(reply("i'm 58. what does it do for an ageing face, honestly")[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
    expect(reply('the missus got all kinds of creams n jars, can i use hers on me face after')[0].intent).toBe('aftercare');
    expect(reply('if i does it and it works how long do it last')[0]).toMatchObject({ intent: 'not_covered', topic: 'results_duration' });
    expect(reply('can i do it sa dorm lang?')[0]).toMatchObject({ intent: 'home_or_clinic', topic: 'home' });
    expect(reply('sorry baby woke again', 'can i do it while breastfeeding?')[0].intent).toBe('thanks');
  });

  it('reads "what do I do?" after a problem told as what treats it', () => {
    const lines = reply("I'm only 20 and I can see fine lines and wrinkles around my eyes already. What do I do?");
    expect(lines.map((r) => r.topic)).toContain('wrinkles');
    expect(text('My son is developing acne and is very aware of it. What can we do to deal with this?')).toMatch(/skincare clinic/);
    expect(reply('my pores are huge. what can i do?')[0]).toMatchObject({ intent: 'benefits', topic: 'pores' });
  });

  it('answers "why me! why do I get these open pores?" and a problem of the visitor\'s own the same after any earlier question', () => {
    for (const before of ['how often should I microneedle?', 'does it help with acne scars?']) {
      expect(text('Why me! Why do I get these open pores?', before)).toBe(text('Why me! Why do I get these open pores?'));
      const melasma = 'I am a 31 year old female and have melasma. How does one treat this skin condition?';
      expect(text(melasma, before)).toBe(text(melasma));
    }
  });

  it('reads looking normal by a later day, nobody noticing and "ok na ba face ko" as how long the after-effects last', () => {
    expect(text('if i do it sunday will i look normal by monday, i have a zoom w work')).toMatch(/hour or two/);
    expect(text('so my mum wont notice right', 'how long is it red for tho exactly')).toMatch(/hour or two/);
    expect(text('if i do it on monday, by friday ok na ba face ko? may pictorial kasi')).toMatch(/hour or two/);
  });

  it('asks the last silence again of a tool named after it, unless the follow-up asks a question of its own, and reads "what does it run ya" as cost', () => {
    expect(reply('n a roller off amazon?', 'how much is it at a clinic')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('what about just a home roller', 'can i do it while pregnant')[0]).toMatchObject({ intent: 'not_covered', topic: 'pregnancy' });
    expect(text('and if i do it at home how often', 'how much is it at a clinic')).toMatch(/4-6 weeks/);
    expect(reply('whats it run ya at a clinic, ballpark')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
  });

  it('reads studying to be a facialist as training, not as studies, "whats this run ya" as cost and "savage" as praise', () => {
    const student = "im studyin to be a facialist and we're doin microneedling next term. how does it actually work like";
    expect(reply(student).map((r) => r.intent)).toEqual(['how_it_works']);
    expect(reply('whats this run ya, she wont tell me')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('savage', "it calls it 'healing injury', what does that mean")[0].intent).toBe('thanks');
  });

  it('reads "yaar" as a particle and a few more closing remarks as acknowledgements', () => {
    expect(reply('yaar is it safe?')[0].intent).toBe('safety');
    for (const said of [
      'Very well. I shall consult my general practitioner before doing anything rash.',
      'bas thats all i needed lol',
      'omg thats actually so smart',
    ])
      expect(reply(said, 'is it safe?')[0].intent).toBe('thanks');
  });

  it('reads a span offered back, "go back use" and a correction of a moment as following on from the last answer or silence', () => {
    expect(text('so about a week?', 'When can I go back to my regular Skin Care after')).toMatch(/doesn't say exactly how long/);
    expect(text('so when can go back use', 'my normal skincare can continue after?')).toMatch(/doesn't say exactly how long/);
    expect(text('like 2 days?', 'is it normal to be red after')).toMatch(/hour or two/);
    expect(reply('sorry i meant the next day, not the same day', 'can i go to gym the same day, sweating etc')[0]).toMatchObject({
      intent: 'not_covered',
      topic: 'exercise',
    });
    expect(reply('sorry i meant after not before', 'What Products Should I Stop Using Before Microneedling?')[0].intent).toBe('aftercare');
  });

  it('reads an oath before a question as a reaction and asks a silence on cost again of a roller "to do it at home"', () => {
    expect(reply('christ. is it safe tho', 'what is microneedling').map((r) => r.intent)).toEqual(['safety']);
    expect(reply('and one of them rollers to do it at home?', 'How much does it cost to get this done at a clinic')[0]).toMatchObject({
      intent: 'not_covered',
      topic: 'cost',
    });
    expect(reply('and a roller for home, what does that go for', 'how much does a session cost')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
  });

  it('explains "how ah? poke hole somemore" after pores as the pores answer, and how skin ages as the anti-aging answer', () => {
    expect(text('how ah? poke hole somemore leh', 'does it help with big pores')).toMatch(/plump/);
    expect(text('how long are the needles', 'does it help with big pores')).not.toMatch(/plump/);
    expect(reply('What happens to skin as men age?')[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
  });

  it('calls preventing a problem, its symptoms and how people get it the problem itself, and reads "thebenefits" as two words', () => {
    for (const question of ['Is there a way to prevent acne scars?', 'What are the symptoms of severe acne?', 'How Do People Get Acne Scars?'])
      expect(reply(question)[0].intent).toBe('not_covered');
    expect(reply('Zoe, how do I get rid of my big pores?').some((r) => r.topic === 'pores' && r.intent === 'benefits')).toBe(true);
    expect(reply('What are thebenefits?')[0].intent).toBe('benefits');
    expect(reply('Hello, is there anybody there?')[0].intent).toBe('greeting');
    expect(reply('What Acne Scar Treatment Options are Available?')[0]).toMatchObject({ intent: 'benefits', topic: 'scars' });
  });

  it('shows the refusal of a question beside thanks, and reads "what a palaver", "bloody oath" and "wide brim it is then" as reactions', () => {
    expect(reply("ha fair. whit's botox then", 'any ideas for a hen do in glasgow')[0].intent).toBe('out_of_scope');
    expect(reply('whit a palaver. ta hen', 'is it red after')[0].intent).toBe('thanks');
    expect(reply('bloody oath, wide brim it is then', 'should i avoid sun')[0].intent).toBe('thanks');
    expect(reply('on smoko, reckon its gonna piss down this arvo in brissie?')[0].intent).toBe('out_of_scope');
  });

  it('reads guarantees, active spots, "sugar and BP", smoko and "back to the face stuff" for what they are', () => {
    expect(reply('wah ok. confirm work for me?', 'microneedling can shrink pores or not')[0]).toMatchObject({
      intent: 'not_covered',
      topic: 'guaranteed_results',
    });
    expect(reply('now face still got pimples leh, can do straight?', 'microneedling help pimple or not')[0]).toMatchObject({ topic: 'active_acne' });
    expect(reply('my mother has sugar and BP, is it safe for her?')[0]).toMatchObject({ intent: 'not_covered', topic: 'health_conditions' });
    expect(reply("quick one on smoko, what's it actualy good for")[0].intent).toBe('benefits');
    expect(text('yeah nah fair enough. back to the face stuff, how long does the redness hang around', 'whats the max cable run for 2.5mm')).toMatch(
      /hour or two/,
    );
    expect(text('and if its not gone after a few hours is that normal or should i be panicking', 'will i look red after', 'how long does that last')).toMatch(
      /day or two/,
    );
  });

  it('weighs the tools of "a pen, not a roller. What is the difference ?" and Botox against "the microneedling"', () => {
    const remark = 'At the clinic of my friend they use a pen, not a roller. What is the difference ?';
    expect(reply(remark).map((r) => r.intent)).toEqual(['not_covered', 'home_or_clinic']);
    expect(reply('Which one is better for the wrinkles ?', remark)[0]).toMatchObject({ intent: 'not_covered', topic: 'device_comparison' });
    const botox = 'What is the Botox exactly ? My neighbour does it every year.';
    expect(reply('And compared to the microneedling, which is better for the wrinkles ?', botox)[0].text).toMatch(/doesn't discuss Botox/);
  });

  it('reads closing pores as shrinking them, "a good interval" as how often and "scars of acne" as scars', () => {
    expect(reply('How do I close my pores?')[0]).toMatchObject({ intent: 'benefits', topic: 'pores' });
    expect(text('What would you say is a good interval for a 1.5 mn dermapen?')).toMatch(/4-6 weeks/);
    expect(reply('he has scars of acne, will it help?').some((r) => r.topic === 'scars')).toBe(true);
  });

  it('reads "dermal micro needling" as microneedling, and treatments "available for" a problem as no booking', () => {
    expect(reply('What is Dermal Micro Needling?')[0].intent).toBe('what_is');
    expect(reply('What treatments are available for chickenpox scars?').map((r) => r.topic)).not.toContain('booking');
    expect(reply('Is the treatment available on the National Health Service, or is it private only?')[0].intent).toBe('not_covered');
  });

  it('refuses tanning asked of itself, and keeps fake tan after a session a silence mid-conversation', () => {
    for (const question of ['If I get a spray tan will I go orange?', 'How long do I have to wait to shower after a spray tan?'])
      for (const before of [[], ['what should I avoid after a session?']]) expect(reply(question, ...before)[0].intent).toBe('out_of_scope');
    expect(reply('can i wear fake tan', 'going out tonight after my session, is that ok')[0].intent).toBe('not_covered');
    expect(reply('can i get a spray tan after')[0].intent).not.toBe('out_of_scope');
  });

  it('answers an alternative to another treatment for a problem the article treats with what microneedling does for it', () => {
    const question = 'Is there an alternative to a full face lift to re-tighten my relaxed cheek skin?';
    for (const before of [[], ['how often should I microneedle?']])
      expect(reply(question, ...before).map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
  });

  it('refuses micro-blading, LED treatments and the ultrasound as other treatments, and reads acne vulgaris as acne', () => {
    for (const question of ['What is micro-blading?', "Who can't have LED treatments?", 'Which Part of My Skin Does The Ultrasound Target?'])
      expect(reply(question).map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('does microneedling help acne vulgaris?')[0]).toMatchObject({ intent: 'benefits', topic: 'acne' });
  });

  it('reads more slang remarks as acknowledgements, Patois "dis help wid" and "how it do dat", "micro kneeling" and "how much days"', () => {
    for (const said of [
      'say less',
      'allow it then',
      'moist',
      'aw tidy, virtual cwtch for that',
      'ok hol on mi soon come, di wife a call mi',
      'ok no worries, bless up',
    ])
      expect(reply(said, 'is it safe?')[0].intent).toBe('thanks');
    expect(reply('dis help wid aging?')[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
    expect(text('how it do dat?', 'dis good fi wrinkles?')).toMatch(/skin cells|micro-injur|collagen/);
    expect(reply('is micro kneeling actually safe')[0].intent).toBe('safety');
    expect(text('so how much days before mi can go back to it?', 'can i use my normal skincare after?')).toMatch(/doesn't say exactly how long/);
    expect(text('why skin get saggy anyway?', 'does it help with aging?')).toMatch(/elasticity/);
  });

  it('calls when a problem occurs, whether everyone gets it and how common it is the problem itself', () => {
    for (const question of ['When do stretch marks occur?', 'Does everyone get stretch marks?', 'How common is acne?'])
      expect(reply(question)[0].intent).toBe('not_covered');
    expect(reply('does it help stretch marks?')[0].intent).toBe('benefits');
  });

  it('answers "what treatment is best for me?" with the silence on who it suits, after any earlier question', () => {
    for (const before of [[], ['how often should I microneedle?']])
      expect(reply('What treatment is best for me?', ...before)[0]).toMatchObject({ intent: 'not_covered', topic: 'candidates' });
  });

  it('reads the effects of microneedling as its benefits, and "what happens as our skin ages?" as the anti-aging answer', () => {
    for (const question of ['What are the effects of microneedling?', 'what kind of improvement in my skin can I expect?'])
      expect(reply(question).map((r) => r.intent)).toEqual(['benefits']);
    expect(reply('What are the side effects of microneedling?')[0].intent).toBe('side_effects');
    expect(reply('What happens as our skin ages?')[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
  });

  it('keeps weighing a pen against a roller through "what is difference" and "which is better for my pores?"', () => {
    const asked = 'in clinic they use pen or roller? what is difference';
    expect(reply(asked).map((r) => r.intent)).toEqual(['not_covered', 'home_or_clinic']);
    expect(reply('which is better for my pores?', asked)[0]).toMatchObject({ intent: 'not_covered', topic: 'device_comparison' });
  });

  it('reads "slay", "chur" and "didnt think it would say" as acknowledgements, and "delulu" as no subject', () => {
    for (const said of ['slay 💅✨', 'yeah nah didnt think it would say. chur']) expect(reply(said, 'is it safe?')[0].intent).toBe('thanks');
    expect(text('my sister thinks im delulu for this 😭 is it even safe')).not.toMatch(/delulu/);
  });

  it('reads a glow asked of "it" as the benefit sought, "so not weekly??" as the interval checked and what a patient should expect post procedure', () => {
    const glow = reply('my skin looks so tired and dull lately, would microneedling give me a glow');
    expect(glow.map((r) => r.intent)).toEqual(['benefits']);
    expect(reply("what's the craic, would it give me a bit of a glow for the holiday pics?").map((r) => r.topic)).toEqual(['season', 'glow']);
    expect(reply('will it give me acne?')[0].intent).toBe('not_covered');
    expect(text('so not weekly??', 'how often should i microneedle')).toMatch(/4-6 weeks/);
    expect(reply('what should a patient expect immediately post procedure')[0].intent).toBe('side_effects');
    expect(text('what even causes fine lines at my age lol')).toMatch(/stress/);
  });

  it('answers "…What does the article say?" with the question told before it, and asks the cost again of a roller "for doing it at home"', () => {
    expect(reply('client asked me if it shrinks pores. what does the article say')[0]).toMatchObject({ intent: 'benefits', topic: 'pores' });
    expect(reply('and one of them rollers for doing it at home?', 'howay how much does it cost at a clinic roughly')[0]).toMatchObject({
      intent: 'not_covered',
      topic: 'cost',
    });
    for (const said of ['Thank you, will revert back if any further doubts', 'ok good. yalla, will book after Eid inshallah', 'nee worries'])
      expect(reply(said, 'is it safe?')[0].intent).toBe('thanks');
  });

  it('reads pock marks as scars', () => {
    expect(reply('me arl fella had pock marks off acne when he was a lad and so have i. would it do owt for them')[0]).toMatchObject({
      intent: 'benefits',
      topic: 'scars',
    });
  });

  it('answers whether skin type counts with the silence on skin types and the diagnosis the article does describe', () => {
    for (const question of ['does it matter wat skin type u have', 'it mentions skin type somewhere though?'])
      expect(reply(question).map((r) => r.topic)).toEqual(['skin_type', 'diagnosis']);
    expect(reply('is it ok for oily skin?').map((r) => r.topic)).toEqual(['skin_type']);
  });

  it('answers a why asked after the interval read back, and a figure quoted back with "is that all?"', () => {
    const interval = 'how often can i roll my face po, can i do it every day after shift?';
    expect(text('ahh only every 4 to 6 weeks, why so long pls', interval)).toMatch(/doesn't explain the 4-6 week interval/);
    const after = 'What will my face be like straight after it is done?';
    expect(reply('You said an hour or two, is that all?', after)[0]).toMatchObject({ intent: 'side_effects' });
    expect(text('You said an hour or two, is that all?', after)).toMatch(/day or two/);
  });

  it('carries the question on to "and her skin getting saggy", and reads "only microneedling is it" as an acknowledgement', () => {
    expect(text('and her skin getting saggy', 'my mom wants it for her wrinkles, does it work for that')).toMatch(/tighten/);
    expect(reply('Oh, only microneedling is it.', 'Do you have a good recipe for Welsh cakes?')[0].intent).toBe('thanks');
  });

  it('reads money given as the reason for a choice as no subject of the question', () => {
    const replies = reply('what if i only do one session because of budget po is one enough or i really need more');
    expect(replies.map((r) => r.intent)).toEqual(['sessions']);
    expect(replies[0].text).not.toMatch(/budget|\bpo\b/);
  });

  it('answers how long after the scars answer with the timing the article gives and its silence on how long results last', () => {
    const replied = reply('how long', 'got acne scars on my cheeks from high school does this actually help')[0];
    expect(replied.text).toMatch(/2-3 sessions/);
    expect(replied.subject).toBe('how long the results last');
  });

  it('asks the cause past "ahh ok", and reads sports practice and arthritis as the silences they are', () => {
    expect(text('ahh ok what causes them', 'can it help with fine lines on my forehead?')).toMatch(/stress/);
    expect(reply('ight so im good for practice next morning?', 'what my face gonna look like right after')[0].topic).toBe('exercise');
    expect(reply('I have arthritis in my hands, can I still use a roller?')[0].topic).toBe('health_conditions');
  });

  it('reads "…or not" as a question, Singlish remarks as acknowledgements, and sweat in the humidity as the silence on exercise', () => {
    expect(reply('35 already got fine lines at the eyes, this one reduce or not', 'hi').map((r) => r.topic)).toContain('wrinkles');
    expect(reply('walao ok', 'what is hydrafacial ah')[0].intent).toBe('thanks');
    expect(reply('paiseh, wrong chat haha', 'btw you know the new gst rate for next year?')[0].intent).toBe('thanks');
    expect(reply('its so humid here, will sweat affect the healing')[0].topic).toBe('exercise');
    expect(reply('if i do on fri evening, monday can go back office or not?')[0].topic).toBe('work');
  });

  it('gives the last answer again for its figure said back alone, and answers the question after a popularity told first', () => {
    const after = 'right after the session how will my face be ah?';
    expect(reply('an hour or two only?', after)[0].intent).toBe('side_effects');
    const told = reply('Microneedling has been gaining popularity, but is it effective after just one session?');
    expect(told.map((r) => r.intent)).toEqual(['results_timing']);
    expect(reply('kylie says its just a fad off the instagram, is that right')[0].topic).toBe('history');
  });

  it('reads "is it true stress causes wrinkles" as asking the cause, a likeness as no subject, and more wrong-chat remarks as acknowledgements', () => {
    expect(reply('is it true stress causes wrinkles or is that a myth').map((r) => r.intent)).toEqual(['benefits']);
    expect(reply('my forehead has deep lines like a plowed field would this smooth them out any').map((r) => r.topic)).toEqual(['wrinkles']);
    expect(reply("what's the pen one then", 'is it true that pens are better than rollers?')[0]).toMatchObject({ intent: 'home_or_clinic', topic: 'pen' });
    for (const [said, before] of [
      ['oh my sorry wrong window', 'do you have a good recipe for saskatoon berry pie'],
      ['ha well worth a try eh', 'is it going to rain this week'],
      ['ignore that lmao', "sorry wrong chat what's the normal potassium range"],
    ])
      expect(reply(said, before)[0].intent).toBe('thanks');
  });

  it('answers a fear of microneedling with the article calling it safe, unless the message asks something else', () => {
    for (const question of ['is it scary?', 'sounds scary, should i be worried?', 'Microneedling sounds intense—tiny needles pricking your face?'])
      expect(reply(question).map((r) => r.intent)).toEqual(['safety']);
    expect(reply('Microneedling Sounds Scary — How Does It Work?')[0].intent).not.toBe('safety');
  });

  it('answers what microneedling is past the story after it, "since how long" as its history and "kindly revert" as a nudge', () => {
    for (const question of [
      "c'mere what is this micro kneedling thing everyone in the staffroom is on about",
      'whats this micro needling everyone in my class keeps going on about',
    ])
      expect(reply(question).map((r) => r.intent)).toEqual(['what_is']);
    expect(reply('Since how long it is being done?', 'Is microneedling safe?')[0]).toMatchObject({ intent: 'what_is', topic: 'history' });
    expect(reply('Kindly revert on the same.', 'is it safe?')[0].intent).toBe('safety');
    expect(reply('how do i get more views on tiktok lol', 'hiii')[0].intent).toBe('out_of_scope');
    expect(reply('lowkey annoying but ok', 'is it safe')[0].intent).toBe('thanks');
    expect(text('is that deadass how often u supposed to do it')).toMatch(/4-6 weeks/);
  });

  it('counts hours as how long, reads a problem told as the visitor\'s own as no ellipsis, and keeps "how and why" one question', () => {
    const after = 'what happens right after the session, what will I feel?';
    expect(text('And it disappears within how many hours?', after)).toMatch(/hour or two/);
    expect(reply('how many days between sessions')[0].intent).toBe('frequency');
    for (const before of [[], ['how often should I microneedle?']])
      expect(reply('I have spots from last 2 months help me out with this', ...before).map((r) => r.intent)).toEqual(['benefits']);
    expect(reply('How and why do stretch marks occur on the skin?').map((r) => r.topic)).toEqual(['stretch_marks']);
    expect(reply('will i be able to drink at the hen after it like, tis going to be messy')[0].topic).toBe('drinking');
  });

  it('reads more slang and more ways to ask after drinking, pain, skin tone and what a product does with it', () => {
    expect(reply('does it kill? im dead soft with needles')[0].topic).toBe('pain');
    expect(reply('and drinking?? its parklife lol', 'if i roll this weekend will me face still be dead red')[0].topic).toBe('drinking');
    expect(reply("Does it work on Latina skin? I'm medium brown and I tan easy")[0].topic).toBe('skin_tone');
    expect(reply('shes on a retinol cream, does that clash with it')[0].topic).toBe('actives');
    expect(text('What are these microneedling pens I keep hearing about?')).toMatch(/pen/);
    expect(text('What are these microneedling pens I keep hearing about?')).not.toMatch(/hearing/);
    for (const said of ['I thought not.', 'buzzin', 'Pues ok']) expect(reply(said, 'is it safe?')[0].intent).toBe('thanks');
  });

  it('reads "anything more serious than that?" after the side effects as the silence on risks, not more of the answer', () => {
    expect(reply('Anything more serious than that?', 'Are there side effects besides redness?')[0]).toMatchObject({ intent: 'not_covered', topic: 'risks' });
  });

  it('reads a face covered in spots as acne, "derma roker" as the roller, and "yikes", "ahlie" and "fam thats long" as reactions', () => {
    expect(reply("Our Kyle's 15 and his face is covered in Spots. Would this help him.").map((r) => r.topic)).toContain('acne');
    expect(reply('whats a derma roker anyway')[0]).toMatchObject({ intent: 'home_or_clinic', topic: 'derma_roller' });
    for (const said of ['yikes', 'ahlie', 'fam thats long']) expect(reply(said, 'is it safe?')[0].intent).toBe('thanks');
  });

  it('asks whether the sort of skin you have counts, and reads "after i finish it" as taking up again what was told', () => {
    expect(reply("Does it matter what sort of skin you've got then.").map((r) => r.topic)).toEqual(['skin_type', 'diagnosis']);
    expect(reply('wat about after i finish it', 'im on accutane rn can i still do it')[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
    expect(reply('what kind of skin problems does it treat?')[0].intent).toBe('benefits');
  });

  it('reads Scots words, dictation and asides as no subject of their own', () => {
    expect(text('how many goes is that likesay', 'got acne scars fae when a wis a laddie. wid this needlin thing sort them')).toMatch(/2-3 sessions/);
    expect(reply("whit is microneedling ken, the wife's aye on aboot it")[0].intent).toBe('what_is');
    expect(reply("Is micro needling safe I'm kind of a baby about needles")[0].intent).toBe('safety');
    expect(text('my mama wants it for her saggy skin on her face does that take more sessions or less')).toMatch(/fewer/);
    expect(reply('hey Siri how often should I microneedle')[0].intent).toBe('frequency');
    expect(reply('Good morning. Is there anybody there?').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('Well, I think I will go to the clinic after all. Thank you and goodbye.', 'is it safe?').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('is there anybody who just shouldnt get it at all')[0].topic).toBe('candidates');
  });

  it('reads how long to wait "till she can" after the aftercare, acne\'s marks left behind as scars and Filipina skin as a skin tone', () => {
    const aftercare = ['whit dae ye dae efter, aftercare like', 'can the wife go back tae her creams n that straight away'];
    expect(text('how long does she wait then till she can', ...aftercare)).toMatch(/doesn't say exactly how long/);
    expect(reply('Would it help with the marks the acne has left behind on her cheeks, too?', 'Does microneedling help with acne?')[0].topic).toBe('scars');
    expect(reply('even for morena skin like mine? filipina skin po', 'is microneedling safe po?')[0].topic).toBe('skin_tone');
    const compared = reply(
      'How many sessions would that sort of thing need, compared to the scars you mentioned earlier?',
      'Does microneedling help with ageing skin?',
    );
    expect(compared.map((r) => r.topic)).not.toContain('risks');
    expect(compared.map((r) => r.text).join(' ')).toMatch(/fewer/);
  });

  it('reads a surgery as a circumstance the article never weighs, unless it is weighed against microneedling', () => {
    expect(reply('can I get microneedling after my gallbladder surgery?')[0]).toMatchObject({ intent: 'not_covered', topic: 'surgery' });
    expect(reply('I have scars from my knee surgery, will microneedling help?').map((r) => r.topic)).toEqual(['scars']);
    const weighed = reply('is microneedling better than surgery for acne scars');
    expect(weighed.map((r) => r.topic)).not.toContain('surgery');
    expect(weighed[0].text).toMatch(/only about microneedling/);
  });

  it('reads what the visitor is studying for as no subject, and more body areas and skin conditions by name, and a treatment done without surgery', () => {
    expect(reply('can u tell me the aftercare steps po, im writing my notes for school')[0].intent).toBe('aftercare');
    expect(reply('huh didnae ken that', 'is it jist a fad aff the instagram')[0].intent).toBe('thanks');
    expect(reply('the nose though, can ye actually dae the nose', 'does it dae pores?')[0].topic).toBe('body_areas');
    expect(reply('what about crows feet I mean can they do it that close to your eyes', 'does it help wrinkles')[0].topic).toBe('under_eyes');
    for (const question of ['what is keratosis pilaris', "what's solar lentigo exactly"]) expect(reply(question)[0].topic).toBe('skin_conditions');
    expect(reply('How Can I Tighten Sagging Skin on My Face Without Surgery?').map((r) => r.topic)).toEqual(['loose_skin']);
  });

  it('reads "is it tho" as doubt of the last answer, oaths and Aussie words as no subject, and sign-offs in other trades\' words', () => {
    for (const doubt of ['is it tho', 'does it really']) expect(reply(doubt, 'is microneedling safe')[0].intent).toBe('safety');
    expect(reply('mate what the bloody hell is microneedling, the missus wont shut up about it')[0].intent).toBe('what_is');
    expect(reply('is it safe tho, poking holes in ya face sounds fair dinkum mental')[0].intent).toBe('safety');
    expect(reply('haha fair. ok serious question, can ya do it if ya sunburnt')[0].topic).toBe('sunburn');
    expect(text('how much time it takes to go', 'what happens right after the session, face will become red?')).toMatch(/hour or two/);
    for (const said of ['hang on mate brb the dogs got into the bin', 'WILCO', 'thats what i was scared of. thanks', 'is it so. cheers'])
      expect(reply(said, 'is it safe?').every((r) => ['thanks', 'goodbye'].includes(r.intent))).toBe(true);
  });

  it('reads what a clinic "runs" as its cost, the VA as insurance, where to get one as buying, and "cite where it says that" as the wording', () => {
    expect(reply('how much it run at a clinic')[0].topic).toBe('cost');
    expect(reply('DOES THE VA COVER THIS. OR TRICARE')[0].topic).toBe('cost');
    expect(reply('where she get one at', 'what size needles she need')[0].topic).toBe('buying');
    expect(reply('lemme ask, where folks get it done at')[0].intent).toBe('home_or_clinic');
    expect(reply('but people do it theyself tho?', 'she can do that at 16?')[0]).toMatchObject({ intent: 'home_or_clinic', topic: 'home' });
    expect(text('cite where it says that', 'does it do anything for deep wrinkles')).toMatch(/In the article's own words/);
  });

  it('refuses hair-loss medicines asked about on their own', () => {
    expect(reply('How often and how long does Rogaine need to be used?').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('reads Jamaican patois and a relative named in lower case, and names skincare ingredients and Rejuran by name', () => {
    expect(text('soh how much time?', 'some a mi acne marks actually indented like likkle pits. it work pon acne scars?')).toMatch(/2-3 sessions/);
    expect(reply('ey up love. our lass sophie keeps going on about this microneedlin she seen on tiktok. what actually is it').map((r) => r.intent)).toEqual([
      'what_is',
    ]);
    expect(reply('my coworker said her place used a pen not a roller?? is that still microneedling')[0].text).not.toMatch(/place/);
    expect(reply('is snail mucin ok to put on right after?')[0].topic).toBe('skincare_ingredients');
    expect(reply('whats rejuran exactly')[0].text).toMatch(/only about microneedling, so I can't tell you about PDRN and Rejuran/);
  });

  it('reads Texan, Manglish and Manc asides as no subject, a few bevvies as drinking and rollers off Amazon as buying', () => {
    expect(text("and she's got some loose skin too bless her heart, would that take as long", 'does it work on stretch marks')).toMatch(/fewer/);
    expect(reply('my mahjong kaki say she go do this microneedling thing last month, what is it actually ah')[0].intent).toBe('what_is');
    expect(reply('wait', 'wots microneedling')[0].intent).toBe('thanks');
    expect(reply("n a few bevvies? its our lass's birthday", 'goin for scran n drinks, can i wear makeup')[0].topic).toBe('drinking');
    expect(reply('like the ones off amazon', 'can ye do it at home tho')[0].topic).toBe('buying');
    expect(reply('ok. and me face, its rough as owt from the wind, would it smooth it')[0].topic).toBe('glow');
  });

  it('reads "what can I do to tighten…" as seeking what treats the problem, a facial as another treatment, and how long to be careful', () => {
    expect(reply('What can I do to tighten the skin on my face without having a facelift?')[0]).toMatchObject({ intent: 'benefits', topic: 'loose_skin' });
    expect(reply('How Often Should You Be Getting Facials?')[0].text).toMatch(/only about microneedling, so I can't tell you about other facials/);
    expect(text('how long i gotta be careful for', 'what do i do bout the sun after gettin it done')).toMatch(/doesn't say exactly how long/);
  });

  it('reads the vampire one with her own blood as PRP, "the same" as "it", and more remarks and sign-offs as small talk', () => {
    expect(reply('Glenys next door said she had the Vampire one with her own blood put in it. Is that the same thing.')[0].topic).toBe('prp');
    expect(text('how long does the same last?', 'and after, how will the face look')).toMatch(/hour or two/);
    expect(reply('Good evening. I wish to enquire what is this microneedling exactly, my wife saw the same on facebook').map((r) => r.intent)).toContain(
      'what_is',
    );
    for (const said of ['worth a try innit haha', 'bas thats it? not v helpful lol', 'wallah this article dont say much does it'])
      expect(reply(said, 'does it hurt tho').every((r) => ['thanks', 'goodbye'].includes(r.intent))).toBe(true);
    expect(reply('ugh ok. tara-a-bit', 'how often should i do it')[0].intent).toBe('goodbye');
  });

  it('reads "thats it?" as surprise at the last answer, "hay nako" as a reaction, and the roller "to do it at home" after the cost', () => {
    expect(text('thats it?', 'how long red after')).toMatch(/hour or two/);
    expect(reply('hay nako ok', 'does it shrink pores')[0].intent).toBe('thanks');
    expect(reply('and the roller thing to do it at home', 'how much does it cost at a clinic in st johns')[0]).toMatchObject({
      intent: 'not_covered',
      topic: 'cost',
    });
  });

  it('answers "says who" after an answer with the silence on evidence and the claim doubted, and "source?" alone as before', () => {
    const doubted = reply('says who', 'this stuff safe');
    expect(doubted.map((r) => r.topic ?? r.intent)).toEqual(['evidence', 'safety']);
    expect(reply('source?', 'how often should I microneedle?').map((r) => r.intent)).toEqual(reply('source?').map((r) => r.intent));
  });

  it('reads "what then" after a product it rules out as asking what to use instead, and "like what?" as asking which products', () => {
    expect(reply('wat then', 'can i use my gritty scrub after')[0]).toMatchObject({ intent: 'aftercare', topic: 'soothing' });
    expect(reply('so what then?', 'how often should I microneedle?')[0].topic).not.toBe('soothing');
    expect(text('like what?', 'what should i use after')).toMatch(/doesn't cover which particular products/);
  });

  it('takes interjections and remarks on the article in many voices as small talk, not as subjects', () => {
    for (const said of [
      'haiz ok',
      'ag ok',
      'aiyo this bot dunno anything one',
      'nossa this article know nothing hein',
      "this article doesn't say much does it, sure look",
    ])
      expect(reply(said, 'how often should I microneedle?').every((r) => r.intent === 'thanks')).toBe(true);
    for (const said of [
      'well thats me told',
      'hahah sorry wrong chat',
      'sure look that should work out grand so',
      'I might give it a go so',
      'alamak nvm i ask the clinic',
    ])
      expect(reply(said, 'how often should I microneedle?').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('mother of god. is it safe at all')[0].intent).toBe('safety');
  });

  it("keeps a circumstance's silence for 'is it safe for me?' and 'how long after I stop?', and reads formal remarks as small talk", () => {
    expect(reply('so is it safe for me or not, just tell me straight', "I'm on warfarin for the heart, would that be a problem")[0].topic).toBe('medication');
    expect(reply('ok but in general is it safe or not?', "I'm on warfarin for the heart, would that be a problem")[0].intent).toBe('safety');
    expect(reply('how long must wait after i stop', 'im on accutane now for my acne, can do or not')[0].intent).toBe('not_covered');
    expect(reply('so how long it last then', 'if i do 3 sessions the result stay forever or no?')[0].topic).toBe('results_duration');
    expect(reply('hoeveel at a clinic? price in rand roughly')[0].topic).toBe('cost');
    expect(reply('can i have a glass of sherry after a treatment?')[0].topic).toBe('drinking');
    for (const said of ['Then I shall consult Dr. Feinberg before anything else.', 'How remarkably incomplete. Goodbye.', 'Thank you; that is much clearer.'])
      expect(reply(said, 'how often should I microneedle?').every((r) => ['thanks', 'goodbye'].includes(r.intent))).toBe(true);
  });

  it('splits "an how" as two questions and reads more voices: scars that "stay better", a back to "do", spots "on the go", facials to "come in for"', () => {
    expect(reply('how often do i go an how long is the redness after').map((r) => r.intent)).toEqual(['frequency', 'side_effects']);
    expect(reply('once me scars get better do they stay better')[0].topic).toBe('results_duration');
    expect(reply('got acne scars on me back too, can they do ya back').some((r) => r.topic === 'body_areas')).toBe(true);
    expect(reply('even if ive still got a few spots on the go? like can they go over em')[0].topic).toBe('active_acne');
    expect(reply('abeg just give me rough estimate nah', 'how much e cost for lagos')[0].topic).toBe('cost');
    expect(reply('at least small powder?', 'can i wear makeup after')[0].topic).toBe('makeup');
    expect(reply('How often should I come in for facials?')[0].intent).toBe('out_of_scope');
    expect(reply('How do Photo Facials work?')[0].text).toMatch(/laser treatments/);
    for (const said of ['mad that', 'wahala dey o', 'this una article no talk much o'])
      expect(reply(said, 'how often should I microneedle?').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('answers a let-down remark with an apology, not "glad to help"', () => {
    for (const said of ['bas thats it? not v helpful lol', 'unbelievable. thanks for nothin', 'this article is kinda mid ngl']) {
      const replies = reply(said, 'does it hurt tho');
      expect(replies.map((r) => r.intent)).toEqual(['thanks']);
      expect(replies[0].text).toMatch(/Sorry I couldn't help more/);
    }
    expect(text('ok thanks', 'does it hurt tho')).toMatch(/Glad to help/);
  });

  it("reads nurses' shorthand, Scots and 'the mechanism for' scars", () => {
    expect(reply('q4wk or q6wk?')[0].intent).toBe('frequency');
    expect(reply('can pt drink ETOH night of tx?')[0].topic).toBe('drinking');
    expect(reply('quick one: MOA of microneedling?')[0].intent).toBe('how_it_works');
    expect(text("how long afore ah'd see a difference", 'got a scar on me chin')).toMatch(/2-3 sessions/);
    expect(reply("whit's she meant tae use then", 'the wife says she cannae use her face scrub efter')[0].topic).toBe('soothing');
    expect(reply("what's the mechanism for scars specifically?")[0]).toMatchObject({ intent: 'how_it_works' });
  });

  it('reads "the best ways to treat" a problem as seeking what treats it, and a cause "due to" the sun as its origin', () => {
    expect(reply('So what are the best ways to treat sagging jowls?')[0]).toMatchObject({ intent: 'benefits', topic: 'loose_skin' });
    expect(reply('What can I do to reduce the discolored pigmentation on my cheeks due to sun exposure?')[0]).toMatchObject({
      intent: 'benefits',
      topic: 'pigmentation',
    });
  });

  it('reads "X - how to treat?" as seeking what treats X, whatever was asked before', () => {
    expect(reply('Face Sagging- How to Treat?', 'how often should I microneedle?')[0]).toMatchObject({ intent: 'benefits', topic: 'loose_skin' });
  });

  it('reads dictated and Quebec words, a car mechanic and "what causes acne?" as meant', () => {
    expect(reply('how often do you do the secessions like every week or every month or what').map((r) => r.intent)).toContain('frequency');
    expect(reply('2 questions: how long between sessions pis how long the face stay red after?').map((r) => r.intent)).toEqual(['frequency', 'side_effects']);
    expect(reply('yeah nah fair enough, ill ask the mechanic', 'is it gonna rain tomorrow')[0].intent).toBe('thanks');
    expect(text('bit vague mate', 'how long do the results last')).toMatch(/Sorry I couldn't help more/);
    expect(reply('ay wrong site pala haha sorry po', 'how often po')[0].intent).toBe('thanks');
    expect(text('what causes acne?')).not.toMatch(/after a session/);
  });

  it('answers what ageing is from the article, which describes it, and how wrinkles form from the causes it gives', () => {
    expect(reply('What is ageing?')[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
    expect(text('How does the face age?')).toMatch(/elasticity/);
    expect(text('How do wrinkles form?')).toMatch(/stress/);
    expect(reply('what are acne scars?')[0]).toMatchObject({ intent: 'not_covered', topic: 'scars' });
    expect(reply('whats the best anti aging cream')[0].intent).not.toBe('benefits');
  });

  it('answers what treats a problem on an area with the problem, then the silence on the area, and "how long will treatment take to show results?" with the timing', () => {
    expect(reply('Best way to get rid of smoker lines on upper lip').map((r) => r.topic ?? r.intent)).toEqual(['wrinkles', 'body_areas']);
    expect(reply('What do you recommend for stretch marks on the belly left behind from pregnancy?')[0].topic).toBe('stretch_marks');
    expect(reply('How long will treatment take to show results?')[0].intent).toBe('results_timing');
  });

  it('answers what makes scars less noticeable, a Welsh "yes or no for me" with the silence again, and a Greek hello', () => {
    expect(reply('how can i make my scars less noticeable')[0].topic).toBe('scars');
    expect(reply('so is that a yes or a no for me love', "only I'm 68 mind, am I too old for it now")[0].topic).toBe('age');
    expect(reply('yia sou')[0].intent).toBe('greeting');
    expect(text('unsatisfying but ok', 'how long do results last? months? years?')).toMatch(/Sorry I couldn't help more/);
  });

  it('reads "needles in ur face tho" as doubting that piercing helps, and more let-downs and hellos', () => {
    expect(reply('needles in ur face tho 😬', 'what is microneedling')[0].intent).toBe('how_it_works');
    expect(reply('how deep do the needles go in your face')[0].topic).toBe('needle_length');
    expect(text('tbh thats kinda important info lol', 'how long do the results last')).toMatch(/Sorry I couldn't help more/);
    expect(reply('wah gwan bab')[0].intent).toBe('greeting');
    expect(reply('typical innit', 'whats the weather in brum')[0].intent).toBe('thanks');
  });

  it('reads Doric, Vietnamese and Boston words: "foo aften", "fit should I pit on", "chào em", "wicked smaht", "latah"', () => {
    expect(reply('foo aften wid she need it')[0].intent).toBe('frequency');
    expect(reply('ach weel', 'how long do the results last')[0].intent).toBe('thanks');
    expect(reply('fit should I pit on then', 'can I use ma usual toner efter')[0].topic).toBe('soothing');
    expect(reply('chào em')[0].intent).toBe('greeting');
    for (const said of ['huh. wicked smaht', 'wicked. latah', 'brutal. ugh'])
      expect(reply(said, 'does it shrink pores').every((r) => ['thanks', 'goodbye'].includes(r.intent))).toBe(true);
  });

  it('says an answer once, though it is both the related point of a silence and asked for itself', () => {
    const replies = reply('i still have pimples, can it help acne?');
    expect(replies.map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
    expect(replies[1].text).toMatch(/related point/);
  });

  it('reads Kiwi, MLE, Cajun and second-language remarks as small talk, and "hapū" as pregnant', () => {
    for (const said of ['yeah nah sorry wrong tab lol', 'nah didnt think so lol', 'long ting', 'Ok. Is pity, but I understand', "mais dat's a shame"])
      expect(reply(said, 'how often should I microneedle?').every((r) => r.intent === 'thanks')).toBe(true);
    expect(text('man this ting dont know nuttin bout mens skin', 'does it work on razor bumps')).toMatch(/Sorry I couldn't help more/);
    expect(reply('my mate on the crew is hapū, can she still get it done')[0].topic).toBe('pregnancy');
    expect(reply("who's not allowed to get it tho")[0].topic).toBe('candidates');
  });

  it('reads a dialect remark as an acknowledgement once its words are read as meant, but not one that asks', () => {
    for (const said of ['ma bad lol wrang tab', 'sorry, wrang windae! meant tae ask somewhere else ha'])
      expect(reply(said, 'what is microneedling').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('my jawline is getting saggy, im 52. worth a try?')[0].intent).not.toBe('thanks');
  });

  it('reads a margarita or a pinot as drinking, a bootcamp as exercise and going live as going out, but not a Margaret', () => {
    expect(reply('closing dinner that night, can i have a margarita or two lol')[0].topic).toBe('drinking');
    expect(reply('can I have my glass of pinot that evening')[0].topic).toBe('drinking');
    expect(reply('can i hit my 6am bootcamp next morning')[0].topic).toBe('exercise');
    expect(reply('am i good to go live at 8pm')[0].topic).toBe('work');
    expect(reply('Thank you dear, that is very helpful.  Margaret', 'does it help wrinkles').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('reads whom the visitor asks for as no subject of its own: "how many exactly for my dad"', () => {
    expect(reply('ok how many exactly for my dad then', 'does it help saggy skin')[0].intent).toBe('sessions');
  });

  it('reads a treatment a few words after a scar and "from" as where the scar came from', () => {
    const replies = reply('I have an old scar on my jaw from a mole removal, would this help fade it?');
    expect(replies.map((r) => r.intent)).not.toContain('out_of_scope');
    expect(text('I have an old scar on my jaw from a mole removal, would this help fade it?')).toMatch(/scars/);
    expect(reply('how long does a mole removal take to heal')[0].intent).toBe('out_of_scope');
  });

  it('keeps a circumstance\'s silence when "is it safe or not" is pressed, and answers it asked in general', () => {
    expect(reply('so is it safe or not for me lol', 'is it safe with sensitive skin')[0].intent).toBe('not_covered');
    expect(reply('so it safe fi ME or nuh', 'i have high blood pressure, can i get it')[0].intent).toBe('not_covered');
    expect(reply('But overall it is safe or not?', 'is it safe for dark skin')[0].intent).toBe('safety');
  });

  it('acknowledges a visitor saying what they will do, but answers what they ask while saying it', () => {
    for (const said of ['perfect, ill book for next week or two then', 'ha, gonna screenshot this for him', 'ok i reckon i can work that around the tour'])
      expect(reply(said, 'how often should I do it').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('gonna go for a walk now, anything i should do', 'what should I do after')[0].intent).not.toBe('thanks');
  });

  it('keeps a silence when the visitor presses for a yes or no, and reads "from which age" as age and "how it do that" as how', () => {
    for (const said of ['so can i or not 😭 just tell me', "so can I or can't I, yes or no"]) expect(reply(said, 'im 17 can i do it')[0].topic).toBe('age');
    expect(reply('From which age is it allowed?')[0].topic).toBe('age');
    expect(reply('how long ppl been doin it', 'is it safe')[0].intent).toBe('what_is');
    expect(reply('How it do that?', 'does it help wrinkles')[0].intent).toBe('how_it_works');
    expect(reply('When I have made the treatment, how long hold the results? Years?')[0].topic).toBe('results_duration');
  });

  it('reads who told the visitor of microneedling, and where, as no subject of the question', () => {
    expect(reply('what in the world is this microneedlin everybody at bible study keeps talkin about')[0].intent).toBe('what_is');
    expect(reply("bloke at the gym reckons its called 'healing injury'? whats that about")[0].intent).toBe('how_it_works');
    expect(reply('WAIT what even is microneedling lol my coworker wont shut up abt it').map((r) => r.topic)).not.toContain('work');
  });

  it('reads isotretinoin as a medicine taken, whose silence holds when pressed or asked how long after stopping', () => {
    expect(reply('so is it safe for me or not', 'im on isotretinoin, can i do it')[0].topic).toBe('medication');
    expect(reply('how long after she stops would it be ok then?', 'my daughter is on accutane, can she get it')[0].topic).toBe('medication');
    expect(reply('how long after stopping it then', 'im on doxycycline can i have it')[0].topic).toBe('medication');
  });

  it('answers downtime with the silence on days to plan and the redness the article describes, and a toner with the aftercare beside it', () => {
    expect(reply('whats the downtime, i work outside')[0]).toMatchObject({ intent: 'not_covered', topic: 'downtime_days' });
    expect(text('whats the downtime, i work outside')).toMatch(/hour or two/);
    expect(text('can i use my bha toner after? its my holy grail')).toMatch(/exfoliat/);
  });

  it('reads military, Yiddish, Southern and Deaf-English remarks as acknowledgements, and a thin article as a let-down', () => {
    for (const said of ['copy all', 'outstanding', 'oy vey', "y'all are a blessing", 'wow lot', 'ok me think more', 'legend, catch ya'])
      expect(reply(said, 'how often should i do it').every((r) => r.intent === 'thanks')).toBe(true);
    expect(text('hm, thin article', 'how long do the results last')).toMatch(/Sorry I couldn't help more/);
  });

  it('reads a bare "and how many?" after the silence on the needles\' depth as how many needles there are', () => {
    for (const said of ['how many of em', 'and how many are there', 'n how many of them'])
      expect(text(said, 'how deep do the needles go')).toMatch(/hundreds of tiny needles/);
    expect(reply('and how many', 'does it help scars')[0].intent).toBe('sessions');
  });

  it('reads Cornish and Belfast speech: "my lover" and "ansum" as address, "ee" as you, "wasson" and "bout ye" as greetings', () => {
    expect(reply('how often do ee have it done')[0].intent).toBe('frequency');
    expect(
      reply('two things my lover, how often can I have it and do it help with brown sun spots')
        .map((r) => r.text)
        .join(' '),
    ).not.toMatch(/lover/);
    for (const said of ['wasson my lover', 'bout ye']) expect(reply(said)[0].intent).toBe('greeting');
    expect(reply('proper job', 'does it help wrinkles')[0].intent).toBe('thanks');
    expect(text('blimey youm no help my lover', 'how much is it')).toMatch(/Sorry I couldn't help more/);
  });

  it('reads a tattoo near the skin treated as a silence, and a tattoo asked about for itself or its removal as another treatment', () => {
    for (const said of ['can you do it over a tattoo', 'could i just use my usual tattoo balm on it', 'i have tattoo on other arm. can do over tattoo?'])
      expect(reply(said, 'what is microneedling')[0]).toMatchObject({ intent: 'not_covered', topic: 'tattoos' });
    for (const said of ['how long does a tattoo take to heal?', 'how about laser tattoo removal how many sessions'])
      expect(reply(said)[0].intent).toBe('out_of_scope');
  });

  it('reads what the face will be like straight after, or walking out, as what the article says happens right after a session', () => {
    for (const said of ['whats me face gonna be like straight after?', 'whats my face gonna look like walking out, got clients at 4'])
      expect(reply(said)[0].intent).toBe('side_effects');
  });

  it('keeps the visitor\'s own case open when they press "is it safe for me or not" after a silence on what they told', () => {
    const said = ['im on roaccutane for my acne, can i still have it', 'wot about once ive finished the course'];
    expect(text('so is it safe for me or not babe, just tell me', ...said)).toMatch(/doesn't say whether it is safe in your case/);
    expect(reply('so safe for me or not. yes/no', 'use tretinoin nightly. stop before?')[0].intent).toBe('not_covered');
    expect(reply('ok but is it like actually safe or nah', 'is it ok with sensitive skin')[0].intent).toBe('safety');
  });

  it('gives how long results last alone, never how soon scars change, and reads "take forever" as a long time', () => {
    const replies = reply('once my scars r better do they stay better or come back');
    expect(replies.map((r) => r.topic)).toEqual(['results_duration']);
    expect(text("doesn't it take forever to see a difference on acne scars?")).toMatch(/2-3 sessions/);
  });

  it('reads Newfoundland, Brummie, Ghanaian and Tex-Mex words: "where ya to b\'y" as a greeting, "me skin" as my skin, "pues" as a filler', () => {
    expect(reply("where ya to b'y")[0].intent).toBe('greeting');
    for (const said of ['bostin', 'tara-a-bit our kid', 'eii ok', 'ay ni modo'])
      expect(reply(said, 'how often should i do it').every((r) => r.intent === 'thanks')).toBe(true);
    expect(text('do they look at me skin first or just crack on')).toMatch(/diagnosing your skin type/);
    expect(text('pues who decides that', 'how often should i do it')).toMatch(/diagnosing your skin type/);
  });

  it('reads Cockney rhyming slang, "months gone" as pregnant and a ball cap as a cap', () => {
    expect(reply('the missus reckons itll make me look younger, is that right or is she havin a laugh')[0].intent).toBe('benefits');
    expect(reply("she's 5 months gone with our second tho, should she wait")[0].topic).toBe('pregnancy');
    expect(reply('does a ball cap count as a sun hat')[0].topic).toBe('caps');
    for (const said of ['cor blimey', 'inshallah', 'huh, who knew']) expect(reply(said, 'is it safe').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('answers a doubt that names safety with what the article says about safety, and reads "voyons" and "ych a fi" as asides', () => {
    expect(reply("HUNDREDS of needles?? are you sure that's safe", 'what is microneedling').map((r) => r.intent)).toContain('safety');
    expect(reply('sounds gnarly. safe?', 'what is microneedling').map((r) => r.intent)).toContain('safety');
    expect(reply('needles in the face?? voyons. is it safe at least', 'what is microneedling').map((r) => r.intent)).toContain('safety');
  });

  it('reads Norfolk speech ("yew", "hev", "dew", "bor", "whass") as meant, and whether they look at your skin first as the diagnosis', () => {
    expect(reply('hold yew hard, wrong thing. how often can yew hev microneedling')[0].intent).toBe('frequency');
    expect(reply('an why dew they call it healing injury', 'what is microneedling')[0].intent).toBe('how_it_works');
    expect(text('they just start stickin needles or they look at ya skin first')).toMatch(/diagnosing your skin type/);
    for (const said of ['fare yew well', 'huh. whaddya know', 'yeah yeah wrong place'])
      expect(reply(said, 'is it safe').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('reads what the visitor has on later ("ive got bingo at 7") as the reason for a question, not its subject', () => {
    expect(reply("what'll me face be like straight after, ive got bingo at 7")[0].intent).toBe('side_effects');
    expect(reply("wat will his face look like straight after, he's got a game that arvo")[0].intent).toBe('side_effects');
  });

  it('reads heat after a session as a silence beside the sun advice, and why the face goes saggy as the cause the article gives', () => {
    const replies = reply('im on a 24hr shift the day after. heat off a fire gonna screw it up?');
    expect(replies[0]).toMatchObject({ intent: 'not_covered', topic: 'heat_exposure' });
    expect(reply('is it normal to feel heat after')[0].intent).toBe('side_effects');
    for (const said of ["why's me face gone saggy anyhow", 'why skin does sag anyway']) expect(text(said)).toMatch(/loses its elasticity/);
  });

  it('reads "mm ok", "np" and Dublin remarks as acknowledgements, not a needle length or bleeding', () => {
    for (const said of ['mm ok', 'mm hm', 'np', 'bleedin typical. ta anyway', 'right back to the coffee so'])
      expect(reply(said, 'what is microneedling').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('whats me face gonna be like straight after, i have a shift at 2')[0].intent).toBe('side_effects');
  });

  it('reads "would it shift them" as asking whether it gets rid of a problem, and "jawn" as a thing', () => {
    expect(text('ive got brown patches on my cheeks from years in the sun, would it shift them')).toMatch(/pigmentation/);
    expect(reply('so what even is this microneedling jawn my sister wont shut up about')[0].intent).toBe('what_is');
    for (const said of ['crikey', 'funny old world', 'wah ok lah can try']) expect(reply(said, 'is it safe').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('reads "spf 30 enough or 50" as asking which, not as thanks', () => {
    expect(reply('SPF 30 enough or must 50', 'how do i protect from the sun after')[0]).toMatchObject({ intent: 'not_covered', topic: 'spf_strength' });
  });

  it('answers "is that a yes or a no" after a silence with the silence, and a circumstance before who may have it in general', () => {
    const said = 'i was on roaccutane last year, am i ok to microneedle now';
    expect(reply('so is that a yes or a no??', said)[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
    expect(reply("can i still get it done if i'm pregnant")[0]).toMatchObject({ intent: 'not_covered', topic: 'pregnancy' });
    expect(reply('so is it safe for my skin or not??', 'is it ok for dark skin')[0]).toMatchObject({ intent: 'not_covered', topic: 'skin_tone' });
  });

  it('reads dialect interjections ("aki", "tabarnak", "manze") as no subject, and "that is unsatisfying" as a let-down', () => {
    for (const said of ['tabarnak, ok', 'manze ok', 'lol nm', 'That is unsatisfying.'])
      expect(reply(said, 'how long do results last').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('aki explain how microneedling works, simple english pls')[0].intent).toBe('how_it_works');
    expect(reply('but like how much tho, even a ballpark pls', 'how much is a derma roller')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
  });

  it('reads chemicals or fumes at work after a session as a silence beside the routine advice, and who told the visitor as no subject', () => {
    const said = 'I work with hair dye and bleach all day, the fumes are very strong. is problem for my face after the microneedling?';
    expect(reply(said)[0]).toMatchObject({ intent: 'not_covered', topic: 'chemical_exposure' });
    expect(reply('the lassie at the salon cried it a healing injury?? whit is that aboot')[0].intent).toBe('how_it_works');
  });

  it('reads "tá", "cheerio the now" and "I thought you\'d know that one" as remarks, not subjects', () => {
    for (const said of ['tá, perfect', 'nossa, this article dont say nothing né', "Oh that's a shame, I thought you'd know that one"])
      expect(reply(said, 'how much does it cost').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply("that's grand, cheerio the now", 'is it safe')[0].intent).toBe('goodbye');
  });

  it('reads a plan in the present tense ("I ask my GP then") as a remark, and asks for days without sun as a silence', () => {
    for (const said of ['I ask my huisarts then, the GP.', 'Ok, I stay with the needles I think.', 'well shoot', 'Ok. Clear.', 'sababa'])
      expect(reply(said, 'can I shave after').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('how many days no sun after the treatment? i have surf trip to dahab')[0].intent).toBe('not_covered');
    expect(text('why so long between, its just small needles', 'how often should i do it')).toMatch(/doesn't explain the 4-6 week interval/);
  });

  it('reads olive skin as a skin tone, how long folks have been doing it as its history, and windburn as a silence', () => {
    expect(reply('my skin is olive, mediterranean, i tan very fast. any problem with microneedling for me?')[0]).toMatchObject({ topic: 'skin_tone' });
    expect(text('how long folks been doin it', 'is it safe')).toMatch(/decades/);
    expect(reply('does wind mess it up after? it blows somethin fierce out here')[0]).toMatchObject({ intent: 'not_covered', topic: 'cold_weather' });
  });

  it('says the article gives no exact number when the visitor presses for one after the number of sessions', () => {
    for (const said of ['how many exactly then', 'so how many total for my chin scar, gimme a number', 'how many is fewer tho eh'])
      expect(reply(said, 'how many sessions for saggy skin')[0]).toMatchObject({ intent: 'not_covered' });
    expect(text('how many exactly then', 'how many sessions for saggy skin')).not.toMatch(/2-3/);
    expect(reply('how many sessions in total', 'how often should i do it').map((r) => r.intent)).toEqual(['not_covered', 'sessions']);
  });

  it('reads Italian, Derry and Georgia remarks as remarks, "more or less" as pressing for a figure, and "got to go by" as no goodbye', () => {
    for (const said of ['ah ecco, capito', 'boh ok', "ha she'll be ragin", 'bless your heart for tryin', "ach that's ages"])
      expect(reply(said, 'what is microneedling').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('not even more or less?? boh', 'how much does it cost in dollars')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('name me a brand maam, I got to go by the Walgreens this afternoon', 'what can she put on after')[0].intent).not.toBe('goodbye');
    expect(text("how long's it been about, or is it just an insta thing")).toMatch(/decades/);
  });

  it('reads "is ok?" after a statement as asking about it, wounds on the face as the healing injury, and Korean and Cork remarks as remarks', () => {
    expect(reply('I use toner with alcohol every morning. is ok?')[0].intent).not.toBe('thanks');
    expect(reply('she also ask, it makes wounds on the face?', 'what is microneedling')[0].intent).toBe('how_it_works');
    for (const said of ['aigoo ok', 'sorry boy wrong tab', 'hmm confusing but ok', 'fighting!'])
      expect(reply(said, 'what is microneedling').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('sure ye must have a rough idea boy', 'how much is it')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('so lifelong I have to keep on doing?', 'do the results last')[0]).toMatchObject({ topic: 'results_duration' });
  });

  it('reads "safe for everyone?" as who should avoid it, and "ok I will pause it" after a silence as a plan', () => {
    expect(reply('safe for everyone?', 'is it safe')[0]).toMatchObject({ intent: 'not_covered', topic: 'candidates' });
    expect(reply('ok I will pause it', 'I use retinol every night, need to stop before the session?').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('one roller me and my wife both can use?', 'can i do it at home')[0]).toMatchObject({ intent: 'not_covered', topic: 'sharing' });
  });

  it('reads who decides or looks at her skin first as the diagnosis, and Geordie, Bajan and Nepali words as meant', () => {
    for (const said of ['who does decide that', 'would they look at her skin first', 'then who tell me if its ok for my skin'])
      expect(text(said, 'how often should i do it')).toMatch(/diagnos/);
    expect(text('how often would she gan if she did')).toMatch(/4-6 weeks/);
    expect(text('wuh muh face gine feel like right after')).toMatch(/warm/);
    for (const said of ['aye, figures', 'lef it so then', 'ramro', 'huh, you bet'])
      expect(reply(said, 'what is microneedling').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('keeps a silence when the visitor asks "so you can\'t tell me if I\'m allowed or not?", and reads Maltese words and office shorthand as meant', () => {
    const said = 'I was on accutane last year, can I have it done';
    expect(reply("so you can't tell me if I'm allowed or not?", said)[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
    for (const remark of ['mela ok', 'ħeqq grazzi', 'he is so stubborn yaar'])
      expect(reply(remark, 'what is microneedling').every((r) => r.intent === 'thanks')).toBe(true);
    expect(text('check what', 'do they look at my skin first')).toMatch(/skin type/);
    expect(reply('kemm tiswa? how much is it here in Malta more or less')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
  });

  it('reads "our daughter\'s expecting" as pregnancy, a coworker "on 4 west" as who told the visitor, and Doric words as meant', () => {
    expect(reply("our daughter's expecting and wants it for her acne scars, is that ok")[0]).toMatchObject({ intent: 'not_covered', topic: 'pregnancy' });
    expect(reply('oye what even is microneedling, my coworker on 4 west wont shut up about it')[0].intent).toBe('what_is');
    expect(reply('foo mony sessions for ma scars')[0].intent).toBe('sessions');
    for (const said of ['aye aye', 'strewth', 'ay bendito ok']) expect(reply(said, 'is it safe').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('reads RAF sign-offs, AAVE let-downs and Spanish asides as remarks, and all my life as how long results last', () => {
    for (const said of ['Roger. Will consult the GP. Out.', 'yall aint no help 😂', 'ah mira, que curioso', 'smh ok'])
      expect(reply(said, 'how long do the results last').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('so I need to repeat all my life or what', 'how long do the results last')[0]).toMatchObject({ topic: 'results_duration' });
    expect(text('how is the face after? my sister says she was like a tomato jaja')).toMatch(/warm/);
  });

  it('reads who does it mostly as its history, "nobody knows" as a remark and "merhaba" as a greeting', () => {
    expect(text('who do it mostly', 'is it a new fad')).toMatch(/social media/);
    for (const said of ['yani nobody knows 😅 ok', 'aiya nobody tell me nothing'])
      expect(reply(said, 'how long do results last').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('merhaba')[0].intent).toBe('greeting');
    expect(reply('how much for microneedle one time')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
  });

  it('says the article gives no exact number when pressed after the number of sessions for loose skin, and keeps a silence on pain for "a little or a lot?"', () => {
    const saggy = 'My mother has loose skin on the cheeks. She will need many sessions?';
    for (const press of ['Give me exact number please, I like numbers', 'give me the exact number'])
      expect(text(press, saggy)).toMatch(/doesn't cover the exact number of sessions for loose, saggy skin/);
    expect(reply('come on now, a little or a lot??', 'does it hurt? be straight with me')[0]).toMatchObject({ intent: 'not_covered', topic: 'pain' });
  });

  it('reads a time of day as no age, a long heading before a colon as no question, and "Clear" as the answer understood', () => {
    expect(text('If session is 18:00 the day before, I will look normal in the morning?')).toMatch(/hour or two/);
    expect(reply('im 16 am i allowed')[0]).toMatchObject({ intent: 'not_covered', topic: 'age' });
    const two = reply("Two things while I've got you cariad: will it help these lines round my mouth, and will it do anything for the pores on my nose?");
    expect(two.map((r) => r.text).join(' ')).toMatch(/wrinkles[\s\S]*pore/);
    expect(reply('So it is about toner on skin, not about drinking. Clear', 'can I drink alcohol after?')[0].intent).toBe('thanks');
    for (const said of ['hays ok sige', 'ahh gets na', 'kaya naman pala']) expect(reply(said, 'is it safe').every((r) => r.intent === 'thanks')).toBe(true);
    expect(text('Before first session they analyse my skin or just start?')).toMatch(/diagnos/);
  });

  it('reads "must I return every year?" as how long results last, "X. Acceptable?" after the aftercare as asking about X, and Vietnamese thanks', () => {
    for (const said of ['So I must return every year. Correct?', 'so she must do it every year again?'])
      expect(reply(said, 'do results last forever')[0]).toMatchObject({ intent: 'not_covered', topic: 'results_duration' });
    expect(reply('Washing with plain water. Acceptable?', 'Aftercare. What are the rules.')[0]).toMatchObject({ intent: 'not_covered', topic: 'washing' });
    expect(reply('just estimate chị, like 100? 300?', 'how much is it in houston')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('dạ cám ơn chị', 'is it safe').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('reads "that awright wi this" after a medicine as asking, "is it or is it no" as pressing, and more ways to say wrong tab', () => {
    expect(reply('am on blood pressure tablets, that awright wi this')[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
    expect(reply('so is it or is it no', 'am on blood pressure tablets, is that ok')[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
    for (const said of ['sorry pal wrang tab', 'Apologies, wrong tab.']) expect(reply(said, 'is it safe').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('wait do u know if the red sox play tonight at fenway?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('got aw these brown blotchy bits on ma cheeks. does it help wi that')).toMatch(/pigmentation/);
  });

  it('says what else a visitor would feel, how long people have done it, who decides if the skin can take it, and a teen age said "him only 15"', () => {
    for (const said of ['Anything else I would feel.', 'wah else mi will feel'])
      expect(text(said, 'Will my face be red after?')).toMatch(/warm and tight[\s\S]*no other after-effects/);
    expect(text('anyhow, how long people doing dis microneedling? it sound like one a dem new fad')).toMatch(/decades/);
    expect(text('so how dem decide if mi skin can tek it')).toMatch(/diagnos/);
    expect(reply('him only 15 though', 'can my grandson do it for his pimples')[0]).toMatchObject({ intent: 'not_covered', topic: 'age' });
    expect(reply('would cerave be ok? its the only thing that doesnt sting me', 'what can i put on after')[0]).toMatchObject({ intent: 'not_covered' });
  });

  it('reads "so can or cannot??" as pressing, "stretch marks same ah?" as the same measure, and a heading before a dash', () => {
    expect(reply('so can or cannot??', 'im still breastfeeding, can do?')[0]).toMatchObject({ intent: 'not_covered', topic: 'pregnancy' });
    expect(text('stretch marks same ah?', 'how many sessions for acne scars')).toMatch(/stretch marks, like scars, take more sessions/);
    expect(text('2 things - can i go in the sun after and can i still use my face scrub')).toMatch(/sunscreen[\s\S]*exfoliat/);
    for (const said of ['hmm scary', 'inshallah it works 🤲', 'bugger', 'go figure'])
      expect(reply(said, 'how long do results last').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('reads "just tell me yes or no" as pressing, Italian and Welsh asides as asides, and a few more remarks', () => {
    expect(reply('dai, just tell me yes or no cariad, is it safe for my rosacea or not', 'I have rosacea, can I do it')[0]).toMatchObject({
      intent: 'not_covered',
      topic: 'skin_conditions',
    });
    for (const said of ['there we are, learnt something today', 'lowkey scared ngl', "well ça c'est pas bon"])
      expect(reply(said, 'is it safe').every((r) => r.intent === 'thanks')).toBe(true);
  });

  it('reads trying for a baby as pregnancy and "just tell me yes or no lah" as pressing, and more remarks', () => {
    expect(reply('just tell me yes or no lah', 'im trying for a baby, can i do it')[0]).toMatchObject({ intent: 'not_covered', topic: 'pregnancy' });
    for (const said of ['jislaaik', 'nobody tells you owt straight these days', 'sorry lol multitasking'])
      expect(reply(said, 'is it safe').every((r) => r.intent === 'thanks')).toBe(true);
    expect(reply('goeie môre')[0].intent).toBe('greeting');
  });

  it('presses past a "mate", takes "bad after tho" as after a session, a tag question after an emoji, and the healing injury doubted', () => {
    expect(reply('so is that a yes or a no mate', 'can i have a couple beers after or is that a no go')[0]).toMatchObject({
      intent: 'not_covered',
      topic: 'drinking',
    });
    expect(reply('is alcohol in skincare stuff bad after tho', 'can i have wine the night after lol its my bday')[0]).toMatchObject({
      intent: 'aftercare',
    });
    expect(reply('ok but it heals right 😟', 'so it like damages ur skin on purpose??')[0].intent).not.toBe('thanks');
    expect(text('so its hurtin ya skin on purpose?', "wat does 'healing injury' mean, sounds dodgy as")).toMatch(/punctures/);
  });

  it('reads "wat" as the question word it stands for', () => {
    expect(reply('2 qs how often can u get it and wat does it even help w').map((r) => r.intent)).toEqual(['frequency', 'benefits']);
    expect(reply("lol nvm. wat's one chemical peel", 'is it safe').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('reads "how long would I have to leave it then, a week?" as how long to hold off what was discussed', () => {
    const scrub = "I do like a good face scrub on a Sunday night, it's my little treat. Can I still use it after microneedling?";
    expect(text('How long would I have to leave it then, a week?', scrub)).toMatch(/doesn't say exactly how long/);
  });

  it('greets a greeting told with a story that asks nothing, and takes "good, that puts my mind at rest" as thanks', () => {
    const story =
      "Good morning to you. I do hope you don't mind me asking a few questions, I'm not much of a one for these computer chat boxes, my granddaughter showed me how to do it.";
    expect(reply(story).map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('Good, that puts my mind at rest a little bit.', 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads "close them up" of pores as shrinking them, a flood as the weather, and "clinicals" as no clinic', () => {
    expect(text("I've always had big open pores on my nose, since I was a girl. Will this needling close them up at all?")).toMatch(/shrink large pores/);
    expect(reply('is it gonna flood again this wk smh i cant be late to clinicals').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('reads a grudging "ok fine" before a question as no thanks, and "does this stuff do anything for" a problem as what it does', () => {
    const pores = reply('lol ok fine does this stuff do anything for big pores at least mine look like craters on my nose', 'who won the sox game');
    expect(pores.map((r) => r.intent)).toContain('benefits');
    expect(pores.map((r) => r.intent)).not.toContain('thanks');
  });

  it('reads "will discuss with him" as a plan with its subject dropped, not a question', () => {
    for (const said of ['Ok, will discuss with him. Thanks.', 'ok. will think and revert'])
      expect(reply(said, 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('will it hurt', 'is it safe')[0]).toMatchObject({ intent: 'not_covered', topic: 'pain' });
  });

  it('answers "is that even safe tho like…" without the why that trails it, and "by the evening class" as a moment', () => {
    expect(reply('is that even safe tho like im not tryna stab my whole face up watching netflix').map((r) => r.intent)).toEqual(['safety']);
    expect(reply('will my face at least look normal by the evening class?').map((r) => r.intent)).toEqual(['side_effects']);
  });

  it('takes "jesus ok", "whatever im still nervous lol" and "lekker stuff" as remarks', () => {
    for (const said of ['jesus ok', 'whatever im still nervous lol', 'lekker stuff'])
      expect(reply(said, 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('answers "what even is microneedling" run on into who brought it up', () => {
    for (const said of [
      'ok dumb question what even is microneedling my regulars keep talkin about it like its a religion',
      'ok so wat even is microneedling tbh my clinical instructor got it done and wont stop talkin abt it',
    ])
      expect(reply(said).map((r) => r.intent)).toEqual(['what_is']);
  });

  it('reads "approx range also fine only" and "not even a rough number" as pressing for the figure withheld', () => {
    for (const said of ['Approx range also fine only. Just for budgeting.', 'seriously not even a rough number come on throw me a bone'])
      expect(reply(said, 'how much does it cost')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
  });

  it('reads "so why\'s everyone on insta suddenly doing it" as why it became popular', () => {
    expect(text("so why's everyone on insta suddenly doing it")).toMatch(/popular/);
  });

  it('answers each item of a numbered list after a heading, and reads "yall", "recieve", Dutch greetings and more remarks', () => {
    expect(reply('Hoi, 2 questions. 1) what does it fix 2) is it safe').map((r) => r.intent)).toEqual(['benefits', 'safety']);
    expect(reply('Two questions. 1) does it help wrinkles 2) anything for enlarged pores').map((r) => r.topic)).toEqual(['wrinkles', 'pores']);
    expect(text('how often do yall do it, like how far apart')).toMatch(/4-6 weeks/);
    expect(text('Hi, how often can I recieve microneedling?')).toMatch(/4-6 weeks/);
    expect(reply('goedemorgen')[0].intent).toBe('greeting');
    expect(reply('doei', 'is it safe')[0].intent).toBe('goodbye');
    for (const said of ['helder', 'prima', 'Oh sorry, I opened wrong chat window haha', 'ugh. nobody wants to tell me nothin today lol'])
      expect(reply(said, 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
    expect(text('Do they first inspect my skin or just start with needling?')).toMatch(/diagnos/);
    expect(text('then why does everybody talk about it now', 'is it safe')).toMatch(/popular/);
  });

  it('greets a greeting with who the visitor asks for, and reads La Roche-Posay as a named product, not another language', () => {
    expect(reply("hello there, how are ye. tis for the wife I'm asking, not meself").map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('La Roche-Posay Cicaplast is ok?', 'what can i put on after')[0]).toMatchObject({ intent: 'not_covered', topic: 'product_names' });
  });

  it('answers a question before "…, sounds like…", leaves "amiga" unasked, and takes "och" and "nobody gives a straight answer" as remarks', () => {
    expect(text("whats this 'healing injury' business, sounds like something off a wound care study day")).toMatch(/healing injury/);
    expect(reply('2 question amiga: is it safe? and how often i can do?').map((r) => r.intent)).toEqual(['safety', 'frequency']);
    for (const said of ["och that's fine then", 'nobody gives a straight answer these days'])
      expect(reply(said, 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('says the article gives no total number of sessions, then what it does say, when a total is asked outright', () => {
    const total = reply('how many sessions will i need in total for my scars 😬');
    expect(total[0]).toMatchObject({ intent: 'not_covered', subject: 'the exact number of sessions for scars' });
    expect(total[1].text).toMatch(/2-3 sessions/);
    expect(reply('ok so how many total', 'how often should i do it')[0].intent).toBe('not_covered');
    expect(reply('How many decades, exactly?', 'is it safe')[0].subject ?? '').not.toMatch(/sessions/);
  });

  it('leaves "mija" and "bruh" unasked, reads the playoffs as sport, "lol sounds like…" as a remark, and "a ton of sessions" as the count', () => {
    expect(reply('but its literally NEEDLES in ur FACE mija how is that safe').map((r) => r.intent)).toEqual(['safety']);
    expect(reply('bruh ok is it at least safe', 'does it hurt').map((r) => r.intent)).toEqual(['safety']);
    expect(reply('browns making playoffs this yr or nah').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('why do they call it healing injury lol sounds like a game skill')).toMatch(/healing injury/);
    expect(text('probably takes a ton of sessions right', 'my jowls are saggy, does it help')).toMatch(/fewer/);
    expect(text('does everyone get the same amount of sessions or nah')).toMatch(/diagnos/);
    for (const said of ['ay dios ok', 'wepa learned something today', "Sorry, wrong window, I've too many open at once."])
      expect(reply(said, 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads skin cancer as a health condition, "is it safe for someone like me or not" and "not even a rough guide" as pressing', () => {
    const bcc = 'I had a small basal cell carcinoma taken off my nose two years ago. Would it be safe for me to have microneedling?';
    expect(reply(bcc)[0]).toMatchObject({ intent: 'not_covered', topic: 'health_conditions' });
    expect(reply('so is it safe for someone like me or not, would you say', "I'm diabetic and heal slowly, can I have it?")[0]).toMatchObject({
      intent: 'not_covered',
      topic: 'health_conditions',
    });
    expect(reply('Not even a rough guide?', 'who should not have it').map((r) => r.intent)).toEqual(['not_covered']);
  });

  it('reads Nivea as a named product, and French and polite remarks as remarks', () => {
    expect(reply('would the Nivea in the blue tin do?', 'what can i put on after')[0]).toMatchObject({ intent: 'not_covered', topic: 'product_names' });
    for (const said of ['Tant pis.', "Interesting, c'est logique.", 'Ok, it is outside of what your page covers, I understand.'])
      expect(reply(said, 'does it hurt').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads "somthing", "ow do", patois and Brummie remarks, a brand asked for, a wife due in December, and "even rough"', () => {
    expect(reply('how many sessions until i see somthing')[0].intent).toBe('sessions');
    expect(reply('ow do bab')[0].intent).toBe('greeting');
    expect(reply('any product names? like an actual brand', 'what can i put on after')[0]).toMatchObject({ intent: 'not_covered', topic: 'product_names' });
    expect(reply('wifes due in december (future longhorn incoming) can she get this done now')[0]).toMatchObject({ topic: 'pregnancy' });
    expect(reply('seriously no number? even rough', 'how much does it cost').map((r) => r.topic)).toContain('cost');
    for (const said of ['cho, ok', 'ok good, tank yuh', 'interesting enuh', 'right yam', 'lame'])
      expect(reply(said, 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads a grown-up age said of someone else, "anot" ending a question, a price asked last, and "abit"', () => {
    for (const asked of ['she 60 plus, can she do also', "my mum's 70, is it safe for her", "I'm over 60, is it ok for me?"])
      expect(reply(asked)[0]).toMatchObject({ intent: 'not_covered', topic: 'age' });
    expect(reply('spf 30 enough anot')[0]).toMatchObject({ intent: 'not_covered', topic: 'spf_strength' });
    expect(reply('1 session roughly how much')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(text('for saggy skin leh, my jawline abit droopy', 'how many sessions need ah total')).toMatch(/fewer/);
  });

  it('greets no one in a short question after a greeting word, reads "hm… might just book" as a plan, and "btw u know any…" as asking', () => {
    expect(reply('by evening gone?', 'ok and right after will feel like what')[0].intent).not.toBe('greeting');
    for (const said of ['anyone there?', 'is there anybody there?']) expect(reply(said)[0].intent).toBe('greeting');
    expect(reply('hmm ok might just book somewhere then', 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('lol ok. btw u know any good kopi place near tanjong pagar').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('Then what kind of instrument does a clinic actually use?')).toMatch(/pen/);
    expect(reply('How soon before a flight is it sensible to have it done?')[0]).toMatchObject({ intent: 'not_covered', topic: 'season' });
  });

  it('refuses a count of something other than sessions, and reads a later moment after the redness as how long it lasts', () => {
    for (const asked of ['how many words should my essay be', 'how many steps a day', 'how many followers do i need'])
      expect(reply(asked).map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('how many do i need')[0].intent).toBe('sessions');
    expect(text('by evening gone? got dinner w gf', 'ok and right after will feel like what')).toMatch(/hour or two/);
    expect(text('will it be gone by the evening?', 'what happens right after')).toMatch(/hour or two/);
  });

  it('reads spots "like that" as the ones told, a visitor checking someone is there as a greeting, and leaving at once', () => {
    const told = 'I have got these brown age spots on my cheeks from the Texas sun. Would this needling business help with spots like that??';
    expect(text(told)).toMatch(/pigment/);
    for (const said of ['hey, u awake? lol everyones asleep except us night shifters', 'hi is this where i ask about the microneedling'])
      expect(reply(said).map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('hello?  are you still there?', 'I have rosacea. Will this make my face flare up?').map((r) => r.intent)).toEqual(['greeting']);
    const leaving = "Oh I guess you're just the skin one. Well never mind then, bye bye";
    expect(reply(leaving, 'how do i make buttermilk cornbread').map((r) => r.intent)).toEqual(['goodbye']);
  });

  it('reads a heat that breaks and fall tomatoes as the world, skin that lost its bounce as ageing, "hand-wavy" as doubt and "omo" as a remark', () => {
    expect(reply('Do you know if this heat is supposed to break by the weekend?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('when should I put in my fall tomatoes? the frost always gets them').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('just had it done and i look like a tomato. how long does the tomato phase last').map((r) => r.intent)).not.toContain('out_of_scope');
    expect(reply("Would it do anything for old lady skin that's lost its bounce?")[0]).toMatchObject({ topic: 'anti_aging' });
    expect(reply('hm. sounds a bit hand-wavy tbh', 'how does it shrink pores').map((r) => r.intent)).toEqual(['doubt']);
    expect(reply('omo ok', 'what is the aftercare').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('counts sessions "I would be paying for", asks why it works on scars, and withholds how long to wait after a medicine told', () => {
    const paying = 'Then at least tell me how many sessions I would be paying for. Acne scars, in my case.';
    expect(reply(paying, 'What does one session cost in Columbus, Ohio?')[0].intent).toBe('sessions');
    expect(text('how come it works on scars ah')).toMatch(/collagen/);
    const waiting =
      'My daughter (19) just finished a 6 month course of isotretinoin. How long does she have to wait after the last dose before she can get microneedling?';
    expect(reply(waiting).map((r) => r.topic)).toEqual(['medication']);
    expect(reply('ony side effects')[0].intent).toBe('side_effects');
    expect(reply('cracking', 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('keeps "random, does it help hair growth?" on microneedling, and reads "that\'s actually encouraging" as a remark', () => {
    const hair = 'also random, does it help hair growth? my fiancé is getting a bit thin on top 😬';
    expect(reply(hair)[0].intent).toBe('not_covered');
    expect(reply('Random question, is it gonna rain in Leeds tomorrow?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply("wow ok that's actually encouraging!", 'does it help acne scars').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads "for loose skin on the neck, say?" as a follow-up, "drinking ok?" as alcohol, and a treatment told after a question as a remark', () => {
    expect(text('For loose skin on the neck, say?', 'How many sessions does a full course usually involve?')).toMatch(/fewer/);
    expect(reply('team dinner same day as my session, drinking ok?')[0]).toMatchObject({ intent: 'not_covered', topic: 'drinking' });
    const numbing = 'Would numbing cream help? We use topical gel before injections in the surgery.';
    expect(reply(numbing).map((r) => r.intent)).toEqual(['not_covered']);
    expect(reply('wait what actually is microneedling, my sister keeps banging on about it at every bbq')[0].intent).toBe('what_is');
    for (const said of ['Mm hm, that sounds about right.', 'interesting wor'])
      expect(reply(said, 'do they check your skin first').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply("How many days should I stay inside then, my tomatoes won't wait on me forever?", 'what is the aftercare')[0].intent).not.toBe('out_of_scope');
  });

  it('ends a remark at an emoji before a question, sets aside a medicine the visitor is not on, and reads timetables as the world', () => {
    expect(reply('Ok rapid fire round 🔥 how often can u microneedle?').map((r) => r.intent)).toEqual(['frequency']);
    expect(text('studying my aftercare section rn 😩 what does the article say to avoid after a session?')).toMatch(/exfoliat/);
    expect(reply('For people not on blood thinners, is it generally considered a safe procedure?')[0].intent).toBe('safety');
    expect(reply('so can I have it or not on the HRT?', 'im on HRT, is that a problem')[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
    for (const asked of ['ok totally unrelated but do u know if line 1 is delayed rn, i have class at 6', 'Afternoon, is the Scillonian sailing today?'])
      expect(reply(asked).map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('reads a coloured line as transit, "take care now" as leaving, and "isn\'t that something", "dead clever", "will carry cap" as remarks', () => {
    expect(reply('random but do u know if the blue line goes all the way to revere beach').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('Well that gives me something to think about. Take care now', 'how much is it').map((r) => r.intent)).toEqual(['goodbye']);
    for (const said of [
      "Huh, well isn't that something.",
      'thats actually dead clever',
      'ok cool, will carry cap also 😅',
      'perfect, thats what I needed. thx',
    ])
      expect(reply(said, 'how much is it').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads "it does help scars right" and "have u a good … recipe" as asking, "what\'s normal straight afterwards" as the after-effects', () => {
    expect(reply('ok but it does help scars right', 'is laser better')[0]).toMatchObject({ topic: 'scars' });
    const recipe = "ah well. unrelated but have u a good wheaten bread recipe, my granny's one got lost in the move";
    expect(reply(recipe, 'does it help hair loss').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply("What's normal straight afterwards then?", 'any risks?')[0].intent).toBe('side_effects');
    expect(text('fair. do they like check out your skin first or just go for it', 'is it safe')).toMatch(/diagnos/);
    expect(reply('is the home roller safe tho, like im not trying to wreck my face before peak season')[0].intent).toBe('safety');
    expect(reply('Blessings on you child', 'is it safe').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads "gies", "ach" and the corners of the eyes as the Scots and the wrinkles they are', () => {
    expect(text('gies the basics on microneedling then')).toMatch(/collagen/);
    expect(reply("ach well, one'll have to do", 'how often can I go')[0].intent).toBe('thanks');
    expect(reply("What about crow's feet, the lines at the corners", 'does it help wrinkles')[0]).toMatchObject({ topic: 'wrinkles' });
  });

  it('reads a match "bloody shocking" and rain chucked down as the world, and "yeah nah", "sweet as" plans as remarks', () => {
    expect(reply('did you see the all blacks on saturday, bloody shocking').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('yeah nah might wait till after then', 'how often should i do it').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('sweet as, will give yous a ring', 'how often should i do it').map((r) => r.intent)).toEqual(['thanks']);
    expect(text('ok so what sort of stuff should I be steering clear of', 'can i use lanolin cream after')).toMatch(/exfoliat/);
    expect(reply('is it gonna chuck it down all week in Brum or what').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('greets whoever only checks someone is there, whatever topic the words brush', () => {
    for (const said of ['howya, is there anyone actually there or am I talkin to meself again lol', 'hey, is this the clinic chat?'])
      expect(reply(said).map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('Hey! Ok so I finally booked for my dark spots next week 🙏🏾').map((r) => r.intent)).toEqual(['greeting']);
  });

  it('answers a subject named beside "how long", the aftercare asked "so that I am prepared", and a session\'s count "before I see"', () => {
    const peeling =
      'My sister had microneedling elsewhere and her skin peeled for about five days afterwards. Is peeling normal, and for how long might it go on?';
    expect(reply(peeling)[0]).toMatchObject({ intent: 'not_covered', topic: 'reactions' });
    expect(text('how long does it last', 'what does my skin feel like after')).toMatch(/hour or two/);
    expect(text('In the meantime, could you outline what the aftercare involves, so that I am prepared for later?')).toMatch(/exfoliat/);
    expect(text('Got old acne scars from uni days also. how many times before can see improvement?')).toMatch(/2-3 sessions/);
    expect(text('Mate of mine had laser for his scars. Is laser better than this or what?')).toMatch(/doesn't discuss laser/);
  });

  it('reads medicines, skin types, events, combining and ages in their short forms', () => {
    expect(reply('Dermatologist gave me hydroquinone cream for my melasma. can use together with microneedling?')[0]).toMatchObject({ topic: 'combining' });
    expect(reply('so do i need prophylactic abx or no', 'is there a risk of infection')[0]).toMatchObject({ topic: 'medication' });
    expect(reply('i have a formal in 3 days, if i roll tonight will my face be ok by then')[0]).toMatchObject({ topic: 'season' });
    expect(reply('and can i get it done if im real tanned', 'does it help dark spots')[0]).toMatchObject({ intent: 'not_covered' });
    expect(reply("is it too late at 56 d'you reckon", 'does it help wrinkles')[0]).toMatchObject({ topic: 'age' });
    expect(reply('what actually happens in a session, is it needles going into ye?')[0]).toMatchObject({ topic: 'procedure' });
    expect(reply('Do I need to bring anything with me to my microneedling session?')[0]).toMatchObject({ topic: 'preparation' });
    expect(reply("d'accord", 'pen or roller?').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads "our Maureen" as whom the visitor asks for, "random q" as an aside, and redness "beyond 48 hours" as outlasting', () => {
    expect(text('How often would our Maureen have to go for this needlin')).toMatch(/4-6 weeks/);
    expect(text('random q but I saw microneedling called a healing injury?? what does that even mean')).not.toMatch(/doesn't cover random/);
    expect(reply('And if it persists beyond 48 hours?', 'what does it feel like after')[0].text).toMatch(/last longer than a day or two/);
    expect(text("why I can't just use my regular things?", 'what should i avoid after')).toMatch(/wounds/);
  });

  it('reads a named medicine and "is age ok" as their silences, and gives the causes of lines and sagging in the article\'s words', () => {
    expect(reply("what about me, I'm on spironolactone, any issue?")[0]).toMatchObject({ topic: 'medication' });
    expect(reply("anyway. my wife wants to try, she's 38, is age ok")[0]).toMatchObject({ topic: 'age' });
    expect(text('what causes fine lines anyway')).toMatch(/growing older/);
    expect(text('why does skin go saggy anyway')).toMatch(/as we grow older/);
  });

  it('welcomes a first session booked, greets in Tamil, and reads "worth a try I suppose" as a remark', () => {
    for (const said of ['Hello! booked my first session for Saturday 😊', "Hi! I've got my first session booked at your clinic next week", 'vanakkam 👋'])
      expect(reply(said).map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('Well, it is worth a try I suppose.', 'how often should i do it').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('names the silences on fellas, dehydrated skin and using retinol "back", and says loose skin may need fewer sessions', () => {
    expect(reply('do fellas actually get this done or is it all ladies')[0]).toMatchObject({ topic: 'men' });
    expect(reply('Does microneedling fix dehydrated skin?')[0]).toMatchObject({ topic: 'skin_type' });
    expect(reply('and after treatment when can use back?', 'can i use retinol before')[0]).toMatchObject({ topic: 'actives' });
    expect(text('would i need as many sessions as my sister did for her stretch marks', 'does it help saggy skin')).toMatch(/fewer/);
    expect(text('how many sessions for stretch marks?')).toMatch(/take more sessions than loose, saggy skin, which may take fewer sessions/);
  });

  it('greets whoever asks for a few minutes, refuses a golf tip, and reads sunburn, the range and a lost snap as what they are', () => {
    expect(reply('Afternoon. Got a few minutes for an old golf pro?').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('you follow golf at all? who ya got for the masters this year').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('got a little sunburn on my nose from saturday. can I still go in for a session this week')[0]).toMatchObject({ topic: 'sunburn' });
    expect(reply('can I go hit balls at the range that afternoon', 'can i go in the sun after')[0]).toMatchObject({ topic: 'sun' });
    expect(reply("my skin's lost all its snap, like an old rubber grip. does it help with that")[0]).toMatchObject({ topic: 'anti_aging' });
  });

  it('refuses a forecast of snow and a team\'s chances, reads Boston spellings, "my age spots" and going "back to work" as what they are', () => {
    for (const asked of ['Is it gonna snow again this weekend? My hip can feel it comin', 'oi u reckon the eagles have got any chance this year'])
      expect(reply(asked).map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text("I got my first one booked next Tuesday at the clinic ovah in Brookline. What'll my face look like aftah?")).toMatch(/warm and tight/);
    expect(reply('and would it do anything for my age spots?')[0]).toMatchObject({ topic: 'pigmentation' });
    for (const said of ['lol fair. back to work', 'good, thats what i like to hear', 'ach al book a day aff then'])
      expect(reply(said, 'how often').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads sunscreen "right away or do I gotta wait" as a wait, "just tell me straight" as pressing, and remarks about someone pleased as remarks', () => {
    const sunscreen = reply('can I put the sunscreen on right away or do I gotta wait');
    expect(sunscreen[0].text).toMatch(/doesn't say how long to wait/);
    expect(sunscreen[1]?.text ?? '').toMatch(/sunscreen/);
    expect(reply('abeg just tell me straight, yes or no 😩', 'is it ok if I get keloids')[0].intent).toBe('not_covered');
    for (const said of ['Ha ha, she will be pleased.', 'shiok, weekend downtime it is'])
      expect(reply(said, 'does it help wrinkles').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads lads, Geordie "yem", "rob" for use and Telugu particles as meant', () => {
    expect(reply('be honest with me now, do lads actually get this done')[0]).toMatchObject({ topic: 'men' });
    expect(text('can ye do this yersel at yem or do ye have to come in')).toMatch(/derma roller/);
    expect(text('the missus has all these scrubs and toners in the bathroom. can I rob a few of them after the needling')).toMatch(/exfoliat/);
    expect(text('ok ante how often i should go for it?')).toMatch(/4-6 weeks/);
    expect(reply("its blowin a hoolie up here the day, what's it like where you are?").map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('reads "when it\'s at home" as asking what a thing is, what happens "in microneedling" as the procedure, and a wait "after then"', () => {
    expect(text('Hello duck. Im a bit behind the times me, whats this microneedling when its at home?')).toMatch(/collagen/);
    expect(text('what actually happens in microneedling? considering it before my 40th')).toMatch(/needles/);
    const roaccutane = 'I finished roaccutane about 3 months ago, is it safe to start microneedling now?';
    expect(reply('how long should I wait after then?', roaccutane)[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
  });

  it('quotes the sentence a question names, keeps "what" before the clause the article is asked about, and refuses seasoning a curry', () => {
    const quote = reply('Could you quote me the exact sentence in which the article says how often one should have sessions?');
    expect(quote[0]).toMatchObject({ intent: 'frequency' });
    expect(quote[0].text).toMatch(/^In the article's own words/);
    expect(text('can I quote that microneedling is "the safest skincare technique"?? is that literally what it says')).toMatch(/safest/);
    expect(reply('yuh know how fi season curry goat proper?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('ka kite', 'how often').map((r) => r.intent)).toEqual(['goodbye']);
    expect(text('what are they looking at', 'do they check my skin first')).toMatch(/severity/);
  });

  it('keeps the after-effects for "the same for everyone", and reads "a bunch of sessions" as many', () => {
    expect(text('is that the same for everyone', 'how long does the redness last after')).toMatch(/day or two/);
    expect(text('is the number of sessions the same for everyone?')).toMatch(/depends on the problem you want to treat/);
    expect(text('is it a one time thing or do you need a bunch of sessions')).toMatch(/fewer sessions than scars/);
    expect(text('will it need many sessions?', 'do you get stretch marks treated')).toMatch(/depends upon the problem/);
  });

  it("answers resuming what was stopped as the article's silence, unless it asks about straight after", () => {
    const tretinoin = 'I use tretinoin every night. do i need to stop it before microneedling?';
    expect(reply('and when can i start it again after', tretinoin)[0]).toMatchObject({ intent: 'not_covered', topic: 'preparation' });
    expect(text('and after the session, can i use it again straight away?', tretinoin)).toMatch(/routine/);
    expect(text('when can i start back on it', 'can i use my walnut scrub after microneedling')).toMatch(/doesn't say exactly how long/);
    const accutane = 'my son is on accutane, can he get microneedling';
    expect(reply("what about after he's done with it, how long to wait", accutane)[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
  });

  it('reads looking normal, gone "all the way", internet fads and a roller "good for" as the article\'s subjects', () => {
    expect(text('how long before I look normal enough for the bridge ladies?')).toMatch(/hour or two/);
    expect(reply("reckon them pits'll go away all the way?", 'does it help acne scars')[0]).toMatchObject({ topic: 'complete_removal' });
    expect(text('Is it just one of these new fads from the internet?')).toMatch(/decades/);
    expect(reply('how long is a roller good for before i toss it?')[0]).toMatchObject({ intent: 'not_covered', topic: 'cleaning' });
    expect(text('and if i do it at home w a derma roller is it the same timing?', 'how often can i do it')).toMatch(/4-6 weeks/);
  });

  it('keeps a feeling with the clause it belongs to, and the problem of the person a follow-up names', () => {
    const grandson = reply('My grandson has dreadful acne and is miserable about it. Does microneedling help with acne?');
    expect(grandson.map((r) => r.intent)).toEqual(['benefits']);
    expect(reply('What would it do for him, exactly?', 'My grandson has dreadful acne. Does microneedling help with acne?')[0]).toMatchObject({
      topic: 'acne',
    });
    expect(reply('My mummy is 68, it will work for her?', 'Does microneedling help wrinkles?')[0]).toMatchObject({ topic: 'age' });
    expect(reply('ok thanks, will show this to mummy lol', 'do you get stretch marks treated').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads Scouse, Scots and a football result as meant', () => {
    expect(reply('made up with that', 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('did u see the reds last night?? made up la').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('pishin doon again in glasgow eh').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('why do i have to stop me products anyway')).toMatch(/minuscule wounds/);
  });

  it('weighs the same treatment again for another problem, and greets a visitor who only says a question is coming', () => {
    const pico = 'For pigmentation, microneedling or pico laser better?';
    expect(reply('ok then for pores which one better', pico).map((r) => r.intent)).toEqual(['not_covered', 'benefits']);
    expect(
      reply('how many sessions till they look better', 'i have rolling scars from acne and no money for lasers, would microneedling help')[0].text,
    ).toMatch(/2-3 sessions/);
    expect(reply('hiya! whats the story, quick q about microneedling').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('hi! quick question about microneedling and my routine').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('Hi there! I teach biology and I have been reading up on microneedling. To start with the basics: what actually is it?')[0]).toMatchObject({
      intent: 'what_is',
    });
  });

  it('reads being fine "by the next day", a guess at how long advice holds and "every 4-6 weeks" as the questions they are', () => {
    expect(text('ok so like by the next day i should be fine?', 'what does my face look like right after?')).toMatch(/hour or two/);
    expect(text('how long for tho, like a week?', 'i use an exfoliatin toner every night, do i have to stop that after?')).toMatch(
      /doesn't say exactly how long/,
    );
    expect(text('if its just fine lines im treatin do i still go every 4-6 weeks')).toMatch(/4-6 weeks/);
    expect(reply("after 2 sessions I don't see much yet tho, is that normal?")[0]).toMatchObject({ intent: 'results_timing' });
    expect(reply('what kind of things do they look at?', 'Do they look at your skin first before deciding how often you need it?')[0].text).toMatch(/severity/);
  });

  it('answers what the needles do, the biology behind a healing injury and whether lads do it, in the words visitors use', () => {
    expect(reply('so what are the needles actually doin to my face then')[0]).toMatchObject({ intent: 'how_it_works' });
    expect(reply("I saw microneedling described as a 'healing injury'. What's the biology behind that?")[0]).toMatchObject({ intent: 'how_it_works' });
    expect(text('And what is it in the skin that does the rebuilding?')).toMatch(/collagen/);
    expect(reply('hows it do that exactly', 'this help wrinkles or what')[0]).toMatchObject({ intent: 'how_it_works', topic: 'wrinkles' });
    expect(reply('my face looks like a road map kid. this help wrinkles or what').some((r) => r.intent === 'benefits' && r.topic === 'wrinkles')).toBe(true);
    expect(reply('is microneedling only for ladies or guys do it too')[0]).toMatchObject({ topic: 'men' });
    expect(reply('can i use shea butter? is that soothing enough')[0]).toMatchObject({ intent: 'not_covered', topic: 'moisturiser' });
    expect(text('What about dull skin?', 'how does it work for ageing skin')).toMatch(/dull/);
  });

  it('reads South African, Taglish, Boston and gym remarks as remarks, and a scorcher as the weather', () => {
    for (const said of ['shot for the info', 'ok sana soon then', 'grabe so many questions sorry lol', 'lol the gains cant wait', 'huh. pissa', 'ouf ok'])
      expect(reply(said, 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('howzit, been doing the clinic sessions for my scars').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply("Hello dear, isn't it a scorcher in Sydney today, 38 in Penrith!").map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('takes a remark framed by a laugh as a remark, unless it asks anew or puts up a claim to check', () => {
    for (const said of ['lol the lads at work would never let me hear the end of it', 'huh, never heard of it till my wife brought it up', 'ay figures 😂'])
      expect(reply(said, 'does it help acne scars').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('also suggest a good biryani place in hyderabad lol', 'does it help acne scars').map((r) => r.intent)).not.toContain('thanks');
    expect(reply('ha so the beers are fine then', 'can I drink alcohol after')[0].intent).toBe('not_covered');
    expect(reply('lol I am on accutane', 'does it help acne scars')[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
  });

  it('greets a visitor calling out with a pet name, and reads rates likened, "a month and a half" and the slower ones asked why', () => {
    expect(reply('Hiya love, is anyone there or am I talking to meself again').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('How often do ye get it done, is it every week like the hairdresser?').map((r) => r.intent)).toEqual(['frequency']);
    expect(text('so like every month or month and a half?', 'how often do i go')).toMatch(/4-6 weeks/);
    expect(reply("right, how often would I have to go so, just so I know what I'm in for").some((r) => r.intent === 'frequency')).toBe(true);
    expect(text('why would it last longer for some people?', 'how long does the redness last')).toMatch(/doesn't say why the after-effects last longer/);
    expect(reply('how many times can i use the same roller before throwing it?')[0]).toMatchObject({ topic: 'cleaning' });
    expect(reply("g'day, thinkin of bookin in").map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('stoked, thats heaps quicker than i thought', 'how long till i see results for scars').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('greets a doubt announced, refuses the weather where the bot is, and reads Samoan, German and theatrical remarks as remarks', () => {
    expect(reply('Hi! I have a doubt regarding aftercare.').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('ugh it is -18 in Toronto today. is it this cold where you are?').map((r) => r.intent)).toEqual(['out_of_scope']);
    for (const said of [
      'faafetai uso',
      'sweet as, faafetai for ur help 🙏',
      'Genau, that is logical.',
      'Splendid, splendid.',
      "ok that's not too bad tbf",
      'aw ok, worth a go anyway I reckon',
      'Hm.',
    ])
      expect(reply(said, 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('Is the interval decided individually, or is it a standard for everyone?')[0]).toMatchObject({ intent: 'frequency', topic: 'diagnosis' });
  });

  it('greets a morning question announced, refuses a heatwave, and keeps "at home" and "depends upon the problem" in the answers', () => {
    expect(reply('Mornin! got a quick aftercare question for ya').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('bloody freezing in Leicester today innit').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('man its 104 out here today, this heat is crazy').map((r) => r.intent)).toEqual(['out_of_scope']);
    for (const said of ['Aye well, it was worth asking', 'Och sorry hen, never mind me'])
      expect(reply(said, 'does it help age spots').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('is it ok to space sessions out that long?', 'how often')[0]).toMatchObject({ intent: 'frequency' });
    expect(reply("what's the big deal with collagen anyway, like what does it actually do for your skin?")[0]).toMatchObject({ topic: 'collagen' });
    expect(text('ok then can i do it myself at home instead, cheaper innit')).toMatch(/yourself at home/);
    expect(text('and does that change dependin on what you are treatin, or is it the same for everybody?', 'how often')).toMatch(/depends upon the problem/);
  });

  it('gives the article\'s "instructions and guidelines" instead of the routine, and keeps "do you have to be" off ages', () => {
    expect(text('what can I put on my face after')).toMatch(/instructions and guidelines/);
    expect(text('what should I do after a session?')).toMatch(/instructions and guidelines/);
    expect(reply('why do u have to be so careful after anyway')[0]).toMatchObject({ intent: 'aftercare' });
    expect(reply('Do you have to be a nurse to do microneedling?')[0]).toMatchObject({ intent: 'not_covered', topic: 'practitioners' });
    expect(text('Give me the benefits list it claims, bullet form.')).toMatch(/scar/);
    for (const said of ['obsessed', 'ok good to know ily', 'ha never mind bor, you wouldnt know', "ah you're only for the skin stuff. grand"])
      expect(reply(said, 'how often').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('weighs microneedling "worth it over" another treatment, refuses a lost match and a windchill, and reads more remarks', () => {
    expect(reply('is it worth it over gettin a facelift', 'does it help wrinkles')[0]).toMatchObject({ intent: 'not_covered' });
    expect(reply('did you see Wednesday lost again, 3-0 at home, shocking').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('Hoo boy, cold enough for ya? -20 windchill out there today').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('Ok, forget cost for now. How frequently will I need to come, so I can budget accordingly?')).toMatch(/4-6 weeks/);
    expect(reply('Do they just do the same thing on everybody or what?')[0]).toMatchObject({ topic: 'diagnosis' });
    for (const said of [
      'aye grand',
      'Thanks, will revert with the dates.',
      'catch yerself on like, thats the main thing i wanted to know lol',
      "he'll be chuffed if it works lol",
    ])
      expect(reply(said, 'does it help wrinkles').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('drops "serious question" and "bon" as framing, reads a worst-case span as a guess, "session count" as sessions, and grim weather', () => {
    expect(text('haha fair. ok serious question, whats the aftercare')).toMatch(/exfoliat/);
    expect(reply('bon, ok', 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(text('so worst case 48 hrs?', 'how long does the redness last')).toMatch(/day or two/);
    expect(reply('does the session count differ by problem? scars vs saggy skin')[0]).toMatchObject({ intent: 'sessions' });
    expect(reply("hiya, grim out there today isn't it").map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('says which tool a place uses, counts sessions against scars, and carries a condition told to "help with that"', () => {
    expect(text('what tool do people use when they do it at home')).toMatch(/derma roller/);
    expect(text('what do they use at the clinic?')).toMatch(/pens/);
    expect(text('would it take long for that compared to scars?', 'is microneedling any good for loose skin?')).toMatch(/fewer sessions/);
    expect(text('my aunty is doing it for saggy skin and she only needs a few sessions. will i need more for my acne scars?')).toMatch(/fewer sessions/);
    expect(text('does it depend on the problem?', 'how many sessions for acne scars?')).toMatch(/fewer sessions/);
    const rosacea = reply('My cheeks have gone blotchy. GP said maybe a touch of rosacea. Would microneedling help with that?');
    expect(rosacea[0]).toMatchObject({ intent: 'not_covered', topic: 'skin_conditions' });
    expect(reply('and would it calm down the general redness in my cheeks', 'does it help thread veins?')[0]).toMatchObject({ topic: 'facial_redness' });
    expect(reply('can i use hers or do i need my own', 'my wife has a derma roller')[0]).toMatchObject({ topic: 'sharing' });
    expect(text('if i get it done tuesday can i be out fixin fence wednesday')).toMatch(/sunlight/);
    expect(text('and what is it doing in the skin to make them lighter', 'does it help dark marks?')).toMatch(/collagen/);
    expect(reply('lol they will think I got slapped', 'what will my face look like right after?').map((r) => r.intent)).toEqual(['thanks']);
    expect(text("I've a few wee broken veins round my nose. Would microneedling get rid of them?")).toMatch(/cover broken veins\./);
  });

  it('weighs a count against a problem the article never counts, hears short weekdays, and reads "help it heal" as aftercare', () => {
    expect(text('and will it take longer than for my pores?', 'does it help acne scars')).toMatch(/no number of sessions for pores/);
    const rink = reply('if i get it done thurs can i sit at the rink fri morning?? its freezing in there like -5');
    expect(rink[0]).toMatchObject({ intent: 'not_covered', topic: 'cold_weather' });
    expect(text('How does it do the lightening?')).toMatch(/elastin/);
    expect(text('whats this microneedling facial thing clinics keep advertising')).toMatch(/tiny needles/);
    expect(text('is there anything i can do to help it heal then', 'how long does the redness last')).toMatch(/soothing/);
    expect(text("so it's actual needles in your face?")).toMatch(/prick/);
  });

  it('points "that" at the product a remark named, follows retinol with "and after?", and hears a circumstance denied', () => {
    expect(reply('My toner has alcohol in it. Is that a problem after a session?')[0]).toMatchObject({ intent: 'aftercare', topic: 'toner' });
    expect(reply('I use an alcohol-based toner every night. Can I keep using it after my session?')[0]).toMatchObject({ topic: 'toner' });
    const after = reply('and after?', 'I use a retinol cream at night, do I have to stop it before a session?');
    expect(after.map((r) => r.intent)).toEqual(['not_covered', 'aftercare']);
    expect(after[1].text).toMatch(/usual skincare routine/);
    expect(reply('ok, and for me (not pregnant lol): what are the benefits besides pores?').map((r) => r.intent)).toEqual(['benefits']);
    expect(reply('unrelated but wife wants a brisket rub recipe. got one?').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(text('I have big pores on my nose. Nothing helped. Which skin problems does it actually treat?')).toMatch(/scar/);
    expect(text('hmm. and the micro-needling facial, what tool do they use for it?')).toMatch(/pen/);
    expect(reply('Hi there! Also, I finally booked my first session for next week :)').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('some day out there, absolutely bucketin it down in belfast again').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('hears a question announced before a placement, "the article\'s explanation" of a remark, and asides carried on', () => {
    expect(reply('hi! quick q before clinicals').map((r) => r.intent)).toEqual(['greeting']);
    const explained = reply("I'm confused how poking holes in your skin would make pores smaller. what's the article's explanation?");
    expect(explained[0]).toMatchObject({ topic: 'pores' });
    expect(reply('ok. also random but did the Cubs win last night', 'what does it cost').map((r) => r.intent)).toEqual(['out_of_scope']);
    const weather = reply('Good afternoon. Very cold in Toronto today, minus 20. Is it same where you are sitting?');
    expect(weather.map((r) => r.intent)).toEqual(['out_of_scope']);
    for (const said of ["lol no worries, thought I'd try", 'thats kind of a big gap tbh'])
      expect(reply(said, 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('how many sessions all up to get rid of the acne scars completely?')[0]).toMatchObject({ topic: 'complete_removal' });
    expect(reply('Before starting, skin has to be checked by somebody first?')[0]).toMatchObject({ topic: 'diagnosis' });
    expect(text("if I have it done on a Sunday will I look like I've been slapped on the Monday?")).toMatch(/hour or two/);
    expect(reply('what would you use to soothe then?', 'what should I avoid after')[0]).toMatchObject({ topic: 'product_names' });
    expect(text('would stretch marks take more sessions than like, saggy skin?')).toMatch(/fewer sessions/);
  });

  it('adds the aftercare on what a remark told to the silence after it, and reads Yorkshire, Singlish and patois asks', () => {
    const rugby = reply('I coach rugby, out on the field most arvos in full sun. If i get microneedled friday can i still run training saturday morning?');
    expect(rugby.map((r) => r.topic)).toEqual(['exercise', 'sun']);
    expect(reply("a'right. later", 'how often').map((r) => r.intent)).toEqual(['goodbye']);
    expect(reply('well is it safe in general like, for ordinary folk')[0]).toMatchObject({ intent: 'safety' });
    expect(text('nvm. what is microneedling any road')).toMatch(/tiny needles/);
    expect(text("what do I get for me money then, what's it do")).toMatch(/scar/);
    expect(reply('why cant I just do me usual', 'what should I avoid after')[0]).toMatchObject({ topic: 'routine' });
    expect(reply('guardian got sell or not', 'can i do it at home')[0]).toMatchObject({ topic: 'buying' });
    expect(reply('for my mum, it will make her skin tighter?')[0]).toMatchObject({ topic: 'loose_skin' });
    expect(text('how fast can see the pores smaller?')).toMatch(/doesn't say how soon/);
    expect(reply('mi need a checkup first or mi just walk in an do it?').map((r) => r.topic)).toContain('diagnosis');
  });

  it('reads Pidgin and French greetings, "d\'you know", age "too late", packs of sessions, bleeding, open wounds and more remarks', () => {
    expect(text('haba 4 weeks?? so i no fit do am every week?', 'how often')).toMatch(/4-6 weeks/);
    expect(reply('Allô allô?').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply("ok fair. random but d'you know if the tesco in newquay's open sundays", 'is it safe').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('Ok. At 46 years is it too late?')[0]).toMatchObject({ topic: 'age' });
    expect(reply('And if I take a pack of several sessions?', 'how much does it cost')[0]).toMatchObject({ topic: 'cost' });
    expect(reply('i rolled last night and small blood come out, is that normal?')[0]).toMatchObject({ topic: 'reactions' });
    expect(text("It does create open wounds though, doesn't it?")).toMatch(/healing injury/);
    expect(text('and the microneedling, how does it fix them?', 'what causes wrinkles')).toMatch(/healing injury/);
    expect(reply('I walk the kids to the bus stop every morning, can I still do that the day after?').map((r) => r.topic)).toContain('sun');
    for (const said of ['lol I am dreaming I know', 'Ha ha ok, you only do the skin, I understand'])
      expect(reply(said, 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('Salam alaikum, finally booking my first session inshallah').map((r) => r.intent)).toEqual(['greeting']);
  });

  it('hears antiseptics, paper-thin skin, leave from the ward, "old flannel", a description of the visitor\'s own pores, and asks anew', () => {
    expect(reply('So should I apply an antiseptic afterwards, chlorhexidine or similar?')[0]).toMatchObject({ topic: 'product_names' });
    expect(reply('Is it safe for a woman of 76? My skin is thin like paper now')[0]).toMatchObject({ intent: 'not_covered' });
    expect(reply('should I book annual leave after a session, or go straight back on the ward?')[0]).toMatchObject({ topic: 'work' });
    expect(text('I have pitted scars on me cheeks. would microneedling actually sort them or is it a load of old flannel')).toMatch(/scars/);
    expect(text('My pores look like craters under them HD cameras on TV. will this shrink em?')).toMatch(/shrink/);
    expect(text('How do Stretch Marks look like?')).toMatch(/as such/);
    expect(reply('fair enough. random one but have ye a good coddle recipe', 'how much').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('omg literally obsessed', 'what does it do for pores').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads an "after" that ends its clause, the product a visitor uses, weather in the days after, "perk it up" and work on a weekday', () => {
    expect(reply('I gotta walk to the market after, makin groceries in the sun. that a problem?').map((r) => r.topic)).toContain('sun');
    const scrub = reply('i use a face scrub for the bumps, the one with little beads. after microneedling can i keep using it?');
    expect(scrub.map((r) => r.topic)).toContain('exfoliation');
    const mountain = reply('If I had it done Tuesday could I be out on the mountain Wednesday gathering in the wind and rain?');
    expect(mountain[0]).toMatchObject({ intent: 'not_covered', topic: 'cold_weather' });
    expect(reply('why have i got so many tho, is it the weather', 'what causes wrinkles')[0]).toMatchObject({ intent: 'not_covered' });
    expect(reply('my skins gone all dull and grey like, will this perk it up')[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
    expect(reply('if i get microneedled monday can i work tuesday?')[0]).toMatchObject({ topic: 'work' });
    expect(reply('does everybody have the same number of goes or does it depend')[0]).toMatchObject({ intent: 'sessions' });
    expect(reply("hey cher! where y'at").map((r) => r.intent)).toEqual(['greeting']);
  });

  it('hears an aside that names microneedling to leave it, a medicine told in passing and the clinic as where a problem is treated', () => {
    const botox = reply('This is not about microneedling, sorry, but how long does botox last? My friend is thinking about it');
    expect(botox.map((r) => r.intent)).not.toContain('what_is');
    const isotretinoin = reply('I am taking a low dose of isotretinoin from my dermatologist in Japan. Is microneedling still okay for me?');
    expect(isotretinoin[0]).toMatchObject({ intent: 'not_covered', topic: 'medication' });
    expect(reply('My grandson has dreadful acne. Would the treatment at your clinic help him?')[0]).toMatchObject({ intent: 'benefits', topic: 'acne' });
    expect(text('My trouble is mostly loose saggy skin on my face, is that one of the quicker ones to fix?')).toMatch(/fewer sessions/);
    expect(reply('hiii 👋 ok so im finally looking into microneedling').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('so should i reschedule the appointment?')[0]).toMatchObject({ topic: 'booking' });
    expect(reply('is it true it was only invented recently?')[0]).toMatchObject({ topic: 'history' });
    expect(reply('Okay. Sorry for many questions 🙏', 'how often').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('gives the aftercare on what is told after a question, reads an if-clause with its question, and redness past the second day', () => {
    const playground = reply('after the treatment can i still take the kids out to the playground? we out in the sun nuff in summer');
    expect(playground.map((r) => r.topic)).toContain('sun');
    const roller = reply('if I does it meself with the roller, how do I roll it, up and down or wha');
    expect(roller.map((r) => r.topic)).toEqual(['technique']);
    expect(reply('whit if its still red on the third day', 'is redness normal')[0]).toMatchObject({ intent: 'not_covered' });
    expect(reply('had a session this morning, boys wanna hit bondi this arvo. issue?')[0]).toMatchObject({ topic: 'sun' });
    expect(reply('my son the wind is some wicked out here today, is it blowin like this in town too?').map((r) => r.intent)).toEqual(['out_of_scope']);
    const gel = reply("The GP gave me a gel for the redness on my cheeks, metro something. could I keep using it if I'd microneedling done");
    expect(gel[0]).toMatchObject({ topic: 'medication' });
    expect(reply('boss, tara la', 'how often').map((r) => r.intent)).toEqual(['goodbye']);
    for (const said of ['well bless your heart for being honest with me', 'eish so many options', 'rad, learned something'])
      expect(reply(said, 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('Why? None of those are exfoliants.', 'what should i avoid after')[0]).toMatchObject({ intent: 'aftercare' });
  });

  it('gives the routine advice beside the silence on a cream resumed straight away, and hears pillowcases, shifts and a proper name', () => {
    const cream = 'I use a prescription retinoid cream my dermatologist gave me for the wrinkles. Should I stop it before microneedling?';
    const resumed = reply('And after - can I go back on it straight away?', cream);
    expect(resumed.map((r) => r.intent)).toEqual(['not_covered', 'aftercare']);
    expect(reply('should i change my pillowcase as well, i always sleep on my side', 'can i go to the gym after')[0]).toMatchObject({ topic: 'sleep' });
    expect(reply('Could I get it done in the morning and go straight on shift after?')[0]).toMatchObject({ topic: 'work' });
    expect(text('is there a proper name for why it works? someone said its like a controlled injury')).toMatch(/healing injury/);
    expect(reply('Where you buy one, Boots?', 'can i do it at home')[0]).toMatchObject({ topic: 'buying' });
    expect(reply('hi dada, quick one, its tax season so i have like 5 mins between returns 😅').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('She had a wee skin cancer cut off her temple a few year back. Would she still be let have it done?')[0]).toMatchObject({
      topic: 'health_conditions',
    });
  });

  it('hears "make them lighter", sleeping on a fresh session, a breakout "atm", looking like a lost fight and an exact count pressed for', () => {
    expect(reply('and does it make them lighter an all?', 'i have acne scars')[0]).toMatchObject({ intent: 'benefits', topic: 'scars' });
    const nights = reply('if i get it done the mornin after a night shift n then sleep on it all day will that matter');
    expect(nights[0]).toMatchObject({ topic: 'sleep' });
    expect(reply("can ya get it done when ya've got spots? got a right breakout on me chin atm")[0]).toMatchObject({ topic: 'active_acne' });
    expect(reply("so after they poke my face what's it look like. I look like I lost a fight?")[0]).toMatchObject({ intent: 'side_effects' });
    const exact = reply('I want a number. exactly how many microneedling sessions does a full course take');
    expect(exact.map((r) => r.intent)).toEqual(['not_covered', 'sessions']);
    expect(reply('fair. so what actually happens in a clinic session')[0]).toMatchObject({ topic: 'procedure' });
  });

  it('takes "got plenty of hats" after the sun advice as said, not asked, and greets and thanks in Fijian', () => {
    expect(reply('good. got plenty of hats', 'can i go in the sun after').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('i wear a wide brim hat anyway so thats sweet', 'can i go in the sun after').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('i have to walk to work though', 'can i go in the sun after')[0]).toMatchObject({ intent: 'aftercare', topic: 'sun' });
    expect(reply('Bula 👋').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('vinaka for that', 'how often').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads Polish, pidgin and Dundonian words, a whole face, a league winner, surfing and "my sugar" as meant', () => {
    expect(reply('Dzień dobry!').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('Is it done on the whole face or only on the problem spots?')[0]).toMatchObject({ topic: 'body_areas' });
    expect(reply('Do you know who won the Ekstraklasa last season, by the way?', 'how often').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('if i do a session friday can i surf saturday morning? saltwater ok on it?')[0]).toMatchObject({ topic: 'exercise' });
    expect(reply('ok so broad spectrum is da main thing?', 'what should i wear in the sun')[0]).toMatchObject({ topic: 'sun' });
    expect(reply('sounds sketch. is it safe tho')[0]).toMatchObject({ intent: 'safety' });
    expect(reply('whit else is it guid for then, ken, apart fae lines?', 'what about wrinkles')[0]).toMatchObject({ intent: 'benefits' });
    const sugar = reply('With my sugar, small cuts take long to heal on my feet. Will my face also heal slow after the needeling?');
    expect(sugar[0]).toMatchObject({ topic: 'health_conditions' });
    expect(text('And that feeling goes in how much time?', 'is redness normal')).toMatch(/hour or two/);
    expect(reply('choke questions sorry brah', 'how often').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('reads Cajun, Tagalog and Polish asks, a per-patient protocol, and the weekend warming up as the world', () => {
    const chicago = reply('Ugh it is -10 here today, is it going to warm up in Chicago this weekend?');
    expect(chicago.map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('First, is it decided per patient or same protocol for everyone?')[0]).toMatchObject({ topic: 'diagnosis' });
    expect(reply('I garontee my wife gonna ask, is dis stuff safe?')[0]).toMatchObject({ intent: 'safety' });
    expect(reply('is dat safe tho, a couyon like him rollin needles on his own face?')[0]).toMatchObject({ intent: 'safety' });
    expect(reply('Hi, I walk to the train after my session and its summer here. ok lang ba?').map((r) => r.topic)).toContain('sun');
    expect(reply('lol ok you just de skin robot. never mind', 'what is it').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('keeps a question of the article with the article whatever treatment a story named, and hears resuming, ageing and plans', () => {
    const facial =
      'Long story, bear with me. I had a facial years ago, did nothing afterwards and broke out terribly. How much weight does the article put on aftercare?';
    expect(reply(facial)[0]).toMatchObject({ topic: 'aftercare_importance' });
    const scrub = reply('I does use a scrub every morning, when I could start back scrubbing after a session?');
    expect(scrub[0]).toMatchObject({ intent: 'not_covered' });
    expect(reply('What does it say happens to skin as we get older, then?')[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
    expect(reply('if I do a session saturday morning I could still go by the lime saturday night and have a few rum?')[0]).toMatchObject({
      topic: 'drinking',
    });
    expect(reply('salaam! planning to do my first session thursday night before my weekend').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('damn its 46 degrees today. when does the summer end here man').map((r) => r.intent)).toEqual(['out_of_scope']);
    expect(reply('can i roll over the pimples tho or do i have to wait til they heal')[0]).toMatchObject({ topic: 'active_acne' });
    expect(reply('lol shes gonna be so happy', 'what about wrinkles for my mom').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('hears damage "on purpose" as the healing injury, and Greek and Vermont goodbyes', () => {
    expect(text('so it like damages ur skin on purpose?', 'what is it')).toMatch(/healing injury/);
    expect(reply('Can microneedling damage your skin?')[0]).toMatchObject({ intent: 'safety' });
    expect(reply('efharisto, youre a legend', 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('ayuh. see ya', 'how often').map((r) => r.intent)).toEqual(['goodbye']);
  });

  it('greets "u got a sec?", drops pet names, and hears a lake weekend and a patois "wah mi do"', () => {
    expect(reply('hey hon! u got a sec?').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('how often can u do microneedling sweetie')[0]).toMatchObject({ intent: 'frequency' });
    expect(reply('cuz i wanna do a session friday and then hit the lake saturday, is that ok?')[0]).toMatchObject({ topic: 'sun' });
    expect(reply('the day after, mi have fi be out on the field in the sun all afternoon. wah mi do?')[0]).toMatchObject({ intent: 'aftercare' });
  });

  it('hears "the whole list" of benefits, blotches fading as pigmentation, and Yorkshire and Italian acknowledgements', () => {
    expect(reply('ok tell me all the benefits, the whole list')[0]).toMatchObject({ intent: 'benefits' });
    const blotches = reply('how many sessions till the blotches actually fade tho?', 'i have sun damage blotches');
    expect(blotches[0]).toMatchObject({ intent: 'sessions', topic: 'pigmentation' });
    for (const said of ['right thats reyt then', 'va bene, I understand']) expect(reply(said, 'how often').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('hears a spot told while asking whether to go, "not new" as the history, and "that works" or "what i expected" as acknowledgements', () => {
    expect(reply('should i go while ive a spot or wait till it clears up')[0]).toMatchObject({ topic: 'active_acne' });
    expect(reply("wait so it's not actually new?", 'what is it')[0]).toMatchObject({ topic: 'history' });
    for (const said of ['perfect, that works', "ngl that's about what i expected lol", 'lowkey suspected that'])
      expect(reply(said, 'what about collagen').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('fine, back to skin. what even is microneedling, one line pls', 'what is the weather')[0]).toMatchObject({ intent: 'what_is' });
  });

  it('hears the recovery as the moment asked about, redness "still there after that", and a plan told before an if-question', () => {
    const healed = reply('how often can i get it done once im healed up');
    expect(healed.map((r) => [r.intent, r.topic])).toEqual([['frequency', undefined]]);
    const still = reply("what if it's still red after that", 'if i get it done thursday will my face still be red');
    expect(still.map((r) => r.intent)).toEqual(['not_covered', 'side_effects']);
    const normal = reply('how long til I can go back to normal', 'after I get it done can I just wash me face like normal with the soap I always use');
    expect(normal[0]).toMatchObject({ intent: 'aftercare', topic: 'routine' });
    expect(reply('got a dance saturday at the honky tonk. if i get it done thursday will my face still be red').map((r) => r.intent)).toEqual(['side_effects']);
  });

  it('gives the silence on a gap other than 4-6 weeks beside the interval, and keeps the count of weeks before an event', () => {
    for (const asked of ['And 8 weeks, is that too long?', 'Boundary test. What happens if I do it at 3 weeks. Is that a problem?']) {
      const gap = reply(asked, 'How often can I do microneedling?');
      expect(gap.map((r) => r.intent)).toEqual(['not_covered', 'frequency']);
      expect(gap[0].text).toMatch(/spaced other than every 4-6 weeks/);
    }
    const wedding = reply('my wedding is 8 weeks away, how many sessions can I fit in before then?', 'How often can I do microneedling?');
    expect(wedding.map((r) => r.text).join(' ')).not.toMatch(/spaced other than/);
  });

  it('settles a bare "okay or not okay?" with the remark before it, and hears "give me a brand name" as the products asked for', () => {
    const toner = reply('My toner has alcohol in it. Okay or not okay?', 'Session is on Friday. Can I use my normal skincare the same evening?');
    expect(toner).toEqual([expect.objectContaining({ intent: 'aftercare', topic: 'toner' })]);
    const brand = reply('What should I use then? Give me a brand name.', 'Session is on Friday. Can I use my normal skincare the same evening?');
    expect(brand.map((r) => r.intent)).toEqual(['aftercare', 'not_covered']);
    expect(brand[1]).toMatchObject({ topic: 'product_names' });
  });

  it('hears Belfast remarks: a joke about the sun hat, "wee bit mad but dead on", pores "like craters", a "woman\'s thing"', () => {
    const hat = reply(
      'a sun hat in the cab, the lads at the rank would never let me live it down',
      'If I got this done on a Monday would I need to do anythin about the sun?',
    );
    expect(hat.map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('wee bit mad but dead on', 'me nose has pores like craters so it does, would it help them').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('me nose has pores like craters so it does, would it help them')).toEqual([expect.objectContaining({ intent: 'benefits', topic: 'pores' })]);
    expect(reply("is this just a woman's thing like? dont want to be sat in a waitin room full of wee girls lol")[0]).toMatchObject({ topic: 'men' });
    expect(reply('once me scar is sorted does it stay sorted or do I need to keep goin back')[0]).toMatchObject({ topic: 'results_duration' });
  });

  it('weighs a pen against a roller as the silence it is, and answers "whats this microneedling caper" after a story', () => {
    const tools = reply('the clinic near me in Laval says they use a pen not a roller, whats the difference');
    expect(tools.map((r) => [r.intent, r.topic])).toEqual([
      ['not_covered', 'device_comparison'],
      ['home_or_clinic', 'pen'],
    ]);
    const story =
      "G'day. Retired bus driver here, 74, face like a dried up riverbed after 40 years behind the wheel with the sun belting thru the windscreen. whats this microneedling caper anyway";
    expect(reply(story).map((r) => r.intent)).toEqual(['what_is']);
    expect(reply('wetin be derma roller exactly')[0]).toMatchObject({ intent: 'home_or_clinic', topic: 'derma_roller' });
  });

  it('gives the sun advice beside the silence on going back to work, and hears Aussie, Quebec and Pidgin sign-offs and asks', () => {
    const sparky = reply('im a sparky, on roofs all day in the qld sun. if i get it done can i go back to work next day');
    expect(sparky[0]).toMatchObject({ intent: 'not_covered', topic: 'work' });
    expect(sparky[sparky.length - 1]).toMatchObject({ intent: 'aftercare', topic: 'sun' });
    expect(reply('good on ya mate, youve been a great help. hooroo', 'how often').map((r) => r.intent)).toEqual(['goodbye']);
    expect(reply('haha ok just the skin stuff. bonne soirée!', 'what is it').map((r) => r.intent)).toEqual(['goodbye']);
    expect(reply('strewth, whod have thought', 'does it help pores').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('and if e still dey after that?', 'how long does the redness last').map((r) => r.intent)).toEqual(['not_covered', 'side_effects']);
    expect(reply('e fit wait till 8 weeks?', 'how often').map((r) => r.intent)).toEqual(['not_covered', 'frequency']);
    expect(reply('is salt water bad for it', 'If I had microneedling done on a Monday, when could I get back in the sea?')[0].intent).toBe('not_covered');
  });

  it('notes a remark that asks and names nothing, but keeps the silence for one that presses, reports or counts', () => {
    const stressful = reply('man thats stressful', 'how often');
    expect(stressful.map((r) => r.intent)).toEqual(['thanks']);
    expect(stressful[0].text).toMatch(/^I see\./);
    expect(reply('just yes or no pls', 'can i do it while pregnant')[0].intent).toBe('not_covered');
    expect(reply("she's 9", "would it help my daughter's chickenpox scar")[0].intent).not.toBe('thanks');
    expect(reply('im on methotrexate as well', 'is it safe with psoriasis')[0].intent).not.toBe('thanks');
  });

  it('hears steam from a coffee machine as heat, "injuring" as the healing injury, "hafta" and the weather in two cities', () => {
    const steam = reply(
      'I work a coffee machine all day, face full of steam off the wand basically. is that alright after microneedling or will it mess it up',
    );
    expect(steam[0]).toMatchObject({ intent: 'not_covered', topic: 'heat_exposure' });
    expect(reply('so how does injuring it make it better', 'what is it')[0].intent).toBe('how_it_works');
    expect(reply('and how often would I hafta come', 'what is it')[0].intent).toBe('frequency');
    expect(reply('is it colder in Reykjavik or London right now, flying back for christmas').map((r) => r.intent)).toEqual(['out_of_scope']);
  });

  it('greets a visitor who only says questions are coming, "for y\'all" or "a few quick ones before I book"', () => {
    expect(reply("well hey there sugar! got a question for y'all bout this microneedling").map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('alright. few quick ones before I book').map((r) => r.intent)).toEqual(['greeting']);
  });

  it('hears jokes about what others will make of it, a guest come in, "whats the craic" and "anybody home?"', () => {
    const cab = reply('me in a sun hat drivin the cab lol the lads would never let me live it down', 'what factor tho 30? 50?');
    expect(cab.map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('the guys are gonna bust my chops wicked bad', 'will i look like a tomato').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('sorry guest came in', 'does it help pores').map((r) => r.intent)).toEqual(['thanks']);
    for (const said of ['whats the craic', 'Hello there, anybody home?']) expect(reply(said).map((r) => r.intent)).toEqual(['greeting']);
  });

  it('answers "what\'ll my face be like by then?" after a plan told, "is this safe for real?", the session itself and heat to come', () => {
    const monday = reply("I've got a session booked for monday morning and training's at 4. what'll my face be like by then?");
    expect(monday.map((r) => r.intent)).toEqual(['side_effects']);
    expect(reply('is this safe for real? needles in my face makes me nervous lol')[0].intent).toBe('safety');
    expect(reply('how long is the session itself, like an hour?')[0]).toMatchObject({ intent: 'not_covered', topic: 'session_length' });
    expect(reply('Will the scars go away fully by then inshallah?', 'how many sessions for scars')[0]).toMatchObject({ topic: 'complete_removal' });
    expect(reply('you see this heat comin next week? 95 they say. hope we get second crop hay in before it rains').map((r) => r.intent)).toEqual([
      'out_of_scope',
    ]);
    expect(reply('uff da thats not much work at all', 'how do i clean the roller').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('hears "once da burn heal" as the moment, heat asked of after a session, where to get a roller and the whole thing\'s length', () => {
    expect(reply('ok and once da burn heal how often I come in', 'got a sunburn on my nose, can i still get it done')[0].intent).toBe('frequency');
    expect(reply('is heat bad for your face after microneedling?')[0]).toMatchObject({ intent: 'not_covered', topic: 'heat_exposure' });
    expect(reply("where'd I get one from, the Bullring or online?", 'can i do it at home')[0]).toMatchObject({ topic: 'buying' });
    expect(reply('ok how long da whole ting take, like one hour?', 'does it hurt')[0]).toMatchObject({ topic: 'session_length' });
    expect(reply("and what's the end result supposed to be, like what'll my skin look like?")[0].intent).toBe('benefits');
  });

  it('reads German greetings and shrugs, UV through the glass, the needles\' own scars and a count "all told"', () => {
    expect(reply('moin').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('na ja. egal', 'who wrote it').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('does the sun even come thru the glass or im worrying for nothing', 'i stand by the window')[0]).toMatchObject({ topic: 'window_uv' });
    expect(reply('does it leave its own scars from the needles?', 'what is it')[0]).toMatchObject({ intent: 'not_covered', topic: 'risks' });
    expect(reply('how many sessions would i need for acne scars all told')[0].intent).toBe('not_covered');
  });

  it('asks what it is after a remark, weighs a count up or down for the problem named, and whether it works however new', () => {
    expect(reply("i'm hopeless with all this skincare patter. whit actually is it")[0].intent).toBe('what_is');
    expect(reply('mine are acne scars, is that more or less', 'how many sessions will i need')[0]).toMatchObject({ intent: 'sessions', topic: 'scars' });
    expect(reply('i got old acne marks. does this needle thing actually do anything for that or is it all tiktok nonsense')[0]).toMatchObject({
      intent: 'benefits',
      topic: 'scars',
    });
    expect(reply('the one for scars, how do that work', 'does it help scars')[0].intent).toBe('how_it_works');
  });

  it('adds a problem told with "too", hears "gonna take ages" as sessions and asks how long the after-effects last in other words', () => {
    expect(reply('my cheeks are a bit saggy too', 'does it help wrinkles')[0]).toMatchObject({ intent: 'benefits', topic: 'loose_skin' });
    expect(reply('gonna take a while then huh', 'does it work on stretch marks')[0]).toMatchObject({ intent: 'sessions', topic: 'stretch_marks' });
    expect(text('its been goin on 4 hours', 'what happens right after')).toMatch(/day or two/);
    expect(text('and that wears off quick?', 'what will it feel like right after')).toMatch(/hour or two/);
    expect(text('could it be longer for me then?', 'what does my face look like right after')).toMatch(/day or two/);
    expect(reply('will it last or will i be back to square one in a year', 'does it help jowls')[0]).toMatchObject({ topic: 'results_duration' });
  });

  it('reads sign-offs and let-downs in other voices, a place named, a call-out and lost aftercare instructions', () => {
    expect(reply('safe, soon come', 'how often').map((r) => r.intent)).toEqual(['goodbye']);
    expect(reply('Never mind then, I do it the old way. Goodbye.', 'how often').map((r) => r.intent)).toEqual(['goodbye']);
    expect(reply('hello? is anyone there i clicked the green button').map((r) => r.intent)).toEqual(['greeting']);
    expect(reply('I have my appointment at a clinic in Morningside. How shall my face look when I come out?')[0].intent).toBe('side_effects');
    expect(reply('what am i meant to do now, the clinic gave me a leaflet', 'my face feels tight')[0].intent).toBe('aftercare');
    expect(reply('what if my clinic gives me different instructions', 'what do i do after')[0].intent).toBe('aftercare');
    expect(reply('does dis ting actually help wit aging or is dat cap')[0]).toMatchObject({ intent: 'benefits', topic: 'anti_aging' });
  });

  it('counts sessions asked of in other words, asks how the skin is "after", and a verdict on the procedure after a circumstance', () => {
    expect(text('and how many times in total must I come, is that fixed?', 'how often')).toMatch(/depends/);
    expect(reply('and after, what would my face be like?', 'does it hurt')[0].intent).toBe('side_effects');
    expect(reply('My husband takes tablets for his blood pressure. Is there any problem with this procedure?')[0].intent).toBe('not_covered');
    expect(reply('wait but how?? isnt it just poking more holes', 'does it shrink pores')[0]).toMatchObject({ intent: 'benefits', topic: 'pores' });
  });

  it('reads Scots, Irish and Southern words, a friend\'s full name, a look likened to something and "is it dear?"', () => {
    expect(reply('hullo is this thing on').map((r) => r.intent)).toEqual(['greeting']);
    expect(text('efter its done will a look like a skelped erse')).toMatch(/red/);
    expect(reply('my nose looks like a strawberry the pores are huge. anything for that')[0]).toMatchObject({ intent: 'benefits', topic: 'pores' });
    expect(reply('and is it dear?', 'does it help stretch marks')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('grand, food for thought', 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('my jawline is going a bit soft lately, would it help with that')[0]).toMatchObject({ topic: 'loose_skin' });
    const friend = reply('So my friend Mary Lou had hers done monday and came to supper lookin like a boiled lobster. is that normal??');
    expect(friend[0].intent).toBe('side_effects');
  });

  it('weighs "dat one quicker?" against the problem before, and reads "the diff between this n a peel" and "shudnt"', () => {
    expect(reply('my belly skin is bit loose too, dat one quicker?', 'do stretch marks take plenty sessions?')[0]).toMatchObject({
      intent: 'sessions',
      topic: 'loose_skin',
    });
    expect(text('wats the diff between this n a chemical peel')).toMatch(/doesn't discuss chemical peels/);
    expect(reply('who shudnt get it done tho')[0]).toMatchObject({ intent: 'not_covered', topic: 'candidates' });
  });

  it('hears Cockney rhyming slang, patois plurals and "am i gonna be alright…" with no question mark', () => {
    expect(text("whats the score with the currant bun after? she'll be by the pool all day")).toMatch(/sunscreen/);
    expect(reply('straight to the point, how much a go')[0]).toMatchObject({ intent: 'not_covered', topic: 'cost' });
    expect(reply('Tell me one more time wah di benefit dem')[0].intent).toBe('benefits');
    expect(text('an mi cheek dem start sag down too. dat take longer fi fix dan scar?', 'how many sessions')).toMatch(/saggy skin may take fewer sessions/);
    expect(reply('am i gonna be alright sat in the sun all day', 'i have it booked for thursday')[0]).toMatchObject({ intent: 'aftercare', topic: 'sun' });
    expect(reply('blimey you lot know your onions', 'how often').map((r) => r.intent)).toEqual(['thanks']);
  });

  it('asks how often to go whatever "after" comes before, who all should not have it, and a sign-off for the day', () => {
    expect(reply('fine. say after the baby then, how often would i go', 'can i have it while pregnant')[0].intent).toBe('frequency');
    expect(reply('Who all should not get it done, generally speaking?')[0]).toMatchObject({ intent: 'not_covered', topic: 'candidates' });
    expect(reply('Good. That is all for today.', 'how often').map((r) => r.intent)).toEqual(['thanks']);
    expect(reply('can i just do it at the crib or i gotta come in somewhere')[0].intent).toBe('home_or_clinic');
    expect(reply('and im still feedin the wee one meself, is that a problem', 'does it help stretch marks')[0]).toMatchObject({ topic: 'pregnancy' });
  });

  it('counts "a lot of goes", weighs "is that any quicker", and hears pilsners, "when you are expecting" and a day without sun as what they are', () => {
    expect(reply('Would they take a lot of goes then?', 'does it help stretch marks')[0].intent).toBe('sessions');
    expect(reply('and the baggy skin, is that any quicker', 'how many sessions for stretch marks')[0]).toMatchObject({
      intent: 'sessions',
      topic: 'loose_skin',
    });
    expect(reply('and a couple pilsners after, thats fine right', 'what should i avoid after')[0]).toMatchObject({ topic: 'drinking' });
    expect(reply('Is it all right when you are expecting?')[0]).toMatchObject({ intent: 'not_covered', topic: 'pregnancy' });
    expect(reply("its leeds man there's never any sun haha", 'can i go out in the sun after').map((r) => r.intent)).toEqual(['thanks']);
    expect(text('why space it out so long, cant i just do it every weekend')).toMatch(/every 4-6 weeks/);
  });

  it('asks how long the redness lasts as "how long will i look like this", and when people started as its history', () => {
    expect(text('how long will i look like this, im on the night shift at 10', 'my face is bright red after my session')).toMatch(/day or two/);
    expect(text('its been 3 hours and still a bit pink, am i goosed', 'my face is bright red after my session')).toMatch(/day or two/);
    expect(text('When did folk start doing this then')).toMatch(/decades/);
  });

  it('asks what it is after a story that names microneedling, and keeps opening hours, the wardrobe, the wash and the oven off topic', () => {
    expect(
      reply('hiya la, me nan keeps goin on about her wrinkles n she wants to try this microneedlin thing she seen on facebook, wot even is it')[0].intent,
    ).toBe('what_is');
    expect(reply('Howdy. Im 54 and my face looks like an old saddle. Whats this microneedlin business anyhow?')[0].intent).toBe('what_is');
    expect(reply('while im on, do you know if the Co-op in Treorchy is open bank holiday Monday?', 'how often')[0].intent).toBe('out_of_scope');
    expect(reply('are you guys open on sundays', 'how often')[0]).toMatchObject({ intent: 'not_covered', topic: 'booking' });
    expect(reply('also what to wear to church wedding ah, dress code smart casual', 'how often')[0].intent).toBe('out_of_scope');
    expect(reply('also anybody know how to get red dirt outta a white tablecloth', 'how often')[0].intent).toBe('out_of_scope');
    expect(reply('last one, lamb roast tonight, how long per kilo', 'how often')[0].intent).toBe('out_of_scope');
  });

  it('hears a remark about whoever the visitor asks for as a remark, and a circumstance added as a question', () => {
    expect(intents("Maureen's dead nesh, she skriked at her flu jab", 'does it hurt')).toEqual(['thanks']);
    expect(intents("she'd kill me if she knew i was askin lol", 'how often')).toEqual(['thanks']);
    expect(intents("no worries. she's got a big sun hat anyway", 'can she go out in the sun after')).toEqual(['thanks']);
    expect(intents('whew. Darrell is gonna have a conniption fit', 'how much does it cost')).toEqual(['thanks']);
    expect(reply('im on methotrexate as well', 'can you microneedle over psoriasis patches')[0].intent).toBe('not_covered');
    expect(reply('and is it the same amount of goes for everybody?', 'how often')[0].intent).toBe('sessions');
  });

  it('reads more remarks, sign-offs and "expectin" in other voices, and asks what it is "exactly" after a story', () => {
    expect(intents('huh. learn somethin new', 'how often')).toEqual(['thanks']);
    expect(intents("ha, every day's a school day", 'how often')).toEqual(['thanks']);
    expect(intents("say less, i'm sold", 'what are the benefits')).toEqual(['thanks']);
    expect(intents('sorry wrong app lol, been a long day', 'how often')).toEqual(['thanks']);
    expect(intents('dang ok, guess ima be doing extra sets this month 😩', 'how much is it')).toEqual(['thanks']);
    expect(intents('shes got a big hat, sorted', 'can she go out in the sun after')).toEqual(['thanks']);
    expect(intents("Right I'll ring the surgery now in a minute and ask Dr Pritchard. ta ra", 'is it safe')).toEqual(['goodbye']);
    expect(reply('wor Sharon (me niece) is expectin, is it safe for her to have it done')[0]).toMatchObject({ topic: 'pregnancy' });
    expect(reply('will they be fully gone by then or just lighter tho', 'does it help acne scars')[0]).toMatchObject({ topic: 'complete_removal' });
    expect(reply('if I do like 3 sessions before carnival how long the results does last?')[0]).toMatchObject({ topic: 'results_duration' });
    expect(reply('and for the pores, same number?', 'how many sessions for scars')[0].intent).toBe('sessions');
    expect(text('ok dumb question but what even is microneedling, the wife keeps sendin me tiktoks')).toMatch(/tiny needles/);
    expect(
      reply('so this lady at the ventanita was telling me she gets her face microneedled and bro her skin was GLOWING. like what even is it exactly')[0].intent,
    ).toBe('what_is');
  });

  it('takes a joke about a fit or a slagging as a remark, Scots "been aboot" as its history, and the pub and the phone as off topic', () => {
    expect(intents('the lads in work will slag me to bits', 'how red will i be after')).toEqual(['thanks']);
    expect(intents("she's gonna throw a wobbler", 'how often')).toEqual(['thanks']);
    expect(intents('inshallah it works then', 'does it help dark marks')).toEqual(['thanks']);
    expect(text('how lang has it been aboot then', 'is it safe')).toMatch(/decades/);
    expect(reply('whits the best pint in Leith, ken a good boozer?', 'how often')[0].intent).toBe('out_of_scope');
    expect(reply('Sorry, unrelated, how do I get WhatsApp back on my phone?', 'how often')[0].intent).toBe('out_of_scope');
  });

  it('hears "mi haffi" and how long to keep out the sun, the youngest age, breastfeeding told plainly, and the wind and the roads as off topic', () => {
    expect(reply('how often would mi haffi come in den', 'does it help dark marks')[0].intent).toBe('frequency');
    expect(text('how long has she to keep out the sun for, a week?', 'can she go in the sun after')).toMatch(/doesn't say how long to wait/);
    expect(text('do i gotta stay out the sun for long', 'can i go in the sun after')).toMatch(/doesn't say how long to wait/);
    expect(reply('whats the youngest you can have it done')[0]).toMatchObject({ intent: 'not_covered', topic: 'age' });
    expect(reply('an de scar going go way completely?', 'does it help scars')[0]).toMatchObject({ topic: 'complete_removal' });
    expect(reply('what about once the babbys here and shes feedin it herself', 'can she have it while pregnant')[0]).toMatchObject({
      topic: 'pregnancy',
    });
    expect(reply("blast its blowin a hoolie out here, reckon the wind'll drop by tonight?", 'how often')[0].intent).toBe('out_of_scope');
    expect(reply('Is the 403 backed up right now, do you know?')[0].intent).toBe('out_of_scope');
  });

  it('takes a booking told with its date as news, reads Black Country and Trini words, and a present, jollof, a radiator and snow as off topic', () => {
    expect(intents('right im booked in for the 14th at a clinic in town for me acne scars, bit nervous')).toEqual(['greeting']);
    expect(intents('wah ok interesting', 'does it shrink pores')).toEqual(['thanks']);
    expect(reply("whats a good present for our kid's 40th, he's got everything", 'how often')[0].intent).toBe('out_of_scope');
    expect(reply("abeg before i forget, how do y'all make party jollof not burn at the bottom")[0].intent).toBe('out_of_scope');
    expect(reply('while Im ere, dun yow know ow to bleed a radiator', 'how often')[0].intent).toBe('out_of_scope');
    expect(reply('you think it go snow this weekend', 'how often')[0].intent).toBe('out_of_scope');
    expect(intents('cor, yer learn summat new every day', 'how does it shrink pores')).toEqual(['thanks']);
    expect(reply('wah I mus avoid puttin on meh face after so I doh mess it up')[0].intent).toBe('aftercare');
    expect(reply('how often would her av to goo for this needlin')[0].intent).toBe('frequency');
  });

  it('takes the field season, a phone that sends pictures and "how do I get this…to" as off topic, and reads a doubt that damaging it helps', () => {
    expect(reply("who's top scorer int championship this season", 'how often')[0].intent).toBe('out_of_scope');
    expect(reply('yall know when brown shrimp season opens up in alabama waters this year')[0].intent).toBe('out_of_scope');
    expect(reply('is hull city gonna stay up this season or what', 'does it help scars')[0].intent).toBe('out_of_scope');
    expect(reply('also how do i get this flip phone to send pictures to my daughter in Pensacola', 'how many sessions for wrinkles')[0].intent).toBe(
      'out_of_scope',
    );
    expect(text('but why does damagin it help', "our lass read somewhere its called 'healing injury'. that reyt?")).toMatch(/collagen/);
    expect(text('ok so what actually happens to the scars when its done', 'is microneedling better than laser for acne scars')).toMatch(/collagen and elastin/);
    expect(text("I've a few chicken pox scars from when I was a girl in 1967. would microneedling do anything for them")).toMatch(/collagen and elastin/);
    expect(text('and how it works on scars?', 'how many sessions before I see a difference on my acne marks')).toMatch(/collagen and elastin/);
    expect(reply('How soon the marks will lighten?', 'does it help acne scars', 'How it works on scars?')[0].intent).toBe('results_timing');
  });

  it('carries saggy skin to "how soon", hears a first name as whom the question is for, and asks nothing of a greeting like "how far"', () => {
    expect(text('how long till i see results', 'does it help saggy skin')).toMatch(/how soon results show for loose, saggy skin.*fewer sessions/s);
    expect(text('and loose saggy skin like my jowls?', 'how many times before she sees a difference in her wrinkles')).toMatch(/fewer sessions/);
    expect(reply('what should Darlene put on her face after she gets it done')[0].intent).toBe('aftercare');
    expect(text('whats she gonna feel right after they finish up')).toMatch(/warm and tight/);
    expect(reply('she does water aerobics at the Y every mornin. can she go the next day after she gets it done')).toEqual([
      expect.objectContaining({ intent: 'not_covered', topic: 'exercise' }),
    ]);
    const told = reply('how far. my wife Funmi get dark patches for her cheeks, GP say na melasma. she dey ask me if needling can help pigmentation');
    expect(told.map((r) => r.topic)).toEqual(['melasma', 'pigmentation']);
    expect(text('and my wife? her own na just dark patches', 'how many sessions in total for scars tho')).toMatch(/pigmentation/);
  });

  it('reads remarks and sign-offs in more voices, and the kinds of stretch marks, the most in a year and nursing as silences', () => {
    expect(intents("she'll be reyt mardy if she cant do her runner beans", 'can she go in the sun after')).toEqual(['thanks']);
    expect(intents('and there I was blaming the sea air', 'does it help wrinkles')).toEqual(['thanks']);
    expect(intents("ha he'd be tamping, proper mardy he'd be", 'does it help acne')).toEqual(['thanks']);
    expect(intents('bet she moans about that all week', 'does it hurt')).toEqual(['thanks']);
    expect(intents('tiktok be wildin fr', 'is it safe')).toEqual(['thanks']);
    expect(intents('lord have mercy this stuffs complicated', 'how many sessions')).toEqual(['thanks']);
    expect(intents('Well I never. One learns something every day.', 'how often')).toEqual(['thanks']);
    expect(intents("I'm sorry for runnin on. you been real sweet", 'does it help wrinkles')).toEqual(['thanks']);
    expect(text("tha's not much use for that then ha", 'can i play football after')).toMatch(/Sorry I couldn't help more/);
    expect(reply('right, last one from me. ive booked a consult for next week')[0].intent).toBe('greeting');
    expect(reply('n do it work on old white ones or only the fresh red ones', 'do stretch marks take longer than other stuff?')[0]).toMatchObject({
      topic: 'stretch_mark_kinds',
    });
    expect(reply('whats the most you can have in a year then', 'how often')[0]).toMatchObject({ topic: 'session_limit' });
    expect(reply('what about when shes nursin after the baby comes', 'can she have it while pregnant')[0]).toMatchObject({ topic: 'pregnancy' });
    expect(reply('anyway how long results from microneedling last')[0]).toMatchObject({ topic: 'results_duration' });
    expect(text('how long e dey last', 'wat happens to ur face straight after? will passengers clock it')).toMatch(/hour or two/);
  });

  it('weighs "or laser?" against microneedling, reads Orcadian, West Country and Afrikaans words, and leaves on "hwyl"', () => {
    expect(reply('or laser?', 'does it help acne scars')[0]).toMatchObject({ intent: 'not_covered' });
    expect(text('or laser?', 'does it help acne scars')).toMatch(/only about microneedling/);
    expect(text("hid's still a peedie bit pink the day, should I worry", 'is it red after')).toMatch(/day or two/);
    expect(text('Afternoon. My missus been on at me to find out about this micro needlin... what be it exactly, in plain english like')).toMatch(
      /tiny needles/,
    );
    expect(reply('will her skin go all peely after, like sunburn')[0]).toMatchObject({ intent: 'not_covered', topic: 'reactions' });
    expect(reply('tis that old though, 45 year near enough. would it still work on a scar that old?', 'does it help scars')[0]).toMatchObject({
      topic: 'scar_kinds',
    });
    expect(reply('wedding is 14 march and i want my skin looking lekker. when should my last session be before the day?')[0]).toMatchObject({
      topic: 'season',
    });
    for (const remark of ['right you are then', 'anyway, blessings', 'lekker, sorted', 'oh sorry buddo, wrang windae on me computer'])
      expect(intents(remark, 'how often')).toEqual(['thanks']);
    expect(intents('right im off to peel 30 kilo of spuds, hwyl', 'does it help wrinkles')).toEqual(['goodbye']);
  });

  it('takes the boat in calm weather, rain in March, load shedding, farm chores and a fishing licence as off topic', () => {
    expect(reply('Is hid goin tae be calm on Thursday for the boat tae Papa Westray?')[0].intent).toBe('out_of_scope');
    expect(reply('btw do u know if it rains a lot in the magaliesberg in march lol', 'how often')[0].intent).toBe('out_of_scope');
    expect(reply('the lights just went off here, load shedding again 🙄 do u know when stage 4 ends?')[0].intent).toBe('out_of_scope');
    expect(reply("oh and whilst I got 'ee, whats the best wormer for heifers this time of year", 'is it safe')[0].intent).toBe('out_of_scope');
    expect(reply('speakin of which, what time do most farms start milkin these days?', 'how often')[0].intent).toBe('out_of_scope');
    expect(reply('dey still sell fishin license at da walmart or it all online now?')[0].intent).toBe('out_of_scope');
    expect(reply('so can i do 4am milking the next morning or not', 'how often')[0].intent).not.toBe('out_of_scope');
  });

  it('hears a night shift the next evening as going back to work, "or does it depend" as the diagnosis, and "thats me sorted" as thanks', () => {
    expect(reply('could i go back in for a night shift the next evening?', 'is it red after')[0]).toMatchObject({ topic: 'work' });
    expect(text('does everyone do it the same amount or does it depend')).toMatch(/skin type/);
    expect(intents('grand, thats me sorted for the minute', 'how many sessions for scars')).toEqual(['thanks']);
  });

  it('asks of a yes-or-no question the classifier takes for thanks, names who invented it as a silence, and reads "what of laser"', () => {
    expect(reply('will a fortnight be long enough for her to be out in it proper', 'can she go in the sun after')[0].intent).not.toBe('thanks');
    expect(intents('ok will have a look thank you', 'can she go in the sun after')).toEqual(['thanks']);
    expect(reply('who came up with it', 'is it safe')[0]).toMatchObject({ intent: 'not_covered', topic: 'inventor' });
    expect(text('me husband reckons my frown lines are cos im always mardy lol. what actually causes them')).toMatch(/stress/);
    expect(text('what of laser', 'how does it compare to a peel')).toMatch(/only about microneedling/);
  });

  it('reads "in the house" as at home, a face as old as mine as age, a walking group as exercise, and remarks in Essex and Welsh voices', () => {
    expect(text('Can a person do this in the house or must it be a clinic?')).toMatch(/derma roller/);
    expect(reply('Will it work on a face as old as mine? Seventy five I am this Michaelmas.', 'does it help wrinkles')[0]).toMatchObject({ topic: 'age' });
    expect(reply('Would it be dear, do you know? She is on her pension same as me.', 'how often')[0]).toMatchObject({ topic: 'cost' });
    expect(reply('And her walking group, is that alright the next day?', 'is it red after')[0]).toMatchObject({ topic: 'exercise' });
    expect(reply('is it a doctor that does it', 'is it safe')[0]).toMatchObject({ topic: 'practitioners' });
    expect(reply('do ye know any good wine thats on offer in tesco', 'can i use toner after')[0].intent).toBe('out_of_scope');
    for (const remark of ['lowkey mind blown', 'bare interesting ngl', 'its giving miracle treatment ngl', "Well there's clever. Who would have thought it."])
      expect(intents(remark, 'does it shrink pores')).toEqual(['thanks']);
  });

  it('reads Norfolk "dew", where to buy one, whether the pen is better and collagen powder, and "so many questions" as a remark', () => {
    expect(text('what dew my face feel like straight after')).toMatch(/warm and tight/);
    expect(reply("where'd i buy one, boots?", 'does it help scars')[0]).toMatchObject({ topic: 'buying' });
    expect(reply('is the pen better?', 'what is a derma roller')[0]).toMatchObject({ topic: 'device_comparison' });
    expect(reply('does drinkin the powder do the same job then', 'what about collagen')[0]).toMatchObject({ topic: 'supplements' });
    expect(intents('ay naku so many questions sorry lol', 'how often')).toEqual(['thanks']);
  });

  it('takes "is it just the sun?" as a cause guessed at, a damage that fixes itself as how it works, and an emoji before "wat" as a break', () => {
    expect(text('what causes em anyway, is it just the sun?', 'does microneedlin do anything for wrinkles?')).toMatch(/stress/);
    expect(reply('so its like damagin it a bit so it fixes itself better?', 'what does healing injury mean?')[0].intent).toBe('how_it_works');
    expect(text('just booked me first session at a place on soho road 🙂 wat do i need to do after')).toMatch(/exfoliat/);
    expect(reply('shes also got a bit of saggy skin under her chin, would that take longer or quicker', 'how many sessions for scars')[0]).toMatchObject({
      intent: 'sessions',
      topic: 'loose_skin',
    });
    expect(reply('would microneedling get rid of them altogether', 'does it help wrinkles')[0]).toMatchObject({ topic: 'complete_removal' });
    expect(reply('does it work on the pits too or just the red marks', 'does it help acne scars')[0]).toMatchObject({ topic: 'scar_kinds' });
  });

  it('reads a christening as an event, a timetable as the world, and "what do you think?" after an off-topic question as part of it', () => {
    expect(reply('the christening is in two weeks. if I got it done this week would my face be right in time')[0]).toMatchObject({ topic: 'season' });
    expect(reply('could she get it done or is it too soon after having the baby', 'does it help stretch marks')[0]).toMatchObject({ topic: 'pregnancy' });
    expect(intents('what would I bake for the christening, a tart or a sponge, what do you think', 'how often')).toEqual(['out_of_scope']);
    expect(intents('unrelated but do you know if the red line is runnin this weekend or is it shuttle buses again', 'how often')).toEqual(['out_of_scope']);
    expect(intents('bet. u know if the red line is runnin on time today', 'is it red after')).toContain('out_of_scope');
    expect(intents("nae bother. while ah'm here, is the subway runnin on a sunday", 'how often')).toContain('out_of_scope');
    expect(intents('well I never. go way', 'does it shrink pores')).toEqual(['thanks']);
  });

  it("weighs one person's sessions against another's, asks how quick for a problem named, and hears a peel doing the same job", () => {
    expect(reply('wud i need less goes than her then?', 'would it help loose skin like mine')[0]).toMatchObject({ intent: 'sessions', topic: 'loose_skin' });
    expect(reply('and me wrinkles, how quick for them', 'when would she start seein a difference in her scars')[0]).toMatchObject({
      intent: 'results_timing',
      topic: 'wrinkles',
    });
    expect(text('wud a chemical peel do the same job', 'does microneedling shrink pores')).toMatch(/doesn't discuss chemical peels/);
    expect(intents('mornin. wheres the nearest greggs to the quayside, dyin for a steak bake')).toEqual(['out_of_scope']);
    expect(intents("shes worried it'll leave her blotchy with dark patches", 'does it work on black skin')).not.toContain('thanks');
    expect(intents('what actualy is microneedling, me sister in law keeps banging on about it at every bbq')).toEqual(['what_is']);
    expect(intents('cześć! quick one')).toEqual(['greeting']);
  });

  it('reads a count weighed with no problem named, "besides spots and wrinkles" as both set aside, and "compared to what" as the answer again', () => {
    expect(reply('would he need less goes than me', 'would we both go every 4-6 weeks')[0]).toMatchObject({ intent: 'sessions', topic: undefined });
    expect(reply('would i need less goes than my sister?')[0]).toMatchObject({ intent: 'sessions', topic: undefined });
    expect(reply('what all is it good for besides spots and wrinkles')[0]).toMatchObject({ intent: 'benefits', topic: undefined });
    expect(intents('och nae worries. right whit is microneedlin actually, ma pal Senga wis on aboot it at the bingo')).toEqual(['what_is']);
    expect(reply('how long before the flight should i book it then', 'is the sun a problem after')[0]).toMatchObject({ topic: 'season' });
    expect(text('compared to what tho', 'would microneedling need loads of sessions for stretch marks?')).toMatch(/loose, saggy skin/);
  });

  it('greets and thanks in Irish and Somali, reads a 5k walk as exercise, a proper place as a clinic and a baby as the cause of saggy skin', () => {
    expect(intents('mahadsanid walaal', 'is it safe')).toEqual(['thanks']);
    expect(intents('Dia dhuit. Dinny O Driscoll here, retired off the trawlers out of Castletownbere')).toEqual(['greeting']);
    expect(intents('right boy, thats me told. slan', 'is it safe')).toEqual(['goodbye']);
    expect(reply('I do a walk round the Marina every mornin, 5k. could I still do that after the needlin')[0]).toMatchObject({ topic: 'exercise' });
    expect(text("should i buy one of them derma rollers for Ciarán's spots or take him to a proper place")).toMatch(/skincare clinic/);
    expect(reply('and the saggy skin after the babies?', 'does it work on stretch marks')[0]).toMatchObject({ intent: 'benefits', topic: 'loose_skin' });
    expect(intents('ps how do ye turn off autocorrect on an iphone, its changin all my words', 'is it safe')).toEqual(['out_of_scope']);
    expect(reply('how tho, makes no sense', 'does it shrink pores')[0]).toMatchObject({ intent: 'benefits', topic: 'pores' });
  });

  it('reads Doric "fit", "fin" and "far", a match seen on Saturday as the world, a walk as exercise, and "so its like lil wounds?"', () => {
    const rig = 'fit like. im a cook on the rigs, an ma face is red raw wi the wind aff the north sea. fit is this microneedlin thing onywye?';
    expect(intents(rig)).toContain('what_is');
    expect(reply('fin wid she see a difference', 'is it good for scars')[0]).toMatchObject({ intent: 'results_timing' });
    expect(reply('far wid i get een o them rollers, boots?', 'is it good for scars')[0]).toMatchObject({ topic: 'buying' });
    expect(intents('did ye see the dons on saturday? absolute shocker')).toEqual(['out_of_scope']);
    expect(reply('i walk the levee every mornin. can i still walk the day after?')[0]).toMatchObject({ topic: 'exercise' });
    expect(reply('so its like lil wounds on ya face?', 'what does healing injury mean')[0].intent).toBe('how_it_works');
    expect(intents('yeah you right', 'how often')).toEqual(['thanks']);
  });

  it('reads the last tram, a strike and going down this year as the world, and Trinidadian and Cumbrian words', () => {
    expect(intents('ha while ive got you, what time does the last tram go out to clifton on a sunday', 'is it safe')).toEqual(['out_of_scope']);
    expect(intents("who d'ye reckon'll go down this year, us again?", 'is it safe')).toEqual(['out_of_scope']);
    expect(intents('mornin. allyuh know if de RMT strike still on fi thursday')).toContain('out_of_scope');
    expect(intents('mih wife say dis ting sound dangerous, pricking yuh own face. it safe or nah?')).toEqual(['safety']);
  });

  it('reads Shetland, Gullah, Ugandan, Hindi and Gaelic words, and a greeting before a question told after a comma', () => {
    expect(reply('hoo aften can du get hit dun')[0]).toMatchObject({ intent: 'frequency' });
    expect(intents('an hoo mony sessions wid I need aa tagidder', 'does it help wrinkles')).toContain('sessions');
    expect(reply('a person kin do dis at de house or oonuh haffa go to one clinic')[0]).toMatchObject({ intent: 'home_or_clinic' });
    expect(intents('ok you betcha', 'how often')).toEqual(['thanks']);
    expect(intents('tapadh leat', 'is it safe')).toEqual(['thanks']);
    expect(intents('hello nyabo how are you doing')).not.toContain('out_of_scope');
    expect(intents('toh kitni der mein normal ho jaata hai', 'redness kitne din rehta hai')).toEqual(['side_effects']);
    const choir = 'how are you doing. i want to do microneedling on friday but on sunday i sing in the church choir, will my face still be red';
    expect(intents(choir)).toContain('side_effects');
  });

  it('reads snow, a ferry sailing, a dry Saturday, a match, a present, a shop, a knitting pattern, a hymn, a note and homework as the world', () => {
    expect(intents('how much snow we gettin in marquette tonight, dale has to know when to head out plowin')).toEqual(['out_of_scope']);
    expect(intents('do you know if the ferry to Ullapool is sailing the day, the wind is wild')).toEqual(['out_of_scope']);
    expect(intents('will it be dry on saturday for the ceilidh at the hall in Barvas')).toEqual(['out_of_scope']);
    expect(intents('ere, yo any good at the wolves? will we stay up this season', 'is it safe')).toContain('out_of_scope');
    expect(intents('oonuh got a good recipe fuh red rice, I cookin fuh de church dinner Sunday')).toEqual(['out_of_scope']);
    expect(intents('whats a good present to get her for her 50th then', 'is it safe')).toEqual(['out_of_scope']);
    expect(intents('ok btw you know a good saree shop in pettah for the kandy wedding', 'is it safe')).toEqual(['out_of_scope']);
    expect(intents('also do you know a good restaurant in marsaxlokk for fish on sunday', 'is it safe')).toEqual(['out_of_scope']);
    expect(intents("never mind then. you wouldn't have a good pattern for knittin mittens would ya", 'is it safe')).toContain('out_of_scope');
    expect(intents('kin you pick a good hymn fuh de Mother Day program at church', 'is it safe')).toEqual(['out_of_scope']);
    expect(intents('my grandson needs help with his math homework, whats 3/4 plus 2/3')).toEqual(['out_of_scope']);
    expect(intents('ok good ta know. can u write a lil thank you note fa my pastor at church', 'is it safe')).toEqual(['out_of_scope']);
    expect(intents("mo chridhe, what's the Gaelic for 'wrinkle', the wee one's asking for her homework")).not.toContain('benefits');
  });

  it('answers a neck gone saggy, and hears the clinic lady, the skin looked at first, acne spread and a wait after the birth', () => {
    const neck = text('my neck skin is getting loose and saggy?', 'how often should i do it');
    expect(neck).toMatch(/fewer sessions/);
    expect(neck).toMatch(/areas of the body/);
    expect(text('anything else i should know or do i just do what the clinic lady tells me', 'what do i need to do for aftercare')).toMatch(/instructions/);
    expect(reply('what would they be a-lookin for')[0]).toMatchObject({ topic: 'diagnosis' });
    expect(reply('would it make his pimples spread around', 'can he roll his acne at home')[0]).toMatchObject({ topic: 'active_acne' });
    expect(reply('and how long after giving birth should she wait before starting', 'does it help stretch marks')[0]).toMatchObject({ topic: 'pregnancy' });
  });

  it('hears a fear of looking like a pincushion as told, a town that spells a topic as a place, and Scots "how lang"', () => {
    expect(intents('is it safe tho, i divvent want to end up lookin like a pin cushion at the bingo')).toEqual(['safety']);
    expect(intents('ok and is it safe hey, i dont want to walk around the kerk bazaar looking like a pincushion', 'what is it')).toEqual(['safety']);
    expect(intents("I'm Moira from Peel, the girls at the hairdressers keep on about this microneedling, what is it at all")).toEqual(['what_is']);
    expect(reply('how lang have they been doin it then', 'is it safe')[0].intent).toBe('what_is');
    expect(reply('where meh could buy one in Kingstown', 'can i do it at home')[0]).toMatchObject({ topic: 'buying' });
    expect(intents("btw jack reckons i should ask u who'll win the brownlow this year lol", 'is it safe')).toEqual(['out_of_scope']);
    expect(intents('is it this hot in Kerala also now or only here? 46 degrees my car showed today')).toEqual(['out_of_scope']);
    expect(intents('also u know anywhere decent to get a phone screen fixed round peckham', 'is it safe')).toEqual(['out_of_scope']);
  });

  it('reads Belizean Kriol and Shona greetings and questions', () => {
    expect(intents('weh happen right afta dem do it, ah wud look bad?')).toContain('side_effects');
    expect(reply('suh weh ah fi put pan it den', 'can i use mi scrub after')[0]).toMatchObject({ intent: 'aftercare' });
    expect(intents('mhoroi')).toEqual(['greeting']);
    expect(intents('hie')).toEqual(['greeting']);
    expect(intents('tenks, ah gwen tell har wen she reach home', 'is it safe')).toEqual(['thanks']);
  });

  it('hears a plan at a place that night as told, a massive spot as active acne, and any clinic in a town as choosing one', () => {
    expect(intents("what's mi face gonna look like straight after, i've got bingo at the club that night")).toEqual(['side_effects']);
    expect(reply("she's got a massive spot on her chin now, can she do it over that", 'does it help acne')[0]).toMatchObject({ topic: 'active_acne' });
    expect(reply('any clinic inna Belize City yu recommend', 'can i do it at home')[0]).toMatchObject({ topic: 'choosing_clinic' });
  });

  it('reads Krio greetings and "dis tin", and a pitcher tonight as the world', () => {
    expect(intents('kushe o')).toEqual(['greeting']);
    expect(intents('na so, tenki', 'is it safe')).toEqual(['thanks']);
    expect(intents('is dis tin safe at all? pricking ya face wit needles sound like juju business to me lol')).toEqual(['safety']);
    expect(intents("who's pitchin for the O's tonight hon", 'is it safe')).toEqual(['out_of_scope']);
  });

  it('asks how often for a problem the interval has no entry for, and hears talk of it every day as told', () => {
    expect(reply('ok. well while i got ye, how often should i get my crows feet done')[0]).toMatchObject({ intent: 'frequency', topic: 'wrinkles' });
    expect(intents('I want know wat microneedling self is, my niece Comfort keep talking about it every day')).not.toContain('not_covered');
    expect(text('why so long ehn, I want see the change quick quick', 'how often can I do it')).toMatch(/doesn't explain the 4-6 week interval/);
    expect(reply('how it can do that', 'microneedling can help wrinkle')[0].intent).toBe('how_it_works');
  });

  it('reads a grand-daughter, "whatever would anyone" and "then tell me," as the islands write them', () => {
    const granddaughter = text('My grand-daughter Elodie will keep on about micro needling and I have not the faintest idea what it is');
    expect(granddaughter).not.toMatch(/elodie|faintest/i);
    expect(intents('Needles in the face! whatever would anyone do that for', 'what is microneedling')).toEqual(['benefits']);
    expect(intents("ah. then tell me, does this microneedling do any good at all for an old lady's face", 'is it safe')).toEqual(['benefits']);
    expect(intents('good evening. I saw it on the television with all these young influencer girls. why has everybody started doing it')).not.toContain(
      'not_covered',
    );
    expect(text('I saw it on the television with all these young influencer girls. why has everybody started doing it')).toMatch(
      /popular only recently|became popular/,
    );
  });

  it('hears the tides, a party menu and a clinic vouched for as what the article leaves to others', () => {
    expect(intents("he fishes out of St Sampson's. do you know what time high water is tomorrow morning", 'does it help scars')).toEqual(['out_of_scope']);
    expect(intents('when is the best time to gather vraic off the beach for the garden, the old way, my father always went after the spring tides')).toEqual([
      'out_of_scope',
    ]);
    expect(intents('what I can cook for her birthday party saturday, jollof or fried rice', 'does it help acne')).toEqual(['out_of_scope']);
    expect(reply("my cousin went to one clinic in kandy near the lake for microneedling, is that place safe? i'm thinking to go also")[0]).toMatchObject({
      topic: 'choosing_clinic',
    });
    expect(text("right after i get it done can i go back to my pond's cold cream and all like usual")).toMatch(
      /doesn't cover cold cream[\s\S]*regular skincare routine/,
    );
  });

  it('greets in Bemba and thanks in Tongan, and hears when to go back as the interval', () => {
    expect(intents('mwaiseni mwebantu')).toEqual(['greeting']);
    expect(intents('natotela ba chatbot', 'is it safe')).toEqual(['thanks']);
    expect(intents("malo 'aupito", 'is it safe')).toEqual(['thanks']);
    expect(intents('ok never mind the bus, after the first time when do i go back', 'how much is the bus from manurewa')).toEqual(['frequency']);
    expect(intents('when can i go back to work')).not.toContain('frequency');
  });

  it('takes the school term, a fundraiser, a full phone and bait as the world, and a roller on the nose as a body area', () => {
    expect(intents('ok. do you know when schools open for second term', 'does it help stretch marks')).toEqual(['out_of_scope']);
    expect(intents('we having the church fundraiser next month at the hall in Otahuhu can you give me some ideas to raise money for the roof')).toEqual([
      'out_of_scope',
    ]);
    expect(intents('one more thing my phone keep saying storage full how i fix it, too many photo of the mokopuna', 'is it safe')).toEqual(['out_of_scope']);
    expect(intents("what bait's good for red drum this time of year, elwood's always got his own opinion", 'does it help pores')).toEqual(['out_of_scope']);
    expect(reply('me could roll it pon me nose too', 'can i do it at home with a roller')[0]).toMatchObject({ topic: 'body_areas' });
  });

  it('reads Guyanese "wah all it does treat" and "how dem does decide", a clinic asked for by town, and feeling queasy', () => {
    expect(intents('so wah all it does treat, run it down fuh me', 'is it safe')).toEqual(['benefits']);
    expect(text('how dem does decide how much me need', 'how many sessions')).toMatch(/diagnos/);
    expect(reply('what clinic in Papatoetoe you recommend for me')[0]).toMatchObject({ topic: 'choosing_clinic' });
    expect(reply('will it make me quamish, i get queasy just lookin at a needle')[0]).toMatchObject({ topic: 'fainting' });
    expect(reply('do it take long, like how long am i settin in the chair', 'what is it')[0]).toMatchObject({ topic: 'session_length' });
  });

  it('hears a Bermudian "bye" that calls the listener as no goodbye, but a farewell after thanks as one', () => {
    expect(intents('wha about big pores, my nose look like a strawberry bye', 'is it safe')).toEqual(['benefits']);
    expect(intents('Doreen want to know do it work on stretch marks, she had 4 kids bye', 'is it safe')).toEqual(['benefits']);
    expect(reply('you bein cheeky now bye, jus gimme a ballpark', 'how much does it cost')[0]).toMatchObject({ topic: 'cost' });
    expect(intents('ok thanks for all the help bye', 'is it safe')).toEqual(['goodbye']);
    expect(intents('kids just got in, gotta go bye', 'is it safe')).toEqual(['goodbye']);
  });

  it('reads Tok Pisin greetings, thanks and questions, and a Ugandan "let me first" as a remark', () => {
    expect(intents('halo')).toEqual(['greeting']);
    expect(intents('tenkyu, yu helpim mi tru', 'is it safe')).toEqual(['thanks']);
    expect(intents('lukim yu', 'is it safe')).toEqual(['goodbye']);
    expect(text('how many times b4 mi lukim difference', 'does it help acne scars')).toMatch(/2-3 sessions/);
    expect(text('hau do they decide how often for me', 'is it safe')).toMatch(/diagnos/);
    expect(intents("ok. let me first go and pick Trevor from school, i'm coming", 'does it help pores')).toEqual(['thanks']);
    expect(intents('ok let me first save money then', 'how much does it cost')).toEqual(['thanks']);
    expect(intents('let me first check, is it safe', 'does it help pores')).toEqual(['safety']);
  });

  it('reads Kreol, Setswana and Fijian greetings and questions, and a sport, the wifi and a phone case as the world', () => {
    expect(intents('bonzour bot')).toEqual(['greeting']);
    expect(intents('dumela rra, o tsogile jang')).toEqual(['greeting']);
    expect(intents('ok i will do it after the wedding then haha. mersi', 'is it safe')).toEqual(['thanks']);
    expect(text('after doing it ki manière the skin feel?')).toMatch(/warm and tight/);
    expect(intents('how is Fiji Drua doing this season', 'is it safe')).toEqual(['out_of_scope']);
    expect(intents('ok and my shop wifi not working since morning, how to fix the router', 'how many sessions')).toEqual(['out_of_scope']);
    expect(intents('btw do you know where i can buy cheap phone case in Port Louis', 'does it help pores')).toEqual(['out_of_scope']);
  });

  it('hears an injury not wanted, and paying as when the visitor asks, as no subject of their own', () => {
    expect(intents("is it safe for her to do alone, I don't want her to hurt herself")).toEqual(['safety']);
    expect(intents("what are the benefits of microneedling, I'm just asking before I pay for her")).toEqual(['benefits']);
    expect(text('4 to 6 weeks?? so long, why not every week', 'how often can i roll')).toMatch(/doesn't explain the 4-6 week interval/);
  });

  it('reads "can i roll there" with the place before it, a question after "forget it", and Cameroonian Pidgin', () => {
    expect(reply('and under my eyes, the dark bags, can i roll there too', 'does it help wrinkles')[0]).toMatchObject({ topic: 'under_eyes' });
    expect(intents('Hello there hen, my granddaughter Kirsty put this wee chat thing on my tablet for me. Is anybody there?')).toEqual(['greeting']);
    expect(intents('ok forget it, which bus goes from valletta to sliema', 'how much is it')).toEqual(['out_of_scope']);
    expect(intents('do you know when the last sailing from Ullapool is on a Saturday in the winter timetable', 'how often')).toEqual(['out_of_scope']);
    expect(intents('e no dangerous for person to chook e own face?', 'can i do it at home')).toEqual(['safety']);
    expect(reply('weti be dat derma roller', 'does it help scars')[0]).toMatchObject({ intent: 'home_or_clinic', topic: 'derma_roller' });
    expect(intents('ashia', 'does it help scars')).toEqual(['thanks']);
    expect(reply('what about the fine lines round my mouth then', 'does it help broken veins')[0]).toMatchObject({ topic: 'wrinkles' });
    expect(text('fewer den what', 'my neck skin is loose, how many sessions')).toMatch(/fewer sessions than scars/);
  });

  it('reads Bahamian "ga", Antiguan "dan" and Swazi greetings, and a sum from homework as the world', () => {
    expect(text('how many times dat ga take', 'does it help stretch marks')).toMatch(/more sessions/);
    expect(text('wha my skin ga feel like right after')).toMatch(/warm and tight/);
    expect(intents('bey I ga save up den', 'how much does it cost')).toEqual(['thanks']);
    expect(text('so stretch mark take more session dan if is just saggy skin?')).toMatch(/fewer sessions/);
    expect(intents('sawubona my sister')).toEqual(['greeting']);
    expect(intents("sorry my sister quick one, my nephew's homework says 3x plus 5 is 20, what is x", 'is it safe')).toEqual(['out_of_scope']);
    expect(intents('also ya could help me wid my grandson math homework, wha is 3/4 plus 2/3', 'does it help pores')).toEqual(['out_of_scope']);
    expect(reply('why cant she use her normal things', 'what should she do after')[0]).toMatchObject({ intent: 'aftercare', topic: 'routine' });
    expect(intents('how it does go tho, wha dey actually doin to ya face', 'does it help dark spots')).toEqual(['how_it_works']);
  });
});
