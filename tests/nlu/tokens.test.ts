import { isGerund, weekday } from '../../src/nlu/tokens';

describe('weekday', () => {
  it('places the days of the week from Sunday, plural too, and nothing else', () => {
    expect(['sunday', 'monday', 'saturday', 'saturdays'].map(weekday)).toEqual([0, 1, 6, 6]);
    expect(['sun', 'day', 'weekend', 'mondayish'].map(weekday)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('knows the short forms that are no other word, and leaves "sat" and "wed" to their verbs', () => {
    expect(['tues', 'thurs', 'fri'].map(weekday)).toEqual([2, 4, 5]);
    expect(['sat', 'wed', 'mon'].map(weekday)).toEqual([undefined, undefined, undefined]);
  });
});

describe('isGerund', () => {
  it('tells the -ing form that no treatment name takes from the name itself', () => {
    expect(isGerund('peeling')).toBe(true);
    expect(isGerund('peel')).toBe(false);
  });
});
