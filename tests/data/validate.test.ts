import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadTrainingData } from '../../src/data/intents';
import { intentsDir } from '../../src/data/paths';
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

describe('loadTrainingData', () => {
  it('refuses an acknowledgement that is not a regular expression, naming the file and the entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    try {
      cpSync(intentsDir, dir, { recursive: true });
      const file = join(dir, 'entities', 'domain.json');
      const domain = JSON.parse(readFileSync(file, 'utf8')) as { acknowledgements: string[] };
      domain.acknowledgements[3] = 'sweet( as';
      writeFileSync(file, JSON.stringify(domain));
      expect(() => loadTrainingData(dir)).toThrow(/entities\/domain\.json: acknowledgements\.3: not a valid regular expression/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an acknowledgement with a capital letter, which a lower-cased message would never match', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    try {
      cpSync(intentsDir, dir, { recursive: true });
      const file = join(dir, 'entities', 'domain.json');
      const domain = JSON.parse(readFileSync(file, 'utf8')) as { acknowledgements: string[] };
      domain.acknowledgements[3] = 'Sweet( as)?';
      writeFileSync(file, JSON.stringify(domain));
      expect(() => loadTrainingData(dir)).toThrow(/entities\/domain\.json: acknowledgements\.3: write it in lower case/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a topic that lists a term twice, naming the file, the topic and the term', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    try {
      cpSync(intentsDir, dir, { recursive: true });
      const file = join(dir, 'entities', 'topics.json');
      const data = JSON.parse(readFileSync(file, 'utf8')) as { topics: Array<{ terms: string[] }> };
      data.topics[2].terms.push(data.topics[2].terms[0]);
      writeFileSync(file, JSON.stringify(data));
      expect(() => loadTrainingData(dir)).toThrow(new RegExp(`entities/topics\\.json: topics\\.2\\.terms: lists "${data.topics[2].terms[0]}" twice`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
