import { z } from 'zod';
import { parseDataFile } from '../../src/data/validate';

describe('parseDataFile', () => {
  const schema = z.object({ min_confidence: z.number().min(0).max(1) });

  it('returns valid data', () => {
    expect(parseDataFile('policy.json', '{"min_confidence": 0.3}', schema)).toEqual({ min_confidence: 0.3 });
  });

  it('names the file, the path and the problem of invalid data', () => {
    expect(() => parseDataFile('intents/policy/decisions.json', '{"min_confidence": 3}', schema)).toThrow(
      /intents\/policy\/decisions\.json: min_confidence: .*1/,
    );
  });

  it('names the file of malformed JSON', () => {
    expect(() => parseDataFile('intents/frequency.json', '{"intent": ', schema)).toThrow(/intents\/frequency\.json: not valid JSON/);
  });
});
