/** Plain-text tables that line up with Chinese text (wide characters take two columns). */
import stringWidth from 'string-width';

export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  alignRight: ReadonlySet<number> = new Set(),
): string[] {
  const widths = header.map((cell, column) =>
    Math.max(stringWidth(cell), ...rows.map((row) => stringWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - stringWidth(cell));
        return alignRight.has(column) ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)];
}
