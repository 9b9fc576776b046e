/** The few error classes the CLI knows; scripts/docket.ts turns them into one line and an exit code. */
import { SetupError } from '../app/errors.ts';
import { ContentSourceError } from '../core/ports/content-source.ts';
import { localizedParam, type Lang } from '../core/messages.ts';
import type { MessageParams } from '../core/problem.ts';

/** A mistake in how the command was called (exit 2). Carries a catalogue message. */
export class UsageError extends Error {
  readonly messageId: string;
  readonly params: MessageParams;
  constructor(messageId: string, params: MessageParams = {}) {
    super(messageId);
    this.name = 'UsageError';
    this.messageId = messageId;
    this.params = params;
  }
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** What failed, as a catalogue message: the one line an entry point prints before it exits 2. */
export interface Failure {
  messageId: string;
  params: MessageParams;
}

/** Errors the system reports about a file or the disk: the user's to fix, not Docket's bugs. */
const SYSTEM_CAUSES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  EACCES: { 'zh-CN': '没有权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '不允许这样操作', en: 'operation not permitted' },
  ENOSPC: { 'zh-CN': '磁盘已满', en: 'the disk is full' },
  EDQUOT: { 'zh-CN': '超出磁盘配额', en: 'the disk quota is used up' },
  EROFS: { 'zh-CN': '文件系统只读', en: 'the file system is read-only' },
  EIO: { 'zh-CN': '磁盘读写出错', en: 'the disk reported an I/O error' },
  EISDIR: { 'zh-CN': '它是一个文件夹', en: 'it is a folder' },
  ENOTDIR: { 'zh-CN': '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  ENOENT: { 'zh-CN': '它不存在', en: 'it does not exist' },
  ELOOP: { 'zh-CN': '符号链接层数过多或成环', en: 'too many symbolic links, or a loop' },
  EMFILE: { 'zh-CN': '打开的文件太多', en: 'too many open files' },
  ENFILE: { 'zh-CN': '系统打开的文件太多', en: 'too many open files in the system' },
  ENAMETOOLONG: { 'zh-CN': '文件名太长', en: 'the name is too long' },
  EBUSY: { 'zh-CN': '它正被占用', en: 'it is busy' },
};

export function describeFailure(error: unknown): Failure {
  if (error instanceof UsageError || error instanceof SetupError)
    return { messageId: error.messageId, params: error.params };
  if (error instanceof ContentSourceError)
    return {
      messageId: `content/${error.failure}`,
      params: { path: error.path, reason: error.reason },
    };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = code === undefined ? undefined : SYSTEM_CAUSES[code];
  if (code !== undefined && cause) {
    const { path = '', syscall = '' } = error as NodeJS.ErrnoException;
    return {
      messageId: path ? 'system/io' : 'system/io-no-path',
      params: { path, syscall, code, ...localizedParam('cause', cause) },
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { messageId: 'internal/error', params: { reason } };
}
