// Number formatting for the panels, with no DOM and no Intl.

/**
 * Formats a number as en-GB does (thousands separators, at most three decimals) without Intl:
 * the page's first Intl call loads ICU's locale data, 0.1–0.3 s of the first paint.
 */
export function count(n: number): string {
  const [whole = '', fraction] = String(Math.round(n * 1000) / 1000).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
