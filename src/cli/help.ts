/** `docket --help` and `docket COMMAND --help`, in zh-CN and en. */
import type { Lang } from '../core/messages.ts';

type Help = Readonly<Record<Lang, string>>;

const OVERVIEW: Help = {
  'zh-CN': `docket — 把客户需求、变更单、客户档案和版本作为文档放进 git

用法: docket <命令> [参数] [--lang zh-CN|en]

命令:
  validate [路径…]        检查文档和配置(格式、必填字段、编号、链接、日期)
  new <类型>              新建文档: requirement | change | customer | release
                          或客户记录: visit | complaint | service-request | survey --customer ID
  renumber <旧编号> <新编号>  改编号,并改写所有引用它的地方
  list [类型]             列出需求等(按优先级排序),可筛选,支持 --format json|csv
  show <编号>             查看一个文档的进度:状态、优先级、负责人、本阶段已用天数、是否超期

退出码: 0 正常(或只有警告), 1 发现错误, 2 用法错误或内部错误
运行 docket <命令> --help 查看各命令的参数。`,
  en: `docket — customer requirements, change requests, customer files and releases as documents in git

Usage: docket <command> [options] [--lang zh-CN|en]

Commands:
  validate [paths…]       check documents and configuration (schema, required fields, IDs, links, dates)
  new <kind>              create a document: requirement | change | customer | release
                          or a customer record: visit | complaint | service-request | survey --customer ID
  renumber <old> <new>    change an ID and rewrite every link to it
  list [kind]             list requirements and more (sorted by priority), with filters; --format json|csv
  show <ID>               one document's progress: status, priority, owner, days in stage, overdue

Exit codes: 0 clean (or warnings only), 1 problems found, 2 usage or internal error
Run docket <command> --help for its options.`,
};

const COMMANDS: Readonly<Record<string, Help>> = {
  validate: {
    'zh-CN': `用法: docket validate [路径…] [--format text|json|github] [--max-warnings N] [--base REF]

检查整个仓库(编号和链接需要全部文档);给出路径时只报告这些文件的问题。
每个问题一行: 路径:行:列  级别  规则  说明
  --format github   输出 GitHub 注解(改动过的文件排在前面,可用 --base 指定对比分支),
                    并把完整列表写入 $GITHUB_STEP_SUMMARY
  --max-warnings N  警告超过 N 个也算失败
从不修改文件,也不读取当前日期。`,
    en: `Usage: docket validate [paths…] [--format text|json|github] [--max-warnings N] [--base REF]

Checks the whole repository (IDs and links need every document); with paths, reports problems in those files only.
One line per problem: path:line:col  severity  rule  message
  --format github   GitHub annotations (changed files first; --base names the branch to compare with),
                    and the full list in $GITHUB_STEP_SUMMARY
  --max-warnings N  fail when there are more than N warnings
Never modifies a file and never reads the clock.`,
  },
};

export function printHelp(lang: Lang, command: string | undefined): void {
  const help = (command !== undefined ? COMMANDS[command] : undefined) ?? OVERVIEW;
  console.log(help[lang]);
}

