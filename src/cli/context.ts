/**
 * What every command needs from its surroundings: the repository root, the language, the
 * output streams, and whether a person is watching (progress) or a machine (CI).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot, readText } from '../adapters/fs.ts';
import { CONFIG_FILES } from '../core/layout.ts';
import { formatMessage, parseLang, type Lang } from '../core/messages.ts';
import { parseConfigText } from '../core/parse.ts';
import type { MessageParams } from '../core/problem.ts';
import { ALL_MESSAGES } from '../core/catalogue.ts';
import { UsageError } from './errors.ts';

export interface Context {
  root: string;
  cwd: string;
  lang: Lang;
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  /** A terminal a person watches: prompts are welcome. */
  interactive: boolean;
  /** Rewrites one status line on stderr; absent when stderr is not a terminal or CI is set. */
  progress?: (line: string) => void;
  t: (id: string, params?: MessageParams) => string;
}

export interface Streams {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdinIsTTY: boolean;
}

/** Language: `--lang`, then DOCKET_LANG, then the repository default, then the locale. */
export function resolveLang(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  repoDefault: string | undefined,
): Lang {
  if (flag !== undefined) {
    const lang = parseLang(flag);
    if (!lang) throw new UsageError('usage/lang', { value: flag });
    return lang;
  }
  return (
    parseLang(env['DOCKET_LANG']) ??
    parseLang(repoDefault) ??
    parseLang(env['LC_ALL'] ?? env['LC_MESSAGES'] ?? env['LANG']) ??
    'zh-CN'
  );
}

export function createContext(streams: Streams, langFlag: string | undefined): Context {
  const root = findRoot(streams.cwd);
  const lang = resolveLang(langFlag, streams.env, root ? readDefaultLanguage(root) : undefined);
  const t = (id: string, params: MessageParams = {}) =>
    formatMessage(ALL_MESSAGES, id, params, lang);
  if (!root) throw new UsageError('usage/no-repository', { cwd: streams.cwd });
  return {
    root,
    cwd: streams.cwd,
    lang,
    env: streams.env,
    out: (line) => streams.stdout.write(`${line}\n`),
    err: (line) => streams.stderr.write(`${line}\n`),
    interactive: streams.stdinIsTTY && streams.stdout.isTTY === true && !streams.env['CI'],
    ...(streams.stderr.isTTY === true && !streams.env['CI']
      ? { progress: (line: string) => streams.stderr.write(`\r\x1b[K${line}`) }
      : {}),
    t,
  };
}

/** A quick look at the repository default; a broken file is reported by `validate`, not here. */
export function readDefaultLanguage(root: string): string | undefined {
  const path = CONFIG_FILES.settings.path;
  if (!existsSync(join(root, path))) return undefined;
  // The same safe loader as every document (no aliases, no tags); a broken file just means no default.
  const parsed = parseConfigText(readText(root, path));
  const language = parsed.ok ? parsed.doc.data['default_language'] : undefined;
  return typeof language === 'string' ? language : undefined;
}
