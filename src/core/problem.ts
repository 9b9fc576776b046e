/**
 * Problems are data: every check returns them, nothing throws for bad input.
 * The message is a catalogue key plus parameters, so the core stays language-neutral
 * and the report layer renders zh-CN or en (see messages.ts).
 */
export type Severity = 'error' | 'warning';

/** 1-based line and character column (a BOM is not counted). */
export interface Position {
  line: number;
  col: number;
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** A problem found in a text before anyone knows which file it came from. */
export interface Issue extends Position {
  severity: Severity;
  /** Stable rule id, e.g. `yaml/syntax`, `schema/required`, `link/unresolved`. */
  rule: string;
  /** Message catalogue key (usually the rule id) and its parameters. */
  message: string;
  params: MessageParams;
}

/** An issue that has been attached to a repository-relative path (`/` separators). */
export interface Problem extends Issue {
  path: string;
}

export function createIssue(
  rule: string,
  at: Position,
  params: MessageParams = {},
  severity: Severity = 'error',
  message = rule,
): Issue {
  return { rule, message, params, severity, line: at.line, col: at.col };
}

export function attachPath(path: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => ({ ...issue, path }));
}

/** A path into a document's data: property names and array indexes. */
export type DataPath = readonly (string | number)[];

/**
 * An issue about a value in a document's data. Its line and column are found later, and only
 * for issues that are reported (locating needs a second, slower parse).
 */
export interface DataIssue extends Omit<Issue, 'line' | 'col'> {
  pointer: DataPath;
  /** `key` for unknown keys (point at the key itself), `value` otherwise. */
  target: 'key' | 'value';
}

export function createDataIssue(
  rule: string,
  pointer: DataPath,
  params: MessageParams = {},
  severity: Severity = 'error',
  target: 'key' | 'value' = 'value',
): DataIssue {
  return { rule, message: rule, params, severity, pointer, target };
}

/** `evaluation.opinions[0].aspect` — how paths are shown to people. */
export function formatDataPath(pointer: DataPath): string {
  return pointer.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    '',
  );
}
