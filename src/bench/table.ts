// Renders benchmark figures as a plain-text table with aligned columns.

/** The first row is the header; the first column is left-aligned, the others right-aligned. */
export function renderTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const [header, ...body] = rows;
  return [header ? line(header) : '', rule, ...body.map(line)].join('\n');
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value < 0.1) return value.toFixed(3);
  return value < 10 ? value.toFixed(2) : value.toFixed(0);
}

export function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
