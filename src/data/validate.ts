import type { z } from 'zod';

/** Parses a data file against its schema; the error names the file, the path inside it and the problem. */
export function parseDataFile<T>(file: string, text: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  throw new Error(`${file}: ${problems.join('; ')}`);
}
