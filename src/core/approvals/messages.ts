/** Sentences of the approval check, in zh-CN and en (the policy's words: 用户方确认签字, 或以上 …). */
import { formatMessage, type Catalogue, type Lang } from '../messages.ts';
import type { MessageParams } from '../problem.ts';

export const APPROVAL_MESSAGES: Catalogue = {
  'approvals/complete': {
    'zh-CN': '需要 {required} 项审批,已全部批准',
    en: 'All {required} required approvals given',
  },
  'approvals/missing': {
    // `progress` is per language: how many are missing (zh-CN), how many approved (en).
    'zh-CN': '需要 {required} 项审批,还差 {progress} 项:{who}',
    en: '{progress} of {required} required approvals: {who}',
  },
  'approvals/none-required': { 'zh-CN': '无需审批', en: 'No approval required' },
  'approvals/approved-by': { 'zh-CN': '已批准:{who}', en: 'Approved by {who}' },
  'approvals/rules': { 'zh-CN': '适用规则:{rules}', en: 'Rules: {rules}' },
  'approvals/otherwise': {
    'zh-CN': '没有专门规则,适用默认要求',
    en: 'No specific rule: the default applies',
  },
  'approvals/stale': {
    'zh-CN': '{name} 在提交 {commit} 上的批准已失效:{subject} 此后又有改动,需要重新批准',
    en: "{name}'s approval on commit {commit} no longer counts: {subject} changed after it, so it must be approved again",
  },
  'approvals/stale-no-commit': {
    'zh-CN': '{name} 的批准已失效:评审的提交已不存在(强制推送?),需要重新批准',
    en: "{name}'s approval no longer counts: the reviewed commit is gone (force-pushed?), so it must be approved again",
  },
  'approvals/changes-requested': {
    'zh-CN': '{name}({roles})要求修改:在其批准或该评审被撤销之前不能合并',
    en: '{name} ({roles}) requested changes: blocked until they approve or the review is dismissed',
  },
  'approvals/ignored-author': {
    'zh-CN': '作者 {login} 自己的评审不计入(作者不能批准自己的变更)',
    en: "The author {login}'s own review does not count (an author never approves their own change)",
  },
  'approvals/ignored-unknown': {
    'zh-CN': '{login} 不在 content/config/people.yaml 中,其评审不计入',
    en: '{login} is not in content/config/people.yaml: their review counts for nothing',
  },
  'approvals/ignored-deleted': {
    'zh-CN': '一条来自已删除账号的评审被跳过',
    en: 'A review by a deleted account was skipped',
  },
  'need/role': { 'zh-CN': '{role}尚未批准', en: 'a {role} has not approved' },
  'need/role-or-above': {
    'zh-CN': '{role}(或以上)尚未批准',
    en: 'a {role} (or above) has not approved',
  },
  'need/role-many': {
    'zh-CN': '还需 {count} 位{role}批准',
    en: '{count} more people with the role {role} have not approved',
  },
  'need/representative': {
    'zh-CN': '{customer}的客户代表尚未批准',
    en: 'the representative of {customer} has not approved',
  },
  'need/anyone': {
    'zh-CN': '还需一位 people.yaml 中的人员(作者以外)批准',
    en: 'someone in people.yaml other than the author has not approved',
  },
  'need/anyone-many': {
    'zh-CN': '还需 {count} 位 people.yaml 中的人员(作者以外)批准',
    en: '{count} more people in people.yaml other than the author have not approved',
  },
  'approver/representative': {
    'zh-CN': '{name}({customer}的客户代表)',
    en: '{name} (representative of {customer})',
  },
  'approver/paper': {
    'zh-CN': '{name}({customer}的客户代表,线下签字,{attester}见证)',
    en: '{name} (representative of {customer}, signed on paper, attested by {attester})',
  },
  'offline/forgery': {
    'zh-CN':
      '{id} 的线下签字写明由 {person} 见证,但 {person} 没有批准本拉取请求:见证无效。请由该项目经理在 GitHub 上批准,或改正 `attested_by`。',
    en: '{id} says its paper signature was attested by {person}, but {person} has not approved this pull request: the attestation is void. Have that project manager approve it on GitHub, or correct `attested_by`.',
  },
  'offline/attestation-stale': {
    'zh-CN':
      '{id} 的线下签字由 {person} 见证,但其批准之后文档或扫描件又有改动:请 {person} 重新批准。',
    en: "{id}'s paper signature is attested by {person}, but the document or the scan changed after their approval: {person} must approve again.",
  },
  'offline/attester-not-pm': {
    'zh-CN': '{id} 的线下签字见证人 {person} 不是项目管理人员:见证须由项目经理在拉取请求中批准。',
    en: "{id}'s paper signature names {person} as witness, who is not a project manager: the attestation must be a project manager's approving review.",
  },
  'offline/scan-not-attached': {
    'zh-CN': '{id} 的签字扫描件 `{scan}` 没有列在 `attachments` 中:请把扫描件加入附件。',
    en: "{id}'s signed scan `{scan}` is not listed in `attachments`: add it there.",
  },
  'offline/scan-missing': {
    'zh-CN': '{id} 的签字扫描件 `{scan}` 不在本次提交中:请把扫描件和变更单一起提交。',
    en: "{id}'s signed scan `{scan}` is not in the commit: commit the scan with the change request.",
  },
  'offline/scan-not-attachment': {
    'zh-CN':
      '{id} 的签字扫描件 `{scan}` 是 Docket 的文档或配置文件,不是扫描件:请提交签字表格的扫描件(PDF 或图片)。',
    en: "{id}'s signed scan `{scan}` is a Docket document or configuration file, not a scan: commit the scan of the signed form (a PDF or an image).",
  },
  'offline/scan-not-new': {
    'zh-CN':
      '{id} 的签字扫描件 `{scan}` 不是本拉取请求新增或修改的:签字只对签字时的内容有效。请把这次签字的扫描件和变更单在同一个拉取请求中提交。',
    en: "{id}'s signed scan `{scan}` is not added or changed by this pull request: a signature covers only the content it was given on. Commit the scan of this signature with the change, in this pull request.",
  },
  'offline/signer-unknown': {
    'zh-CN': '{id} 的签字人 {person} 不是受影响客户在 people.yaml 中登记的客户代表。',
    en: "{id}'s signatory {person} is not listed in people.yaml as the representative of a customer it affects.",
  },
  'offline/signer-has-login': {
    'zh-CN': '{person} 有 GitHub 账号 `{login}`,应在拉取请求中批准,纸质签字不作为凭证({id})。',
    en: '{person} has the GitHub login `{login}` and signs by approving the pull request; the paper form is not evidence ({id}).',
  },
  'pr/transition': {
    'zh-CN':
      '{id} 的状态从 `{from}` 改为 `{to}`,但 content/config/workflows.yaml 中没有允许的转换路径。请按流程逐步推进状态。',
    en: '{id} moves from `{from}` to `{to}`, which no path of transitions in content/config/workflows.yaml allows. Move it along the workflow.',
  },
  'pr/entry-state': {
    'zh-CN': '新文档 {id} 的状态是 `{status}`,新文档只能从 `{allowed}` 开始。',
    en: 'The new document {id} starts in `{status}`; a new document starts in `{allowed}`.',
  },
  'pr/deleted': {
    'zh-CN':
      '{id} 被删除了:文档从不删除,请改为取消或撤回(修改状态);要改编号请用 `docket renumber`,且不要同时修改内容。',
    en: '{id} was deleted: documents are never deleted; cancel or withdraw it instead (change its status). To change an ID use `docket renumber`, without other edits.',
  },
  'pr/renamed-by-hand': {
    'zh-CN': '{id} 从 `{before}` 被手工移动或改名:请恢复原路径;改编号请用 `docket renumber`。',
    en: '{id} was moved or renamed by hand from `{before}`: put it back; to change an ID use `docket renumber`.',
  },
  'pr/id-taken': {
    'zh-CN':
      '编号 {id} 在目标分支上已被占用(另一个拉取请求已合并同一编号):请先合并目标分支,再用 `docket renumber` 换一个空闲编号。',
    en: 'The ID {id} is already taken on the base branch (another pull request merged the same ID): merge the base branch, then `docket renumber` this document to a free ID.',
  },
};

/** A phrase in both languages, to be joined into a list parameter. */
export function phrase(id: string, params: MessageParams): Record<Lang, string> {
  return {
    'zh-CN': formatMessage(APPROVAL_MESSAGES, id, params, 'zh-CN'),
    en: formatMessage(APPROVAL_MESSAGES, id, params, 'en'),
  };
}

const SEPARATORS: Readonly<Record<Lang, string>> = { 'zh-CN': ';', en: '; ' };
const LIST_SEPARATORS: Readonly<Record<Lang, string>> = { 'zh-CN': '、', en: ', ' };

/** `name@zh-CN` and `name@en` parameters holding joined phrases. */
export function listParam(
  name: string,
  phrases: readonly Record<Lang, string>[],
  kind: 'clauses' | 'items' = 'clauses',
): Record<string, string> {
  const separators = kind === 'clauses' ? SEPARATORS : LIST_SEPARATORS;
  return {
    [`${name}@zh-CN`]: phrases.map((p) => p['zh-CN']).join(separators['zh-CN']),
    [`${name}@en`]: phrases.map((p) => p.en).join(separators.en),
  };
}
