import { ConfigError, DEFAULTS, readChannelVariables, readConfig } from '../../src/config';

describe('readConfig', () => {
  it('gives every default for an empty environment, and treats empty values as unset', () => {
    expect(readConfig({})).toEqual(DEFAULTS);
    expect(readConfig({ PORT: '', LOG_LEVEL: '  ', ALLOWED_ORIGINS: '' })).toEqual(DEFAULTS);
    expect(DEFAULTS).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      logLevel: 'info',
      logTranscripts: false,
      rateLimitPerMinute: 30,
      allowedOrigins: [],
      redisPrefix: 'mnbot:',
      site: {},
    });
  });

  it('types and cleans what is set', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '::1',
      LOG_LEVEL: 'debug',
      LOG_TRANSCRIPTS: 'true',
      ALLOWED_ORIGINS: ' https://www.example.com, http://localhost:8080 ',
      REDIS_URL: 'rediss://:pw@redis.internal:6380/1',
      ARTICLE_URL: 'https://www.example.com/blog/microneedling',
      CONTACT_EMAIL: 'clinic@example.com',
      TWILIO_NUMBER: '+15551234567',
    });
    expect(config).toMatchObject({ port: 8080, host: '::1', logLevel: 'debug', logTranscripts: true, redisUrl: 'rediss://:pw@redis.internal:6380/1' });
    expect(config.allowedOrigins).toEqual(['https://www.example.com', 'http://localhost:8080']);
    expect(config.site).toEqual({ articleUrl: 'https://www.example.com/blog/microneedling', contactEmail: 'clinic@example.com', contactUrl: undefined });
    expect(config.channels.TWILIO_NUMBER).toBe('+15551234567');
    expect(readConfig({ ALLOWED_ORIGINS: '*' }).allowedOrigins).toEqual([]);
  });

  it('lists every invalid variable at once, with what it accepts, and never echoes a secret', () => {
    let error: unknown;
    try {
      readConfig({ PORT: '70000', LOG_LEVEL: 'verbose', SLACK_BOT_TOKEN: 'xoxp-user-token-secret' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT is invalid: expected an integer from 0 to 65535, got "70000"/);
    expect(message).toMatch(/LOG_LEVEL is invalid: expected one of fatal, error, warn, info, debug, trace, silent, got "verbose"/);
    expect(message).toMatch(/SLACK_BOT_TOKEN is invalid: expected a bot token starting with xoxb-/);
    expect(message).not.toContain('xoxp-user-token-secret');
  });

  it('checks channel variables on their own for servers given an environment', () => {
    expect(readChannelVariables({ WEBEX_PUBLIC_ADDRESS: 'https://bot.example.com' }).WEBEX_PUBLIC_ADDRESS).toBe('https://bot.example.com');
    expect(() => readChannelVariables({ WEBEX_PUBLIC_ADDRESS: 'bot.example.com' })).toThrow(/WEBEX_PUBLIC_ADDRESS/);
  });
});
