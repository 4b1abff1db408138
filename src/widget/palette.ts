import type { Palette } from './styles';

export const DEFAULT_ACCENT = '#b03a6f';

type Rgb = [number, number, number];

/** Normalises any CSS colour to rgb through a canvas, so no page element is touched. */
function toRgb(color: string): Rgb | null {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#000000';
  ctx.fillStyle = color;
  const v = String(ctx.fillStyle);
  let m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(v);
  if (m) return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
  m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** Only a value the browser accepts as a colour reaches the stylesheet, so data-accent cannot inject CSS. */
export function makePalette(requested: string | null): Palette {
  const valid = !!requested && requested.length < 64 && typeof CSS !== 'undefined' && CSS.supports('color', requested) && !/[;{}<>]/.test(requested);
  const accent = valid ? (requested as string) : DEFAULT_ACCENT;
  const rgb = toRgb(accent);
  if (!rgb) return { accent, accentText: '#ffffff', ring: '#1f1d24' };
  const l = luminance(rgb);
  const onWhite = contrast(l, 1);
  const onDark = contrast(l, luminance([17, 17, 17]));
  return {
    accent,
    accentText: onWhite >= onDark ? '#ffffff' : '#111111',
    ring: onWhite >= 3 ? accent : '#1f1d24',
  };
}
