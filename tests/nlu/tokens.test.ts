import { weekday } from '../../src/nlu/tokens';

describe('weekday', () => {
  it('places the days of the week from Sunday, plural too, and nothing else', () => {
    expect(['sunday', 'monday', 'saturday', 'saturdays'].map(weekday)).toEqual([0, 1, 6, 6]);
    expect(['sun', 'day', 'weekend', 'mondayish'].map(weekday)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
