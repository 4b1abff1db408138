import { weighedOptions } from '../../src/dialogue/options';
import { understanding } from '../kit/understanding';

const fresh = { updatedAt: 0 };
const aboutRollers = { intent: 'home_or_clinic', topic: 'derma_roller', updatedAt: 1 };

function asking(text: string, topics: string[] = []) {
  return understanding({ text, words: text.toLowerCase().replace(/[?,]/g, '').split(' '), topics });
}

describe('weighedOptions: the silence a comparison asks about', () => {
  it('hears a roller weighed against a pen, in the message or after an answer about rollers', () => {
    expect(weighedOptions(asking('derma roller or pen, which is better?', ['derma_roller']), fresh)).toBe('device_comparison');
    expect(weighedOptions(asking('sorry i meant a derma pen, is that the same thing?', ['derma_roller']), aboutRollers)).toBe('device_comparison');
  });

  it('hears home weighed against a clinic', () => {
    expect(weighedOptions(asking('is it better to roll at home or go to a clinic?', ['home', 'clinic']), fresh)).toBe('home_vs_clinic_results');
    expect(weighedOptions(asking('is it better to go to a clinic or just buy a roller', ['clinic', 'derma_roller']), fresh)).toBe('home_vs_clinic_results');
    expect(weighedOptions(asking('would the clinic be better for scars?', ['clinic', 'scars']), fresh)).toBe('home_vs_clinic_results');
    expect(weighedOptions(asking('is the home roller as good for scars', ['derma_roller', 'scars']), fresh)).toBe('home_vs_clinic_results');
  });

  it('hears "which one is better?" just after the two ways to have it as weighing them', () => {
    const afterPlaces = { intent: 'home_or_clinic', updatedAt: 1 };
    expect(weighedOptions(asking('which one is better for acne scars', ['scars']), afterPlaces)).toBe('home_vs_clinic_results');
    expect(weighedOptions(asking('which one is better for acne scars', ['scars']), fresh)).toBeUndefined();
  });

  it('leaves alone a question that weighs nothing, or names one option only', () => {
    expect(weighedOptions(asking('can i do it at home or do i need a clinic?', ['home', 'clinic']), fresh)).toBeUndefined();
    expect(weighedOptions(asking('which derma roller is best?', ['derma_roller']), fresh)).toBeUndefined();
    expect(weighedOptions(asking('is the pen better?', ['derma_roller']), fresh)).toBeUndefined();
  });
});
