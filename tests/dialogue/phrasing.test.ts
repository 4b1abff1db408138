import {
  asksAboutHabit,
  asksHowManySessions,
  weighsCount,
  asksForWording,
  asksForCause,
  asksHowOften,
  asksHowLongToWait,
  asksOnlyHowLong,
  asksOnlyWhen,
  asksSameOfTheTool,
  asksIfAllowed,
  asksOfOtherInterval,
  asksIfTheyMay,
  mentionsSession,
  asksWaitingTime,
  asksAlongside,
  comparesWithUnnamed,
  followsOn,
  isDefiningQuestion,
  opensOnWhatMicroneedlingIs,
  pointsAtLastAnswer,
  asksAboutTheThing,
  isDefinition,
  namesOnlyTopics,
  pointsBack,
  asksWhichIsBetter,
  asksToRestate,
  asksToGoOn,
  asksWhatMicroneedlingIs,
  asksHowOftenToReturn,
  asksWhy,
  tellsAboutThemselves,
  tellsNews,
  reportsElapsedTime,
  doubtsPiercing,
  asksIfItHelps,
  checksClaim,
  asksAboutTheWorld,
  leansOnContext,
  asksWhatHappensToProblem,
  asksToGoWhen,
  asksIfMicroneedlingHelps,
  asksTimetable,
  carriesOnAside,
  fearsEffect,
} from '../../src/dialogue/phrasing';
import { understanding } from '../kit/understanding';

const words = (text: string) => text.split(' ');

describe('phrasing', () => {
  it('tells a pointer to the last answer from a relative "that"', () => {
    expect(pointsBack(words('is that safe'))).toBe(true);
    expect(pointsBack(words('can you recommend something that really works'))).toBe(false);
  });

  it('hears the doubt that putting holes in the skin could help, not a question about the holes themselves', () => {
    for (const q of [
      'wait doesnt it just make more holes',
      'how does poking holes shrink them',
      'doesnt it leave holes',
      'so its basically damaging the skin on purpose',
    ])
      expect(doubtsPiercing(words(q))).toBe(true);
    for (const q of ['could the little holes get infected', 'does sweat clog the tiny holes after', 'is she damaging her skin'])
      expect(doubtsPiercing(words(q))).toBe(false);
  });

  it('hears whether microneedling would help, not what the visitor must do', () => {
    for (const q of ['would it do anything for my jowls', 'is it any good for scars', 'will it help']) expect(asksIfItHelps(words(q))).toBe(true);
    expect(asksIfItHelps(words('do i need to do anything special in the meantime'))).toBe(false);
  });

  it('hears a question about the weather, sport, the kitchen or an errand itself, not about the skin, a clinic or plans in it', () => {
    const said = (text: string) => understanding({ text, words: words(text) });
    for (const q of [
      'is it gonna rain thursday',
      'whats the uv index gonna be tomorrow in kelowna',
      'who do you reckon wins the old firm sunday',
      'who do you think wins the superbowl this year',
      'who go win epl this season arsenal or city',
      'and is it gonna be sunny all week in manchester',
      'can you help me write an email to my landlord about the heating',
      'lol im bored got any good pancake recipes',
      'ideas for bachelor party',
      'do you know if the co op in treorchy is open bank holiday monday',
      'what to wear to church wedding ah dress code smart casual',
      'also anybody know how to get red dirt outta a white tablecloth',
      'lamb roast tonight how long per kilo',
      'my cab mot is due next week u know any cheap garages in small heath',
      'would you know a nice old fashioned name for a wee girl',
      'can you tell me how to send a photo on the whatsapp',
      'anyway what song do u think is good for a surprise dance',
      'ey up it s siling down here do you know if it ll fair up by thursday',
      'what time does the garden centre in porthmadog shut on a sunday',
      'how much whisky goes in',
    ])
      expect(asksAboutTheWorld(said(q))).toBe(true);
    for (const q of [
      'i rolled last night and today is sunny any issue with going out',
      'can i go outside its sunny today',
      'will my face still be hot tomorrow',
      'he plays football can he go to practice',
      'how do i make my skin less red after',
      'are you guys open on sundays',
      'do u know if clinics near leeds open on sundays',
      'ar so if i have it done in me dinner hour will i look like a tomato when i get back to the garage',
    ])
      expect(asksAboutTheWorld(said(q))).toBe(false);
    expect(asksAboutTheWorld(understanding({ text: 'rain after microneedling?', words: words('rain after microneedling'), anchored: true }))).toBe(false);
  });

  it('hears a question that leans on the conversation for its subject', () => {
    for (const q of ['is that safe', 'how many sessions would i need roughly', 'how many would i need then']) expect(leansOnContext(words(q))).toBe(true);
    expect(leansOnContext(words('how many sessions would my mum need for her wedding'))).toBe(false);
  });

  it('recognises questions that ask for a waiting time', () => {
    for (const q of [
      'when can i exfoliate after microneedling',
      'how soon can i go in the sun',
      'when is it safe to wear makeup',
      'how many days i need to avoid the sun',
      'how long has she to avoid the sun for a week',
      'do i gotta avoid the sun for long',
    ])
      expect(asksWaitingTime(words(q))).toBe(true);
    expect(asksWaitingTime(words('how often should i microneedle'))).toBe(false);
    expect(asksWaitingTime(words('how long has it been since your session'))).toBe(false);
    expect(asksWaitingTime(words('so when is the best time to exfoliate'))).toBe(true);
    expect(asksWaitingTime(words('how long am i meant to stay out the sun for'))).toBe(true);
  });

  it('looks past an opening "but first" and intensifiers', () => {
    expect(isDefiningQuestion(words('but first what really causes dark circles'))).toBe(true);
    expect(isDefiningQuestion(words('how do you prevent stretch marks'))).toBe(true);
    expect(isDefinition(words('so what exactly are stretch marks'))).toBe(true);
    expect(isDefiningQuestion(words('how often should i microneedle really'))).toBe(false);
    // "What should…" asks what to do, not what something is.
    expect(isDefiningQuestion(words('what should the gap between sessions be for scars'))).toBe(false);
    expect(isDefiningQuestion(words('what should i put on my face after'))).toBe(false);
    expect(isDefiningQuestion(words('whats acne scarring'))).toBe(true);
    expect(isDefinition(words('first how does it work'))).toBe(false);
  });

  it('hears a message that opens by asking what microneedling is', () => {
    expect(opensOnWhatMicroneedlingIs(words('what even is microneedling my sister keeps going on about it'))).toBe(true);
    expect(opensOnWhatMicroneedlingIs(words('so what is microneedling good for'))).toBe(false);
    expect(opensOnWhatMicroneedlingIs(words('how often is microneedling done'))).toBe(false);
  });

  it('does not take a measure of the treatment for a definition of the problem', () => {
    expect(isDefiningQuestion(words('what is the number of sessions required for acne scars'))).toBe(false);
    expect(isDefiningQuestion(words('whats the usual gap for stretch marks'))).toBe(false);
    expect(isDefiningQuestion(words('what is the cause of acne scars'))).toBe(true);
  });

  it('tells a question about a thing itself from one about microneedling', () => {
    expect(asksAboutTheThing(words('what does retinol do for your skin'))).toBe(true);
    expect(asksAboutTheThing(words('how do i know if i have ice pick scars'))).toBe(true);
    expect(asksAboutTheThing(words('what does it do for scars'))).toBe(false);
  });

  it('hears a bare "how?" as pointing at the last answer, and "how does microneedling work" as its own question', () => {
    expect(pointsAtLastAnswer(words('how'))).toBe(true);
    expect(pointsAtLastAnswer(words('how though if it pokes holes in you'))).toBe(true);
    expect(pointsAtLastAnswer(words('how does microneedling work'))).toBe(false);
  });

  it('tells a message that carries on from the last one', () => {
    for (const q of ['and showering', 'what about retinol', 'can i wash my face that night']) expect(followsOn(words(q))).toBe(true);
    for (const q of ['can i shower after microneedling', 'what is retinol']) expect(followsOn(words(q))).toBe(false);
  });

  it('tells a comparison whose other side is left to the conversation from one that names both', () => {
    expect(comparesWithUnnamed(words('is botox better'))).toBe(true);
    expect(comparesWithUnnamed(words('which is better hydrafacial or microdermabrasion'))).toBe(false);
    expect(comparesWithUnnamed(words('is it better than botox for that'))).toBe(true);
    expect(comparesWithUnnamed(words('is it like a facelift'))).toBe(true);
    expect(comparesWithUnnamed(words('what about laser vs this for scars'))).toBe(true);
    expect(comparesWithUnnamed(words('vs just getting a facelift'))).toBe(true);
    expect(comparesWithUnnamed(words('is better than laser for scars'))).toBe(true);
    expect(comparesWithUnnamed(words('whats better for scars this or laser'))).toBe(true);
    expect(comparesWithUnnamed(words('is botox better than fillers for that'))).toBe(false);
  });

  it('tells how long something has lasted so far, and another treatment beside a session', () => {
    expect(reportsElapsedTime(words('its been like 5 hours and still pink'))).toBe(true);
    expect(reportsElapsedTime(words('day 4 and it is red'))).toBe(true);
    expect(reportsElapsedTime(words('how long does it last'))).toBe(false);
    expect(tellsAboutThemselves(understanding({ text: 'i take warfarin btw', words: words('i take warfarin btw') }))).toBe(true);
    expect(tellsAboutThemselves(understanding({ text: 'i take warfarin, is that ok?', words: words('i take warfarin is that ok') }))).toBe(false);
    const isPlace = (topic: string) => topic === 'clinic';
    const isTreated = (topic: string) => topic === 'pigmentation';
    const news = (text: string, topics: string[] = []) =>
      tellsNews(understanding({ text, words: words(text.replace(/[!?,]/g, '')), topics }), isPlace, isTreated);
    expect(news('just had my first session this morning!')).toBe(true);
    expect(news('hey just got my first derma roller in the post')).toBe(true);
    expect(news('just had my first session, is redness normal?')).toBe(false);
    expect(news('just had my first session and my face is red', ['redness'])).toBe(false);
    expect(news('ok so i finally booked for my dark spots next week', ['pigmentation'])).toBe(true);
    // Who the visitor is, asking nothing yet but leave to ask; not a question that comes with it.
    expect(news('i work the front desk at a day spa and have a few client questions if that s ok', ['clinic'])).toBe(true);
    expect(news('i m writing a blog post on this can you help me out?')).toBe(true);
    expect(news('i work on a farm and have sun spots does it help pigmentation', ['pigmentation'])).toBe(false);
    expect(news('i work in a clinic, is it safe for pregnant clients?', ['clinic', 'pregnancy'])).toBe(false);
    expect(tellsAboutThemselves(understanding({ text: 'benefits of drinking water', words: words('benefits of drinking water') }))).toBe(false);
    expect(asksToRestate(words('can you say that simpler'))).toBe(true);
    expect(asksToRestate(words('so is that a yes or no'))).toBe(true);
    expect(asksToRestate(words('yes or no simple question'))).toBe(true);
    expect(asksToRestate(words('one word answer pls'))).toBe(true);
    expect(asksToRestate(words('in what context'))).toBe(true);
    expect(asksToRestate(words('would you repeat that please'))).toBe(true);
    expect(asksToRestate(words('sorry i didn t quite catch that'))).toBe(true);
    expect(asksToRestate(words('so that means lightening them not erasing them'))).toBe(true);
    expect(asksToRestate(words('what do you mean by collagen'))).toBe(false);
    expect(asksToRestate(words('any particular kind'))).toBe(true);
    expect(asksToRestate(words('fewer than what'))).toBe(true);
    expect(asksToRestate(words('compared to what'))).toBe(true);
    expect(asksToRestate(words('fewer than for what'))).toBe(true);
    expect(asksToRestate(words('fewer than for scars'))).toBe(false);
    expect(asksToRestate(words('that not what i asked'))).toBe(true);
    expect(asksToRestate(words('fewer than what dear'))).toBe(true);
    expect(asksToRestate(words('yes or no pls'))).toBe(true);
    expect(asksToRestate(words('not what i asked about botox'))).toBe(false);
    expect(asksToRestate(words('what kind of skin can it treat'))).toBe(false);
    for (const text of [
      'what exactly does it say',
      'exact wording pls',
      'can you quote it',
      'word for word please',
      'what are the exact words',
      'what exactly does the article claim',
      'is that your interpretation or does it literally say that',
      'does the article actually claim it is safe or is that your gloss',
    ])
      expect(asksForWording(words(text))).toBe(true);
    for (const text of ['what exactly causes them', 'any data we can quote', 'exact number pls', 'what does it say about scars'])
      expect(asksForWording(words(text))).toBe(false);
    expect(asksWhy(words('so why not every week'))).toBe(true);
    expect(asksWhy(words('how come it takes that long'))).toBe(true);
    expect(asksWhy(words('how often should i go'))).toBe(false);
    expect(asksWhichIsBetter(words('would a laser be better for my scars'))).toBe(true);
    expect(asksWhichIsBetter(words('why does my skin look worse after a facial'))).toBe(false);
    expect(asksAlongside(words('could i add a chemical peel in between sessions'))).toBe(true);
    expect(asksAlongside(words('can i combine it with botox'))).toBe(true);
    expect(asksAlongside(words('would it mess with fillers i already have'))).toBe(true);
    expect(asksAlongside(words('my derm mentioned a chemical peel too can i do both'))).toBe(true);
    expect(asksAlongside(words('how about a chemical peel the week after'))).toBe(true);
    expect(asksAlongside(words('could i pair it with a chemical peel'))).toBe(true);
    expect(asksAlongside(words('how long after a chemical peel can i go in the sun'))).toBe(false);
    expect(comparesWithUnnamed(words('can it replace my botox'))).toBe(true);
    expect(comparesWithUnnamed(words('would results look as dramatic as fillers'))).toBe(true);
    expect(comparesWithUnnamed(words('would laser shrink them more'))).toBe(true);
    expect(asksAlongside(words('is a chemical peel better'))).toBe(false);
  });

  it('tells a question about a topic as a whole from one about part of it', () => {
    // The positions marked are the words that name a topic.
    expect(namesOnlyTopics(understanding({ words: words('what does the article say about acne'), mentioned: [6] }))).toBe(true);
    expect(namesOnlyTopics(understanding({ words: words('tell me about pores'), mentioned: [3] }))).toBe(true);
    expect(namesOnlyTopics(understanding({ words: words('what does the article say about sun after acne'), mentioned: [6, 8] }))).toBe(false);
  });

  it('recognises asking whether something is allowed, and whether the visitor may do something', () => {
    expect(asksIfAllowed(words('should i use my retinol'))).toBe(true);
    expect(asksIfAllowed(words('ice pack ok'))).toBe(true);
    expect(asksIfAllowed(words('would sudocrem do'))).toBe(true);
    expect(asksIfAllowed(words('fine to use'))).toBe(true);
    expect(asksIfAllowed(words('okay and my walnut scrub that s fine right'))).toBe(true);
    expect(asksIfAllowed(words('my toner has a bit of alcohol in it fine or no'))).toBe(true);
    expect(asksIfAllowed(words('ok that s fine thanks'))).toBe(false);
    expect(asksIfAllowed(words('what does retinol do'))).toBe(false);
    expect(asksIfTheyMay(words('can i use ice for the redness'))).toBe(true);
    expect(asksIfTheyMay(words('is aloe good for sunburn'))).toBe(false);
  });

  it('tells a follow-up that names only when from one that asks something new', () => {
    expect(asksOnlyWhen(words('and after'))).toBe(true);
    expect(asksOnlyWhen(words('what about before the session'))).toBe(true);
    expect(asksOnlyWhen(words('and after a week'))).toBe(false);
    expect(asksOnlyHowLong(words('for how long'))).toBe(true);
    expect(asksOnlyHowLong(words('how long does the redness last'))).toBe(false);
    expect(asksHowLongToWait(words('like how long should i wait'))).toBe(true);
    expect(asksHowLongToWait(words('how long should i wait then'))).toBe(true);
    expect(asksOnlyHowLong(words('how soon then'))).toBe(true);
    expect(asksSameOfTheTool(words('and a roller for home'))).toBe(true);
    expect(asksSameOfTheTool(words('what about doing a roller at home then'))).toBe(false);
  });

  it('hears what microneedling is or does asked for itself', () => {
    expect(asksWhatMicroneedlingIs(words('so what even is microneedling exactly'))).toBe(true);
    expect(asksWhatMicroneedlingIs(words('what does it actually do'))).toBe(true);
    expect(asksWhatMicroneedlingIs(words('is it safe for me'))).toBe(false);
  });

  it('hears how often, or when, to go back for a session, whatever "after" suggests', () => {
    expect(asksHowOftenToReturn(words('how often will i need to go back after that'))).toBe(true);
    expect(asksHowOftenToReturn(words('how often should i reapply sunscreen after'))).toBe(false);
    expect(asksHowOftenToReturn(words('after the first time when do i go back'))).toBe(true);
    expect(asksHowOftenToReturn(words('when should i come back for the next one'))).toBe(true);
    expect(asksHowOftenToReturn(words('when do i go back to the gym'))).toBe(false);
  });

  it('hears a bare "and?" as asking the last answer to go on', () => {
    for (const q of ['and', 'ok and then', 'and what else', 'so and']) expect(asksToGoOn(words(q))).toBe(true);
    for (const q of ['and pores', 'and microneedling makes more of it', 'and then what do i do']) expect(asksToGoOn(words(q))).toBe(false);
  });

  it('hears a question whether a claim reported just before holds', () => {
    expect(checksClaim(words('is she right'))).toBe(true);
    expect(checksClaim(words('so is that true'))).toBe(true);
    expect(checksClaim(words('is my derm right about that'))).toBe(true);
    expect(checksClaim(words('is that consistent with what the article recommends'))).toBe(true);
    expect(checksClaim(words('does that match the article'))).toBe(true);
    expect(checksClaim(words('does the article agree'))).toBe(true);
    expect(checksClaim(words('is she a good candidate'))).toBe(false);
    expect(checksClaim(words('is it true'))).toBe(true);
    expect(checksClaim(words('is it right for me'))).toBe(false);
  });

  it('recognises questions about causes', () => {
    expect(asksForCause(words('what causes wrinkles'))).toBe(true);
    expect(asksForCause(words('and why does skin go saggy anyway'))).toBe(true);
    expect(asksForCause(words('what are wrinkles'))).toBe(false);
  });

  it('hears a gap between sessions other than 4-6 weeks, not the weeks before an event or of a pregnancy', () => {
    expect(asksOfOtherInterval(words('and 8 weeks is that too long'))).toBe(true);
    expect(asksOfOtherInterval(words('what happens if i do it at 3 weeks'))).toBe(true);
    expect(asksOfOtherInterval(words('e fit wait till 8 weeks'))).toBe(true);
    expect(asksOfOtherInterval(words('getting married in 8 weeks is that ok'))).toBe(false);
    expect(asksOfOtherInterval(words('im 14 weeks pregnant is it ok'))).toBe(false);
    expect(asksOfOtherInterval(words('can i fit 2 sessions in 10 weeks'))).toBe(false);
  });

  it('tells a question about a habit from one tied to a session', () => {
    expect(asksHowOften(words('how often should i exfoliate'))).toBe(true);
    expect(mentionsSession(words('how often should i exfoliate'))).toBe(false);
    expect(mentionsSession(words('how often can i exfoliate after a session'))).toBe(true);
    expect(asksAboutHabit(words('can i use toner after exfoliating'))).toBe(true);
    expect(asksAboutHabit(words('why use vitamin c in skincare'))).toBe(true);
    expect(asksAboutHabit(words('can i use toner after dermarolling'))).toBe(false);
    expect(asksAboutHabit(words('what should i do after my session normally'))).toBe(false);
  });

  it('tells a count weighed up or down, and sessions asked of in other words, from other questions', () => {
    expect(weighsCount(words('mine is just acne scars, is that more or less'))).toBe(true);
    expect(weighsCount(words('would scars need fewer'))).toBe(true);
    expect(weighsCount(words('how many sessions do i need'))).toBe(false);
    expect(weighsCount(words('and the baggy skin is that any quicker'))).toBe(true);
    expect(asksHowManySessions(words('would they take a lot of goes then'))).toBe(true);
    expect(asksHowManySessions(words('gonna take a while then huh'))).toBe(true);
    expect(asksHowManySessions(words('how many times in total must i come then'))).toBe(true);
    expect(asksHowManySessions(words('how long does the redness take to go'))).toBe(false);
  });

  it('tells what a session does to a problem, going to what was told at a moment after, and whether microneedling named would help', () => {
    expect(asksWhatHappensToProblem(words('ok so what actually happens to the scars when its done'))).toBe(true);
    expect(asksWhatHappensToProblem(words('what happens right after'))).toBe(false);
    expect(asksToGoWhen(words('can she go the next day after she gets it done'))).toBe(true);
    expect(asksToGoWhen(words('can i go tomorrow'))).toBe(true);
    expect(asksToGoWhen(words('can she go to the gym the next day'))).toBe(false);
    expect(asksIfMicroneedlingHelps(words('would microneedling do anything for them'))).toBe(true);
    expect(asksIfMicroneedlingHelps(words('how does dr pen microneedling work to improve skin texture'))).toBe(false);
  });

  it('takes the seasons of the field, a licence and getting a phone to do something as the world, and "how do you get" as a cause', () => {
    expect(asksAboutTheWorld(understanding({ words: words('yall know when brown shrimp season opens up in alabama waters this year') }))).toBe(true);
    expect(asksAboutTheWorld(understanding({ words: words('dey still sell fishing license at da walmart or it all online now') }))).toBe(true);
    expect(asksAboutTheWorld(understanding({ words: words('how do i get this flip phone to send pictures to my daughter') }))).toBe(true);
    expect(asksForCause(words('how do you get wrinkles'))).toBe(true);
    expect(asksForCause(words('how do i get this phone to work'))).toBe(false);
    expect(asksForCause(words('why it sag like that anyhow'))).toBe(true);
    expect(doubtsPiercing(words('but why does damaging it help'))).toBe(true);
  });

  it('takes a train running and what to bake as the world, and "what do you think?" as carrying on an aside', () => {
    expect(asksTimetable(words('is the red line running on time today'))).toBe(true);
    expect(asksTimetable(words('is the redness running down my face normal'))).toBe(false);
    expect(asksAboutTheWorld(understanding({ words: words('what would i bake for the christening a tart or a sponge') }))).toBe(true);
    expect(asksAboutTheWorld(understanding({ words: words('how do i make my scars fade') }))).toBe(false);
    expect(carriesOnAside(words('what do you think'))).toBe(true);
    expect(carriesOnAside(words('what do you think of microneedling'))).toBe(false);
  });

  it('hears an effect feared as asked of, but not a fear of the needles themselves', () => {
    expect(fearsEffect(words('she is worried it ll leave her blotchy'))).toBe(true);
    expect(fearsEffect(words('i m scared the needles will scar me'))).toBe(true);
    expect(fearsEffect(words('i m scared of needles'))).toBe(false);
  });

  it('takes snow, a dry Saturday, the tide, a knitting pattern, a hymn, a present, a shop and homework as the world, but not a red face', () => {
    const world = (text: string) => asksAboutTheWorld(understanding({ words: words(text) }));
    expect(world('how much snow we gettin in marquette tonight')).toBe(true);
    expect(world('will it be dry on saturday for the ceilidh')).toBe(true);
    expect(world('whats the tide at peel this evening')).toBe(true);
    expect(world('you wouldn t have a good pattern for knittin mittens would ya')).toBe(true);
    expect(world('can you pick a good hymn for the mother day program')).toBe(true);
    expect(world('whats a good present to get her for her 50th then')).toBe(true);
    expect(world('you know a good saree shop in pettah')).toBe(true);
    expect(world('my grandson needs help with his math homework')).toBe(true);
    expect(world('my nephew s homework says 3x plus 5 is 20 what is x')).toBe(true);
    expect(world('a good recipe for red rice for the church dinner')).toBe(true);
    expect(world('will my face be red on saturday for the ceilidh')).toBe(false);
  });

  it('takes high water, the spring tides, a party menu, the school term, a fundraiser, a phone, the wifi, bait, a season and a sailing as the world, but not a swim after a session', () => {
    const world = (text: string) => asksAboutTheWorld(understanding({ words: words(text) }));
    expect(world('do you know what time high water is tomorrow morning')).toBe(true);
    expect(world('when is the best time to gather vraic off the beach, my father always went after the spring tides')).toBe(true);
    expect(world('what i can cook for her birthday party saturday')).toBe(true);
    expect(world('what can we bake for the church sale')).toBe(true);
    expect(world('do you know when schools open for second term')).toBe(true);
    expect(world('can you give me some ideas to raise money for the roof')).toBe(true);
    expect(world('my phone keep saying storage full how i fix it')).toBe(true);
    expect(world('what bait s good for red drum this time of year')).toBe(true);
    expect(world('my shop wifi not working since morning how to fix the router')).toBe(true);
    expect(world('where i can buy cheap phone case in port louis')).toBe(true);
    expect(world('how is fiji drua doing this season')).toBe(true);
    expect(world('do you know when the last sailing from ullapool is on a saturday in the winter timetable')).toBe(true);
    expect(world('can i swim in the sea at high tide after my session')).toBe(false);
  });
});
