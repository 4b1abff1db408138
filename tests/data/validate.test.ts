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

/** Loads a copy of intents/ with one of its files edited: what the data check says of the edit. */
function loadEdited<T>(file: string, edit: (data: T) => void): () => unknown {
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    try {
      cpSync(intentsDir, dir, { recursive: true });
      const path = join(dir, file);
      const data = JSON.parse(readFileSync(path, 'utf8')) as T;
      edit(data);
      writeFileSync(path, JSON.stringify(data));
      return loadTrainingData(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

type Domain = { acknowledgements: string[] };
type Topics = { topics: Array<{ terms: string[] }> };

describe('loadTrainingData', () => {
  it('refuses an acknowledgement that is not a regular expression, naming the file and the entry', () => {
    const load = loadEdited<Domain>(join('entities', 'domain.json'), (domain) => {
      domain.acknowledgements[3] = 'sweet( as';
    });
    expect(load).toThrow(/entities\/domain\.json: acknowledgements\.3: not a valid regular expression/);
  });

  it('refuses an acknowledgement with a capital letter, which a lower-cased message would never match', () => {
    const load = loadEdited<Domain>(join('entities', 'domain.json'), (domain) => {
      domain.acknowledgements[3] = 'Sweet( as)?';
    });
    expect(load).toThrow(/entities\/domain\.json: acknowledgements\.3: write it in lower case/);
  });

  it('refuses a topic that lists a term twice, naming the file, the topic and the term', () => {
    const file = join('entities', 'topics.json');
    const term = (JSON.parse(readFileSync(join(intentsDir, file), 'utf8')) as Topics).topics[2].terms[0];
    const load = loadEdited<Topics>(file, (data) => {
      data.topics[2].terms.push(data.topics[2].terms[0]);
    });
    expect(load).toThrow(new RegExp(`entities/topics\\.json: topics\\.2\\.terms: lists "${term}" twice`));
  });
});
