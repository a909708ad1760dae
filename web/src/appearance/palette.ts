// Colours the vocabulary does not give: categories (communities) and the faded look of dimmed items.

/** Colour of items pushed into the background by a highlight. */
export const DIMMED_NODE = '#d9dde3';
export const DIMMED_EDGE = '#eceef2';
/** Laid over the whole canvas under a hover's focus: the graph view's background, mostly opaque. */
export const VEIL = 'rgba(252, 252, 253, 0.82)';

/** The i-th category colour: hues a golden angle apart, so neighbours in the list differ most. */
export function categoryColour(i: number): string {
  const hue = (i * 137.508) % 360;
  const lightness = i % 2 === 0 ? 0.48 : 0.4;
  return hslToHex(hue, 0.62, lightness);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
