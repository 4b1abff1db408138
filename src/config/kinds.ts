import { z } from 'zod';

/** The kinds of value a variable may hold, each with its check and, for error messages, what it accepts in words. */

export class ConfigError extends Error {}

/** A variable's check and, for the error message, what it accepts in words. Secrets are never echoed. */
export interface Variable<T> {
  schema: z.ZodType<T, z.ZodTypeDef, string | undefined>;
  accepts: string;
  secret?: boolean;
}

export const variable = <T>(schema: z.ZodType<T, z.ZodTypeDef, string | undefined>, accepts: string, secret = false): Variable<T> => ({
  schema,
  accepts,
  secret,
});

export function integer(min: number, max: number, fallback: number): Variable<number> {
  const schema = z.string().regex(/^\d+$/).transform(Number).pipe(z.number().min(min).max(max));
  return variable(
    schema.optional().transform((v) => v ?? fallback),
    `an integer from ${min} to ${max}`,
  );
}

export function flag(fallback: boolean): Variable<boolean> {
  return variable(
    z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? fallback : v === 'true')),
    'true or false',
  );
}

export function optionalText(accepts = 'any text without spaces', secret = false): Variable<string | undefined> {
  return variable(z.string().regex(/^\S+$/).optional(), accepts, secret);
}

export function pattern(regex: RegExp, accepts: string): Variable<string | undefined> {
  return variable(z.string().regex(regex).optional(), accepts);
}

export function patternOr(regex: RegExp, accepts: string, fallback: string): Variable<string> {
  return variable(z.string().regex(regex).default(fallback), accepts);
}

export function parsesAs(protocols: string[], check: (url: URL) => boolean = () => true) {
  return (value: string): boolean => {
    try {
      const url = new URL(value);
      return protocols.includes(url.protocol) && url.hostname !== '' && check(url);
    } catch {
      return false;
    }
  };
}

const isHttpUrl = parsesAs(['http:', 'https:'], (url) => url.hash === '');
export const isOrigin = (value: string): boolean => parsesAs(['http:', 'https:'])(value) && new URL(value).origin === value;

export function httpUrl(accepts = 'an absolute http(s) URL without a #fragment'): Variable<string | undefined> {
  return variable(z.string().refine(isHttpUrl).optional(), accepts);
}

export const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
