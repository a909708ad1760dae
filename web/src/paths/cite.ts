// Numbered citations for a path answer: the API's explanations cite sources by id ("[002_77…]");
// readers get footnote numbers instead, and one numbered source list under the paths.
import type { PathAnswer } from '../../../src/api/types.js';
import type { Source } from '../../../src/domain/schema.js';

export interface Citations {
  /** The sources in footnote order: first cited by the best path first. */
  sources: Array<{ number: number; source: Source }>;
  /** Rewrites "[id, id]" groups made only of this answer's source ids as "[1, 3]". */
  cite(text: string): string;
}

export function numberSources(answer: PathAnswer): Citations {
  const numbers = new Map<string, number>();
  for (const path of answer.paths) {
    for (const id of path.sources) {
      if (answer.sources[id] && !numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  return {
    sources: [...numbers].map(([id, number]) => ({ number, source: answer.sources[id] as Source })),
    cite: (text) =>
      text.replace(/\[([^\]]+)\]/g, (group: string, inside: string) => {
        const ids = inside.split(',').map((id) => id.trim());
        if (!ids.every((id) => numbers.has(id))) return group;
        const cited = ids.map((id) => numbers.get(id) as number).sort((a, b) => a - b);
        return `[${cited.join(', ')}]`;
      }),
  };
}
