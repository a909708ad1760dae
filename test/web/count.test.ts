// The explorer's number format: the same text as en-GB's toLocaleString, without loading Intl.
import { describe, expect, it } from 'vitest';
import { count } from '../../web/src/ui/numbers.js';
import { seededRandom } from '../../src/bench/synthetic.js';

const enGB = (n: number) => n.toLocaleString('en-GB');

describe('count', () => {
  it('groups thousands as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 100000, 1234567, -1234, -999, 500000, 2 ** 31]) {
      expect(count(n)).toBe(enGB(n));
    }
  });

  it('keeps at most three decimals, as en-GB does', () => {
    for (const n of [0.5, 1.25, 1234.5, 0.0004, 0.1234, 98765.4321, -2.75, 3.14159]) {
      expect(count(n)).toBe(enGB(n));
    }
    expect(count(-0.0001)).toBe('0');
  });

  it('agrees with en-GB on random integers and fractions', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 5000; i++) {
      const magnitude = 10 ** Math.floor(random() * 10);
      const n = Math.floor((random() - 0.2) * magnitude);
      expect(count(n)).toBe(enGB(n));
      const x = (random() - 0.2) * magnitude;
      // en-GB writes "-0" for a negative that rounds to zero; the explorer writes "0".
      expect(count(x)).toBe(enGB(x).replace(/^-0$/, '0'));
    }
  });
});
