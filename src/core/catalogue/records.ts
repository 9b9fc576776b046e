/** Messages of `docket history`, `docket verify` and the sign-off lines of `docket show`. */
import type { Catalogue } from '../messages.ts';

export const RECORD_MESSAGES: Catalogue = {
  'history/needs-id': {
    'zh-CN': '请给出一个编号(`docket history REQ-0001`),或用 `--all` 查看全部文档。',
    en: 'Give one ID (`docket history REQ-0001`), or `--all` for every document.',
  },
  'history/unknown-id': {
    'zh-CN': 'git 历史中没有编号为 `{value}` 的文档(尚未提交的文档没有修改记录)。',
    en: 'No document with the ID `{value}` in the git history (a document not committed yet has no revisions).',
  },
  'history/shallow': {
    'zh-CN':
      '这是一个浅克隆:最早那次提交之前的历史缺失,修改记录会把它当成每个文档的创建。请取得完整历史(`git fetch --unshallow`;CI 中用 `fetch-depth: 0`)。',
    en: "This is a shallow clone: the history before its oldest commit is missing, and the revision record would take that commit for every document's creation. Fetch the whole history (`git fetch --unshallow`; in CI, `fetch-depth: 0`).",
  },
  'history/git-failed': {
    'zh-CN':
      '无法读取 git 历史:{reason}。请在 git 仓库中运行(CI 中需要完整历史:`fetch-depth: 0`)。',
    en: 'Cannot read the git history: {reason}. Run this inside a git repository (in CI, with full history: `fetch-depth: 0`).',
  },
  'history/title': { 'zh-CN': '修改记录', en: 'Revision record' },
  'history/deleted': {
    'zh-CN': '(已删除,最后路径 {path})',
    en: '(deleted; last path {path})',
  },
  'history/col-date': { 'zh-CN': '日期', en: 'Date' },
  'history/col-author': { 'zh-CN': '修改人', en: 'Author' },
  'history/col-change': { 'zh-CN': '修改内容', en: 'What changed' },
  'history/col-state': { 'zh-CN': '状态变化', en: 'State' },
  'history/col-commit': { 'zh-CN': '提交', en: 'Commit' },
  'history/created': { 'zh-CN': '创建', en: 'created' },
  'history/deleted-change': { 'zh-CN': '删除', en: 'deleted' },
  'history/renamed': { 'zh-CN': '改编号 {from} → {to}', en: 'renumbered {from} → {to}' },
  'history/moved': { 'zh-CN': '移动自 {from}', en: 'moved from {from}' },
  'history/fields': { 'zh-CN': '修改 {fields}', en: 'changed {fields}' },
  'history/pull-request': { 'zh-CN': '合并请求 #{number}', en: 'pull request #{number}' },
  'history/signoffs-title': { 'zh-CN': '签字记录', en: 'Sign-offs' },
  'history/no-signoffs': {
    'zh-CN': '没有签字记录(signoffs/ 中没有提到此文档的记录)。',
    en: 'No sign-offs (no record in signoffs/ names this document).',
  },
  'history/signoff-review': {
    'zh-CN':
      '{date}  {name}({roles})@{login} 在 #{number} 中批准{move},评审 {review},评审的提交 {commit}',
    en: '{date}  {name} ({roles}) @{login} approved{move} in #{number}, review {review} on commit {commit}',
  },
  'history/signoff-paper': {
    'zh-CN':
      '{date}  {name}({roles})线下签字{move},扫描件 {scan}(SHA-256 {hash}…),由 {attestedBy} 见证,#{number}',
    en: '{date}  {name} ({roles}) signed on paper{move}, scan {scan} (SHA-256 {hash}…), attested by {attestedBy}, #{number}',
  },
  'history/unsigned': {
    'zh-CN': '✖ 未经签字即合并:{date} 的 {what} 缺少:{missing}',
    en: '✖ Merged without sign-off: {what} on {date} lacked: {missing}',
  },
  'history/needs-reconfirmation': {
    'zh-CN':
      '⚠ 需重新确认:{date} 签字(#{number})之后内容又被修改:{edits}。签字已失效,需要重新签字。',
    en: '⚠ Needs re-confirmation: the content changed after the sign-off of {date} (#{number}): {edits}. The sign-off has lapsed until it is signed again.',
  },
  'history/confirmed': {
    'zh-CN': '✔ 当前内容与 {date} 的签字(#{number})一致。',
    en: '✔ The content is what was signed on {date} (#{number}).',
  },
  'history/direct-push': { 'zh-CN': '直接推送 {commit}', en: 'direct push {commit}' },
  'show/needs-reconfirmation': {
    'zh-CN': '需重新确认:{date} 签字后内容已修改({count} 次),运行 `docket history {id}` 查看',
    en: 'needs re-confirmation: changed {count} time(s) after the sign-off of {date}; see `docket history {id}`',
  },
  'show/signed': {
    'zh-CN': '{date} 已签字(#{number}),内容未变',
    en: 'signed on {date} (#{number}), unchanged since',
  },
  'show/signoff-label': { 'zh-CN': '签字', en: 'Sign-off' },
  'verify/merge-commit-missing': {
    'zh-CN':
      '合并提交 {commit} 不在本仓库中:记录无法核对(克隆是否不完整?CI 中请用 `fetch-depth: 0`)。',
    en: 'The merge commit {commit} is not in this clone: the record cannot be checked (a shallow clone? use `fetch-depth: 0` in CI).',
  },
  'verify/base-mismatch': {
    'zh-CN': '记录的基准提交 {commit} 不是合并提交的第一个父提交({actual}):记录被改过或写错了。',
    en: "The recorded base {commit} is not the merge commit's first parent ({actual}): the record was altered or is wrong.",
  },
  'verify/merged-without-signoff': {
    'zh-CN': '未经签字即合并:缺少 {missing}。请补签(新的合并请求)或在评审中说明原因。',
    en: 'Merged without sign-off: missing {missing}. Get the sign-offs (a new pull request) or document why.',
  },
  'verify/signed-but-missing': {
    'zh-CN': '记录自称“已签字”,却列出了缺少的审批:记录自相矛盾。',
    en: 'The record says “signed” yet lists missing sign-offs: it contradicts itself.',
  },
  'verify/document-missing': {
    'zh-CN': '{id} 在合并提交中不存在({path}):签字对应的文档找不到。',
    en: '{id} is not at the merge commit ({path}): the signed document cannot be found.',
  },
  'verify/fingerprint-mismatch': {
    'zh-CN': '{id}({path})在合并提交中的内容与签字时的指纹不一致:签字的不是合并进来的内容。',
    en: '{id} ({path}) at the merge commit does not match the signed fingerprint: what was signed is not what was merged.',
  },
  'verify/approval-other-content': {
    'zh-CN': '{person} 批准的 {id} 与合并进来的版本不同(批准已过时)。',
    en: '{person} approved a version of {id} other than the one merged (a stale approval).',
  },
  'verify/people-unreadable': {
    'zh-CN': '无法读取基准提交 {commit} 上的 people.yaml:无法核对角色。',
    en: 'people.yaml cannot be read on the base {commit}: roles cannot be checked.',
  },
  'verify/unknown-person': {
    'zh-CN': '签字人 `{person}` 不在当时(基准提交)的 people.yaml 中。',
    en: 'The signer `{person}` is not in people.yaml as it stood on the base.',
  },
  'verify/role-not-held': {
    'zh-CN': '`{person}` 在当时(基准提交)并不担任角色 `{role}`。',
    en: '`{person}` did not hold the role `{role}` on the base.',
  },
  'verify/wrong-customer': {
    'zh-CN': '`{person}` 当时不是客户 {customer} 的代表。',
    en: '`{person}` did not represent the customer {customer} on the base.',
  },
  'verify/login-mismatch': {
    'zh-CN': '评审账号 `{login}` 不是 `{person}` 在当时 people.yaml 中的 GitHub 账号。',
    en: 'The reviewing login `{login}` is not the GitHub login of `{person}` in people.yaml on the base.',
  },
  'verify/review-incomplete': {
    'zh-CN': '`{person}` 的评审签字缺少评审 ID 或评审的提交。',
    en: 'The review sign-off of `{person}` lacks its review ID or reviewed commit.',
  },
  'verify/paper-incomplete': {
    'zh-CN': '`{person}` 的纸质签字缺少扫描件信息。',
    en: 'The paper sign-off of `{person}` lacks its scan.',
  },
  'verify/paper-with-login': {
    'zh-CN': '`{person}` 有 GitHub 账号 `{login}`,应通过评审签字,而不是纸质签字。',
    en: '`{person}` has the GitHub login `{login}` and signs by review, not on paper.',
  },
  'verify/scan-missing': {
    'zh-CN': '扫描件 {scan} 在合并提交中不存在。',
    en: 'The scan {scan} is not at the merge commit.',
  },
  'verify/scan-mismatch': {
    'zh-CN': '扫描件 {scan} 的 SHA-256 与记录不一致:扫描件被替换过。',
    en: 'The scan {scan} does not match its recorded SHA-256: it was replaced.',
  },
  'verify/attestation-missing': {
    'zh-CN': '纸质签字的见证人 `{person}` 不是当时的项目经理,或记录中没有他本人的批准评审。',
    en: "The paper sign-off's attester `{person}` was not a project manager on the base, or their own approving review is not in the record.",
  },
  'verify/clean': {
    'zh-CN': '✔ 已核对 {records} 条签字记录,全部与 git 一致。',
    en: '✔ Checked {records} sign-off records: all match git.',
  },
  'verify/summary': {
    'zh-CN': '✖ {records} 条签字记录中发现 {problems} 个问题,其中 {unsigned} 次未经签字即合并。',
    en: '✖ {problems} problem(s) in {records} sign-off records; {unsigned} merged without sign-off.',
  },
  'verify/unsigned-banner': {
    'zh-CN': '✖ 未经签字即合并:{what}({date},合并人 {by})',
    en: '✖ MERGED WITHOUT SIGN-OFF: {what} ({date}, merged by {by})',
  },
  'signoff/json': {
    'zh-CN': '签字记录不是有效的 JSON:{reason}。签字记录由记录任务生成,请勿手工编辑。',
    en: 'The sign-off record is not valid JSON: {reason}. Records are written by the record job; do not edit them by hand.',
  },
  'signoff/misnamed': {
    'zh-CN': '签字记录的文件名与内容不符,应为 {expected}。',
    en: 'The sign-off record is in the wrong file; it belongs in {expected}.',
  },
};
