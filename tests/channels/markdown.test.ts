import { commonMark, convertMarkdown, plainText, slackMrkdwn } from '../../src/channels/markdown';

const ARTICLE_STYLE = 'The aftercare advice:\n- skip your routine\n- use *soothing* products\nYour adviser may add more.';

describe('convertMarkdown', () => {
  it('writes Slack mrkdwn: • bullets, *bold*, _italic_, <url|label>, and escapes &, <, >', () => {
    expect(convertMarkdown(ARTICLE_STYLE, slackMrkdwn)).toBe(
      'The aftercare advice:\n• skip your routine\n• use _soothing_ products\nYour adviser may add more.',
    );
    expect(convertMarkdown('**Very** important & <b>', slackMrkdwn)).toBe('*Very* important &amp; &lt;b&gt;');
    expect(convertMarkdown('See [the article](https://example.com/a) or https://example.com/b.', slackMrkdwn)).toBe(
      'See <https://example.com/a|the article> or <https://example.com/b>.',
    );
  });

  it('writes CommonMark with blank lines around lists, so a following line does not join the last item', () => {
    expect(convertMarkdown(ARTICLE_STYLE, commonMark)).toBe(
      'The aftercare advice:\n\n- skip your routine\n- use *soothing* products\n\nYour adviser may add more.',
    );
    expect(convertMarkdown('one\ntwo', commonMark)).toBe('one\n\ntwo');
    expect(convertMarkdown('**bold** and [link](https://example.com)', commonMark)).toBe('**bold** and [link](https://example.com)');
  });

  it('strips markup for plain text, keeping link targets', () => {
    const plain = plainText('•');
    expect(convertMarkdown(ARTICLE_STYLE, plain)).toBe('The aftercare advice:\n• skip your routine\n• use soothing products\nYour adviser may add more.');
    expect(convertMarkdown('**Bold** and *em*, [site](https://example.com)', plain)).toBe('Bold and em, site (https://example.com)');
  });

  it('keeps paragraph breaks and leaves lone asterisks alone', () => {
    expect(convertMarkdown('First.\n\nSecond * third', slackMrkdwn)).toBe('First.\n\nSecond * third');
    expect(convertMarkdown('\r\n  padded  \r\n', slackMrkdwn)).toBe('padded');
  });
});
