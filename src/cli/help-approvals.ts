/** `--help` for the approval commands: pr-check, history and verify, in zh-CN and en. */
import type { Lang } from '../core/messages.ts';

type Help = Readonly<Record<Lang, string>>;

export const OVERVIEW_LINES: Help = {
  'zh-CN': `  pr-check                拉取请求能否合并:流程转换、谁已批准、还缺谁的审批(规则取自目标分支)
  history <编号> | --all   修改记录:日期、作者、改了什么、状态变化,以及签字及其是否仍有效
  verify                  核对 signoffs/ 中每份签字记录与 git 是否一致,报告未经签字合并的改动`,
  en: `  pr-check                may a pull request merge: transitions, who approved, who still must (rules from the base)
  history <ID> | --all    revision record: date, author, what changed, state moves, and sign-offs that still hold
  verify                  check every sign-off record in signoffs/ against git; report merges without sign-off`,
};

export const APPROVAL_HELP: Readonly<Record<string, Help>> = {
  'pr-check': {
    'zh-CN': `用法: docket pr-check --base 分支 --head 分支 --author 账号 [--reviews 文件] [--format text|json|github]

判断拉取请求能否合并。审批规则、人员、流程和 schema 一律取自 --base(目标分支),从不取自 --head。
对每个改动的文档:状态转换是否允许、适用哪些规则、谁已批准、还缺谁;批准后文档又被修改则该批准失效。
  --reviews 文件    GitHub「列出拉取请求的评审」接口返回的 JSON 数组(所有分页合并);不给则视为没有评审
  --author 账号     拉取请求作者的 GitHub 账号:作者本人的批准不计入
  --format github   GitHub 注解(最重要的在前),完整报告写入 $GITHUB_STEP_SUMMARY
退出码: 0 可以合并, 1 不能合并, 2 用法错误、评审文件格式不对或内部错误(从不当作通过)`,
    en: `Usage: docket pr-check --base REF --head REF --author LOGIN [--reviews FILE] [--format text|json|github]

Decides whether a pull request may merge. The approval policy, people, workflows and schemas always come
from --base (the target branch), never from --head. For each changed document: whether its state change is
allowed, which rules apply, who approved and who still must; an approval goes stale when the document changes after it.
  --reviews FILE    the JSON array GitHub's list-reviews endpoint returns (all pages concatenated); none: no reviews
  --author LOGIN    the pull request's author: their own approval never counts
  --format github   GitHub annotations (the most relevant first), the full report in $GITHUB_STEP_SUMMARY
Exit codes: 0 may merge, 1 may not, 2 usage error, a malformed reviews file or an internal error (never a pass)`,
  },
  history: {
    'zh-CN': `用法: docket history <编号> [--format text|json]
      docket history --all [--format text|json]

文档的修改记录(修改记录):日期、作者、改了什么、状态变化,取自 git(一次 git log 读完整个仓库);
以及 signoffs/ 中的签字记录,签字后文档又被修改的标为「需要重新确认」。
退出码: 0 正常, 1 编号不存在, 2 用法错误或读取 git 失败`,
    en: `Usage: docket history <ID> [--format text|json]
       docket history --all [--format text|json]

A document's revision record: date, author, what changed and state moves, from git (one git log pass
over the repository), with its sign-offs from signoffs/; a sign-off of content edited since is marked
"needs re-confirmation".
Exit codes: 0 ok, 1 unknown ID, 2 usage error or git unreadable`,
  },
  verify: {
    'zh-CN': `用法: docket verify [--format text|json]

离线核对 signoffs/ 中的每份签字记录:合并提交中的文档指纹与记录一致、签字人当时在目标分支的
人员配置中担任该角色;未经所需签字就合并的改动(「未经签字合并」)排在最前面报告。
退出码: 0 全部成立, 1 有问题(包括未经签字合并), 2 用法错误或读取 git 失败`,
    en: `Usage: docket verify [--format text|json]

Checks every sign-off record in signoffs/ offline: the document fingerprints match the merge commit, and
the people held their roles in the base's people.yaml at the time; changes "merged without sign-off" are
reported first.
Exit codes: 0 every record holds, 1 any problem (a merge without sign-off included), 2 usage or git error`,
  },
};
