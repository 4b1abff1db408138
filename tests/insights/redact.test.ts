import { redact } from '../../src/insights/redact';

describe('redaction of questions before they are stored', () => {
  it.each([
    ['how often should I microneedle?', 'how often should I microneedle?'],
    ['mail me at jane.doe+skin@example.co.uk please', 'mail me at [email] please'],
    ['JOHN_SMITH@Mail.EXAMPLE.com asked', '[email] asked'],
    ['call +44 20 7946 0958 tomorrow', 'call [phone] tomorrow'],
    ['my number is (555) 123-4567', 'my number is [phone]'],
    ['text 555.123.4567 or 0033612345678', 'text [phone] or [phone]'],
    ['card 4111 1111 1111 1111 exp 12/27', 'card [card] exp 12/27'],
    ['pay with 5500-0000-0000-0004?', 'pay with [card]?'],
    ['order 4111 1111 1111 1112 is not a card', 'order [phone] is not a card'],
    ['see https://clinic.example.com/book?name=jane&phone=5551234567 for it', 'see https://clinic.example.com/book?[redacted] for it'],
    ['www.example.com/a#token=abc', 'www.example.com/a?[redacted]'],
    ['https://example.com/microneedling is a page', 'https://example.com/microneedling is a page'],
    ['every 4-6 weeks for 3 to 6 sessions, 0.5 mm, 2024', 'every 4-6 weeks for 3 to 6 sessions, 0.5 mm, 2024'],
    ['I am 35 and had 12 sessions', 'I am 35 and had 12 sessions'],
  ])('%s', (input, stored) => {
    expect(redact(input)).toBe(stored);
  });
});
