import { evaluateVisitorConversations, VisitorTurn } from '../../src/evaluation/visitorConversations';
import { sharedBot } from '../kit/bot';

const smallTalk = new Set(['thanks', 'goodbye', 'greeting']);

/** Plays one conversation through the shared bot and returns the report. */
function play(turns: VisitorTurn[]) {
  return evaluateVisitorConversations(sharedBot(), { description: '', conversations: [{ name: 'conversation', turns }] }, smallTalk);
}

describe('evaluateVisitorConversations', () => {
  it('carries the context from turn to turn and judges follow-ups on it', () => {
    const report = play([
      { user: 'what happens right after a session?', expect: 'answer', facts: ['red'] },
      { user: 'how long does that last?', expect: 'answer', facts: ['hour or two'] },
      { user: 'thanks!', expect: 'chitchat' },
    ]);
    expect(report).toMatchObject({ n: 3, passed: 3, followUps: { n: 2, passed: 2 }, misses: [] });
  });

  it('reports a turn that states a fact where the article is silent, or small talk that answers', () => {
    const report = play([
      { user: 'how often should I microneedle?', expect: 'not_covered', subject: 'frequency' },
      { user: 'and for scars?', expect: 'chitchat' },
    ]);
    expect(report.passed).toBe(0);
    expect(report.misses.map((m) => m.turn)).toEqual([1, 2]);
  });
});
