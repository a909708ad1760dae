// Where the CLI writes: results to stdout, notes and errors to stderr, and small text helpers.

export function print(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

export function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

export function indent(text: string, by: number): string {
  const pad = ' '.repeat(by);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/** "1 path", "3 paths". */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}

/** Rows of cells as left-aligned columns (numbers right-aligned). */
export function columns(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const w = widths[i] ?? 0;
          return typeof cell === 'number' ? String(cell).padStart(w) : cell.padEnd(w);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
