// Reads the Gherkin subset the openCypher TCK is written in: Feature, Background, Scenario,
// Scenario Outline with Examples (expanded into one scenario per row), tags, steps with doc
// strings (""") and tables (| a | b |).
export interface Step {
  keyword: string;
  text: string;
  docString?: string;
  table?: string[][];
  line: number;
}

export interface Scenario {
  /** Feature file path relative to the features folder, then the scenario name and example row. */
  id: string;
  feature: string;
  name: string;
  tags: string[];
  steps: Step[];
}

/** Splits a table row into cells; backslash escapes |, itself and n (a newline), as in Gherkin. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    const next = inner[i + 1];
    if (c === '\\' && (next === '|' || next === '\\' || next === 'n')) {
      cell += next === 'n' ? '\n' : next;
      i++;
    } else if (c === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

interface Block {
  kind: 'background' | 'scenario' | 'outline';
  name: string;
  tags: string[];
  steps: Step[];
  examples: string[][][];
}

export function parseFeature(text: string, feature: string): Scenario[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  let pendingTags: string[] = [];
  let current: Block | undefined;
  let inExamples = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      pendingTags.push(...line.split(/\s+/));
      continue;
    }
    const header =
      /^(Feature|Background|Scenario Outline|Scenario Template|Scenario|Examples|Scenarios):\s*(.*)$/.exec(
        line,
      );
    if (header) {
      const [, word = '', name = ''] = header;
      if (word === 'Feature') pendingTags = [];
      else if (word === 'Examples' || word === 'Scenarios') {
        current?.examples.push([]);
        inExamples = true;
      } else {
        const kind =
          word === 'Background' ? 'background' : word === 'Scenario' ? 'scenario' : 'outline';
        current = { kind, name, tags: pendingTags, steps: [], examples: [] };
        blocks.push(current);
        pendingTags = [];
        inExamples = false;
      }
      continue;
    }
    if (!current) continue;
    if (line.startsWith('|')) {
      if (inExamples) current.examples.at(-1)?.push(cells(line));
      else {
        const step = current.steps.at(-1);
        if (step) (step.table ??= []).push(cells(line));
      }
      continue;
    }
    if (line.startsWith('"""')) {
      const indent = raw.indexOf('"""');
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] as string).trim().startsWith('"""'); i++)
        body.push(
          (lines[i] as string).slice(Math.min(indent, (lines[i] as string).search(/\S|$/))),
        );
      const step = current.steps.at(-1);
      if (step) step.docString = body.join('\n');
      continue;
    }
    const step = /^(Given|When|Then|And|But)\s+(.*)$/.exec(line);
    if (step)
      current.steps.push({ keyword: step[1] as string, text: step[2] as string, line: i + 1 });
  }

  const background = blocks.find((b) => b.kind === 'background')?.steps ?? [];
  const scenarios: Scenario[] = [];
  for (const block of blocks) {
    if (block.kind === 'background') continue;
    const base = { feature, tags: block.tags };
    if (block.kind === 'scenario') {
      scenarios.push({
        ...base,
        id: `${feature}: ${block.name}`,
        name: block.name,
        steps: [...background, ...block.steps],
      });
      continue;
    }
    let row = 0;
    for (const table of block.examples) {
      const [head = [], ...rows] = table;
      for (const values of rows) {
        row++;
        const fill = (s: string): string =>
          s.replace(/<([^<>\s]+)>/g, (m, key: string) => {
            const at = head.indexOf(key);
            return at < 0 ? m : (values[at] ?? '');
          });
        scenarios.push({
          ...base,
          id: `${feature}: ${block.name} #${row}`,
          name: `${block.name} #${row}`,
          steps: [...background, ...block.steps].map((s) => ({
            ...s,
            text: fill(s.text),
            docString: s.docString === undefined ? undefined : fill(s.docString),
            table: s.table?.map((r) => r.map(fill)),
          })),
        });
      }
    }
  }
  return scenarios;
}
