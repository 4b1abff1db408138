import { outcomeOf } from '../../src/insights/outcome';
import { sharedBot } from '../kit/bot';

const reply = (fields: Record<string, unknown>) => ({ text: 't', suggestions: [], intent: 'x', ...fields });

describe('the outcome of a reply', () => {
  it('reads the core’s intent, topic and section', () => {
    expect(outcomeOf(reply({ intent: 'frequency', section: 'How Often' }))).toEqual({ outcome: 'answered' });
    expect(outcomeOf(reply({ intent: 'benefits', topic: 'scars', section: 'Scars' }))).toEqual({ outcome: 'answered' });
    expect(outcomeOf(reply({ intent: 'out_of_scope' }))).toEqual({ outcome: 'out_of_scope' });
    expect(outcomeOf(reply({ intent: 'unclear' }))).toEqual({ outcome: 'unclear' });
    expect(outcomeOf(reply({ intent: 'rate_limited' }))).toEqual({ outcome: 'rate_limited' });
    expect(outcomeOf(reply({ intent: 'greeting' }))).toEqual({ outcome: 'conversational' });
    expect(outcomeOf(reply({ intent: 'welcome' }))).toEqual({ outcome: 'conversational' });
  });

  it('names the subject of a not-covered question: the reply’s own, else its topic', () => {
    expect(outcomeOf(reply({ intent: 'not_covered', subject: 'hair loss', topic: 'hair' }))).toEqual({ outcome: 'not_covered', subject: 'hair loss' });
    expect(outcomeOf(reply({ intent: 'not_covered', topic: 'needle_length' }))).toEqual({ outcome: 'not_covered', subject: 'needle length' });
    expect(outcomeOf(reply({ intent: 'not_covered' }))).toEqual({ outcome: 'not_covered', subject: 'unnamed' });
  });

  it('counts an answer whose point is a silence as not covered on that subject', () => {
    const [timing] = sharedBot().respond('when will I see results?', undefined).replies;
    expect(timing.intent).toBe('results_timing');
    expect(timing.text).toMatch(/2-3 sessions/);
    expect(outcomeOf(timing)).toEqual({ outcome: 'not_covered', subject: 'how soon results show for anything but scars' });
    expect(outcomeOf(reply({ intent: 'out_of_scope', subject: 'Botox' }))).toEqual({ outcome: 'out_of_scope' });
  });

  it('classifies the real bot’s replies', () => {
    const outcome = (q: string) => outcomeOf(sharedBot().respond(q, undefined).replies[0]).outcome;
    expect(outcome('how often should I microneedle?')).toBe('answered');
    expect(outcome('does it hurt?')).toBe('not_covered');
    expect(outcome('how often should I wash my hair?')).toBe('out_of_scope');
    expect(outcome('hello')).toBe('conversational');
  });
});
