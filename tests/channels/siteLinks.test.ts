import type { Reply } from '../../src/bot';
import { toBotFrameworkMessage } from '../../src/channels/botframework/render';
import { toMessengerMessages } from '../../src/channels/messenger/render';
import { withSiteLinks } from '../../src/channels/siteLinks';
import { toSlackMessage } from '../../src/channels/slack/render';
import { toSmsMessages } from '../../src/channels/twilio/render';
import { toWebMessage } from '../../src/channels/web/render';
import { toWebexMessage } from '../../src/channels/webex/render';
import { sharedBot } from '../kit/bot';

const ARTICLE = 'https://www.example.com/blog/microneedling';
const SECTION_URL = `${ARTICLE}#how-often-should-we-micro-needle-our-skin`;
const CONTACT = { contactUrl: 'https://www.example.com/contact', contactEmail: 'clinic@example.com' };

const ask = (text: string): Reply => sharedBot().respond(text, undefined).replies[0];

describe('source links', () => {
  const factual = ask('how often should I microneedle?');

  it('end every factual reply with its section, linked when ARTICLE_URL is set', () => {
    expect(factual.section).toBe('How Often Should We Micro-needle Our Skin?');
    expect(withSiteLinks(factual, { articleUrl: ARTICLE }).text).toBe(
      `${factual.text}\n\nSource: [the article, section “How Often Should We Micro-needle Our Skin?”](${SECTION_URL})`,
    );
  });

  it('name the section as plain text without ARTICLE_URL', () => {
    expect(withSiteLinks(factual, {}).text).toBe(`${factual.text}\n\nSource: the article, section “How Often Should We Micro-needle Our Skin?”`);
  });

  it('leave replies that state no fact alone', () => {
    for (const reply of [ask('hello'), ask('how often should I wash my hair?'), sharedBot().welcome(false)]) {
      expect(reply.section).toBeUndefined();
      expect(withSiteLinks(reply, { articleUrl: ARTICLE, ...CONTACT })).toEqual(reply);
    }
  });

  it('are a link on channels that render links and "label (url)" in plain-text channels', () => {
    const linked = withSiteLinks(factual, { articleUrl: ARTICLE });
    const label = 'the article, section “How Often Should We Micro-needle Our Skin?”';
    expect(toWebMessage(linked).text).toContain(`[${label}](${SECTION_URL})`);
    expect(toSlackMessage(linked).text).toContain(`<${SECTION_URL}|${label}>`);
    expect(toBotFrameworkMessage(linked).text).toContain(`[${label}](${SECTION_URL})`);
    expect(toWebexMessage(linked).channelData.markdown).toContain(`[${label}](${SECTION_URL})`);
    expect(toMessengerMessages(linked)[0].text).toContain(`Source: ${label} (${SECTION_URL})`);
    // SMS keeps to the GSM alphabet: straight quotes.
    expect(toSmsMessages(linked)[0].text).toContain(`Source: the article, section "How Often Should We Micro-needle Our Skin?" (${SECTION_URL})`);
  });
});

describe('a way to reach a person', () => {
  const notCovered = ask('how much does microneedling cost?');
  const contact = ask('can I talk to someone?');

  it('is offered by every not-covered reply when a contact is configured', () => {
    expect(notCovered.intent).toBe('not_covered');
    expect(withSiteLinks(notCovered, CONTACT).text).toBe(
      `${notCovered.text}\n\nIf you'd like to ask a person, use [the contact page](https://www.example.com/contact) or write to [clinic@example.com](mailto:clinic@example.com).`,
    );
    expect(withSiteLinks(notCovered, { contactEmail: 'clinic@example.com' }).text).toMatch(
      /ask a person, write to \[clinic@example\.com\]\(mailto:clinic@example\.com\)\.$/,
    );
  });

  it('answers a contact question with the configured contact', () => {
    expect(contact.intent).toBe('contact');
    const text = withSiteLinks(contact, { contactUrl: 'https://www.example.com/contact' }).text;
    expect(text).toMatch(/^To reach a person from this site, use \[the contact page\]\(https:\/\/www\.example\.com\/contact\)\./);
    expect(toSmsMessages(withSiteLinks(contact, CONTACT))[0].text).toContain(
      'use the contact page (https://www.example.com/contact) or write to clinic@example.com.',
    );
    expect(toSlackMessage(withSiteLinks(contact, CONTACT)).text).toContain('<mailto:clinic@example.com|clinic@example.com>');
  });

  it('changes nothing without a contact: the contact question says none is set up and suggests a dermatologist', () => {
    expect(withSiteLinks(notCovered, {})).toEqual(notCovered);
    expect(withSiteLinks(contact, {})).toEqual(contact);
    expect(contact.text).toMatch(/hasn't set up a way to reach a person.*dermatologist/);
  });
});
