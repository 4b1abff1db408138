import { evaluateEvalSets, TARGETS } from '../../src/evaluation/evalSets';
import { sharedBot } from '../kit/bot';

// The eval sets are the product's acceptance tests: the build fails when answer quality drops below target.
describe('evaluation sets under eval/', () => {
  const result = evaluateEvalSets(sharedBot());

  it('answers held-out questions with the right intent', () => {
    expect(result.heldOut.questions.accuracy).toBeGreaterThanOrEqual(TARGETS.heldOutAccuracy);
  });

  it('passes scripted conversations turn by turn', () => {
    expect(result.heldOut.turns.rate).toBeGreaterThanOrEqual(TARGETS.conversationTurns);
  });

  it("gets real visitors' questions right: the article's facts, or an honest 'not covered'", () => {
    expect(result.real.n).toBeGreaterThanOrEqual(150);
    expect(result.real.rate).toBeGreaterThanOrEqual(TARGETS.realQuestions);
  });

  it('answers every standalone question the same whatever was asked before', () => {
    expect(result.contextSwitches.failures.map((f) => `${f.text} | after: ${f.earlier}`)).toEqual([]);
    expect(result.contextSwitches.rate).toBe(TARGETS.contextSwitches);
  });

  it('follows visitors through their conversations: each turn read in the light of the ones before it', () => {
    expect(result.visitorConversations.n).toBeGreaterThanOrEqual(500);
    expect(result.visitorConversations.rate).toBeGreaterThanOrEqual(TARGETS.visitorConversationTurns);
  });
});
