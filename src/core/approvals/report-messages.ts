/** Words of the pull-request check's reports (headline, section titles), in zh-CN and en. */
import type { Catalogue } from '../messages.ts';

export const CHECK_MESSAGES: Catalogue = {
  'check/pass': {
    'zh-CN': '可以合并:{count} 项改动的审批均已齐全',
    en: 'May merge: all {count} changed items have their approvals',
  },
  'check/fail': { 'zh-CN': '不能合并:{reasons}', en: 'May not merge: {reasons}' },
  'check/reason-approvals': {
    'zh-CN': '{count} 项改动还缺审批',
    en: '{count} changed item(s) still need approvals',
  },
  'check/reason-blocks': {
    'zh-CN': '{count} 人要求修改',
    en: '{count} reviewer(s) requested changes',
  },
  'check/reason-problems': { 'zh-CN': '{count} 个错误', en: '{count} error(s)' },
  'check/error-reviews': {
    'zh-CN':
      '评审文件 {file} 不是 GitHub「列出拉取请求的评审」接口返回的格式:`{at}` 应为 {expected}。请保存该接口的完整 JSON 数组(所有分页合并)。',
    en: "The reviews file {file} is not what GitHub's list-reviews endpoint returns: `{at}` should be {expected}. Save that endpoint's whole JSON array (all pages concatenated).",
  },
  'check/error-reviews-json': {
    'zh-CN': '评审文件 {file} 不是合法的 JSON:{reason}。',
    en: 'The reviews file {file} is not valid JSON: {reason}.',
  },
  'check/error-ref': {
    'zh-CN': '在本仓库中找不到提交 `{ref}`:请先 `git fetch`,或检查 `--base` / `--head`。',
    en: 'No commit `{ref}` in this repository: run `git fetch` first, or check `--base` / `--head`.',
  },
  'check/error-base-config': {
    'zh-CN': '目标分支 `{ref}` 的配置无法使用({path}):审批规则只从目标分支读取,请先修好目标分支。',
    en: 'The base branch `{ref}` has unusable configuration ({path}): approval rules are only read from the base, so fix the base first.',
  },
  'report/title': { 'zh-CN': 'Docket 审批检查', en: 'Docket approval check' },
  'report/documents': { 'zh-CN': '改动的文档和文件', en: 'Documents and files changed' },
  'report/column-item': { 'zh-CN': '文档', en: 'Document' },
  'report/column-change': { 'zh-CN': '改动', en: 'Change' },
  'report/column-approvals': { 'zh-CN': '审批', en: 'Approvals' },
  'report/blocks': { 'zh-CN': '阻止合并', en: 'Blocking' },
  'report/problems': { 'zh-CN': '问题({count})', en: 'Problems ({count})' },
  'report/impact': { 'zh-CN': '影响范围', en: 'Impact' },
  'report/notes': { 'zh-CN': '说明', en: 'Notes' },
  'report/suspect': {
    'zh-CN': '可疑链接:{changed} 改动后,{linked}({relation})需要复核',
    en: 'Suspect link: {linked} ({relation}) needs a second look now that {changed} changed',
  },
  'report/changed': {
    'zh-CN': '本变更单改动需求 {id}',
    en: 'This change request changes requirement {id}',
  },
  'report/changed-signed': {
    'zh-CN': '⚠ 本变更单改动已签字的需求 {id}:客户已签字的需求确认书将与之不符,需要重新确认',
    en: "⚠ This change request changes the signed requirement {id}: the customer's signed confirmation no longer matches it and must be confirmed again",
  },
  'report/change-requests': { 'zh-CN': '涉及的变更单:{ids}', en: 'Change requests touched: {ids}' },
  'report/releases': { 'zh-CN': '涉及的版本:{ids}', en: 'Releases touched: {ids}' },
  'report/customer': { 'zh-CN': '受影响的客户:{name}', en: 'Customer affected: {name}' },
  'report/customer-signed': {
    'zh-CN': '受影响的客户:{name}(其已签字文档将变动:{ids})',
    en: 'Customer affected: {name} (signed documents that change: {ids})',
  },
  'report/lapse': {
    'zh-CN': '⚠ {id} 处于已签字状态 `{status}`({customers}已确认):合并后该签字失效,需要重新确认',
    en: '⚠ {id} is signed (state `{status}`, confirmed by {customers}): merging makes that sign-off lapse until it is confirmed again',
  },
  'report/lapse-dated': {
    'zh-CN': '⚠ {id} 的内容已于 {date} 由 {people} 签字确认:合并后该签字失效,需要重新确认',
    en: '⚠ {id} was signed by {people} on {date}: merging makes that sign-off lapse until it is confirmed again',
  },
  'report/truncated': {
    'zh-CN': '…内容过长,已省略 {count} 行。完整报告见本次检查的任务摘要(job summary)。',
    en: '… too long: {count} lines left out. The full report is in the check’s job summary.',
  },
  'report/added': { 'zh-CN': '新增', en: 'added' },
  'report/modified': { 'zh-CN': '修改', en: 'modified' },
  'report/deleted': { 'zh-CN': '删除', en: 'deleted' },
  'report/renumbered': { 'zh-CN': '改编号(原 {previous})', en: 'renumbered (was {previous})' },
  'relation/parent': { 'zh-CN': '上级需求', en: 'parent' },
  'relation/child': { 'zh-CN': '下级需求', en: 'child' },
  'relation/depends-on': { 'zh-CN': '被依赖的需求', en: 'depended on' },
  'relation/dependant': { 'zh-CN': '依赖它的需求', en: 'dependant' },
};
