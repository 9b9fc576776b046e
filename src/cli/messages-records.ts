/** Messages of `docket history`, `docket verify` and the sign-off lines of `docket show`. */
import type { Catalogue } from '../core/messages.ts';

export const RECORD_MESSAGES: Catalogue = {
  'history/needs-id': {
    'zh-CN': '请给出一个编号(`docket history REQ-0001`),或用 `--all` 查看全部文档。',
    en: 'Give one ID (`docket history REQ-0001`), or `--all` for every document.',
  },
  'history/unknown-id': {
    'zh-CN': 'git 历史中没有编号为 `{value}` 的文档(尚未提交的文档没有修改记录)。',
    en: 'No document with the ID `{value}` in the git history (a document not committed yet has no revisions).',
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
};
