import { toBotFrameworkMessage } from '../../../src/channels/botframework/render';
import { reply } from '../support';

describe('toBotFrameworkMessage', () => {
  it('sends CommonMark text and imBack suggested actions', () => {
    expect(toBotFrameworkMessage(reply('Aftercare:\n- sunscreen\n- *no* exfoliators\nAsk your adviser.', ['Benefits']))).toEqual({
      type: 'message',
      text: 'Aftercare:\n\n- sunscreen\n- *no* exfoliators\n\nAsk your adviser.',
      textFormat: 'markdown',
      suggestedActions: { actions: [{ type: 'imBack', title: 'Benefits', value: 'Question 1 about Benefits?' }] },
    });
  });

  it('has no suggested actions when nothing is suggested', () => {
    expect(toBotFrameworkMessage(reply('Hello.'))).not.toHaveProperty('suggestedActions');
  });
});
