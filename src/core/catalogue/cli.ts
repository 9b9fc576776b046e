/** The CLI's own usage, setup, validate and summary messages. */
import type { Catalogue } from '../messages.ts';

export const CLI_MESSAGES: Catalogue = {
  'usage/lang': {
    'zh-CN': '不支持的语言 `{value}`:请用 `zh-CN` 或 `en`。',
    en: 'Unsupported language `{value}`: use `zh-CN` or `en`.',
  },
  'usage/no-repository': {
    'zh-CN': '在 {cwd} 及其上级目录中找不到 content/config:请在 Docket 仓库中运行。',
    en: 'No content/config in {cwd} or above: run this inside a Docket repository.',
  },
  'usage/unknown-command': {
    'zh-CN': '未知命令 `{value}`。可用命令:{commands}。运行 `docket --help` 查看说明。',
    en: 'Unknown command `{value}`. Commands: {commands}. Run `docket --help`.',
  },
  'usage/bad-option': {
    'zh-CN': '参数有误:{reason}。运行 `docket {command} --help` 查看用法。',
    en: 'Bad arguments: {reason}. Run `docket {command} --help` for usage.',
  },
  'usage/unknown-option': {
    'zh-CN': '`docket {command}` 没有参数 `{option}`。运行 `docket {command} --help` 查看用法。',
    en: '`docket {command}` has no option `{option}`. Run `docket {command} --help` for usage.',
  },
  'usage/option-value': {
    'zh-CN':
      '参数 `{option}` 需要一个值(以 `-` 开头的值请写成 `{option}=值`)。运行 `docket {command} --help` 查看用法。',
    en: 'The option `{option}` needs a value (write a value starting with `-` as `{option}=value`). Run `docket {command} --help` for usage.',
  },
  'usage/bad-value': {
    'zh-CN': '`--{option}` 的值 `{value}` 无效:{expected}。',
    en: '`--{option}` has `{value}`, which is not valid: {expected}.',
  },
  'usage/missing-option': {
    'zh-CN': '`docket {command}` 需要参数 `{option}`。运行 `docket {command} --help` 查看用法。',
    en: '`docket {command}` needs `{option}`. Run `docket {command} --help` for usage.',
  },
  'usage/no-such-path': {
    'zh-CN': '路径 `{value}` 不存在,或不在本仓库中。',
    en: 'The path `{value}` does not exist or is outside this repository.',
  },
  'usage/reviews-missing': {
    'zh-CN': '评审文件 `{value}` 不存在。',
    en: 'The reviews file `{value}` does not exist.',
  },
  'usage/reviews-not-a-file': {
    'zh-CN': '评审文件 `{value}` 不是普通文件(而是文件夹、链接或管道):请给出保存下来的 JSON 文件。',
    en: 'The reviews file `{value}` is not a plain file (a folder, a link or a pipe): give the saved JSON file.',
  },
  'usage/reviews-too-large': {
    'zh-CN': '评审文件 `{value}` 超过 64 MiB,不是 GitHub 评审列表的大小。',
    en: "The reviews file `{value}` is larger than 64 MiB, far more than GitHub's list of reviews.",
  },
  'setup/schema-missing': {
    'zh-CN':
      '仓库缺少 schema 文件:{files}。请从 Docket 恢复 schemas/ 文件夹(例如 `git checkout -- schemas`)。',
    en: 'The repository lacks schema files: {files}. Restore the schemas/ folder from Docket (e.g. `git checkout -- schemas`).',
  },
  'setup/schema-invalid': {
    'zh-CN':
      'schema 文件 {path} 无法使用:{reason}。请修正它,或从 Docket 恢复(`git checkout -- schemas`)。',
    en: 'The schema file {path} cannot be used: {reason}. Fix it, or restore it from Docket (`git checkout -- schemas`).',
  },
  'content/io': {
    'zh-CN': '无法读写 {path}:{reason}。请检查文件权限和磁盘空间后再运行。',
    en: 'Cannot read or write {path}: {reason}. Check the file permissions and free disk space, then run again.',
  },
  'content/bad-revision': {
    'zh-CN': '`{path}` 不是本仓库中的提交(分支名、标签或提交号,不能以 `-` 开头)。',
    en: '`{path}` is not a commit in this repository (give a branch, tag or commit id; it cannot start with `-`).',
  },
  'content/git': {
    'zh-CN': 'git 执行失败({path}):{reason}。请确认已安装 git,且当前目录是一个 git 仓库。',
    en: 'git failed ({path}): {reason}. Check that git is installed and this is a git repository.',
  },
  'github/summary-unwritable': {
    'zh-CN': '警告:无法写入作业摘要 {file}({reason});检查结果不受影响。',
    en: 'Warning: the job summary {file} could not be written ({reason}); the result stands.',
  },
  'system/io': {
    'zh-CN': '无法读写 `{path}`:{cause}({code},{syscall})。请检查权限、磁盘空间和路径后重试。',
    en: 'Could not use `{path}`: {cause} ({code}, {syscall}). Check the permissions, the free space and the path, then try again.',
  },
  'system/io-no-path': {
    'zh-CN': '读写失败:{cause}({code},{syscall})。请检查权限和磁盘空间后重试。',
    en: 'A read or write failed: {cause} ({code}, {syscall}). Check the permissions and the free space, then try again.',
  },
  'internal/error': {
    'zh-CN':
      '内部错误:{reason}。这是 Docket 的缺陷,请把这条信息和 `docket --version` 的输出一起报告给维护者。',
    en: 'Internal error: {reason}. This is a bug in Docket; please report it with the output of `docket --version`.',
  },
  'validate/clean': {
    'zh-CN': '✔ 已检查 {documents} 个文档,没有发现问题。',
    en: '✔ Checked {documents} documents: no problems found.',
  },
  'validate/summary': {
    'zh-CN': '{mark} {errors} 个错误,{warnings} 个警告(已检查 {documents} 个文档)。',
    en: '{mark} {errors} error(s), {warnings} warning(s) in {documents} documents.',
  },
  'validate/too-many-warnings': {
    'zh-CN': '警告数 {warnings} 超过了 `--max-warnings {limit}`。',
    en: '{warnings} warnings exceed `--max-warnings {limit}`.',
  },
  'summary/title': {
    'zh-CN': 'Docket 内容概览({root})— 站点尚未建成,先检查内容',
    en: 'Docket content summary ({root}) — the site is not built yet, so this checks the content',
  },
  'validate/progress': { 'zh-CN': '正在检查… {done}/{total}', en: 'Checking… {done}/{total}' },
};
