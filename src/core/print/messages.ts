/** The printed forms' own words (field names come from the schemas), in zh-CN and en. */
import type { Catalogue } from '../messages.ts';

export const PRINT_MESSAGES: Catalogue = {
  'print/confirmation': { 'zh-CN': '需求确认书', en: 'Requirements confirmation' },
  'print/change-form': { 'zh-CN': '需求变更确认单', en: 'Change request confirmation' },
  'print/index': { 'zh-CN': '可打印文档', en: 'Printable documents' },
  'print/index-intro': {
    'zh-CN': '按 A4 排版,用浏览器的“打印”输出或另存为 PDF。',
    en: 'Laid out for A4: print them or save them as PDF from the browser.',
  },
  'print/none': {
    'zh-CN': '此站点没有可打印的文档。',
    en: 'This site has no printable documents.',
  },
  'print/sheet-title': {
    'zh-CN': '{customer} · {release} 需求确认书',
    en: 'Requirements confirmation: {customer}, {release}',
  },
  'print/control': { 'zh-CN': '文档控制', en: 'Document control' },
  'print/organisation': { 'zh-CN': '编制单位', en: 'Prepared by' },
  'print/customer': { 'zh-CN': '客户', en: 'Customer' },
  'print/release': { 'zh-CN': '版本', en: 'Release' },
  'print/document-number': { 'zh-CN': '文档编号', en: 'Document number' },
  'print/commit': { 'zh-CN': '生成自提交', en: 'Generated from commit' },
  'print/commit-unknown': {
    'zh-CN': '未知(不是 git 仓库)',
    en: 'unknown (not a git repository)',
  },
  'print/permalink': { 'zh-CN': '永久链接', en: 'Permalink' },
  'print/no-permalink': {
    'zh-CN':
      '未配置仓库地址(content/config/docket.yaml 的 repository_url,或 GITHUB_SERVER_URL 与 GITHUB_REPOSITORY),因此没有二维码。',
    en: 'No repository address configured (repository_url in content/config/docket.yaml, or GITHUB_SERVER_URL and GITHUB_REPOSITORY), so no QR code.',
  },
  'print/qr-label': {
    'zh-CN': '二维码:本文档在提交 {commit} 时的永久链接',
    en: 'QR code: this document’s permalink at commit {commit}',
  },
  'print/revisions': { 'zh-CN': '修改记录', en: 'Revision record' },
  'print/no-revisions': {
    'zh-CN': '没有修改记录(没有 git 历史)。',
    en: 'No revision record (no git history).',
  },
  'print/date': { 'zh-CN': '日期', en: 'Date' },
  'print/document': { 'zh-CN': '文档', en: 'Document' },
  'print/author': { 'zh-CN': '作者/修改者', en: 'Author' },
  'print/description': { 'zh-CN': '描述', en: 'Description' },
  'print/state-move': { 'zh-CN': '状态 {from} → {to}', en: 'state {from} → {to}' },
  'print/requirements': { 'zh-CN': '需求清单', en: 'Requirement list' },
  'print/id': { 'zh-CN': '编号', en: 'ID' },
  'print/title': { 'zh-CN': '名称', en: 'Title' },
  'print/no-requirements': {
    'zh-CN': '此版本没有该客户的需求。',
    en: 'This release has no requirements of this customer.',
  },
  'print/signoffs': { 'zh-CN': '确认签字', en: 'Sign-off' },
  'print/signoff-records': { 'zh-CN': '签字记录', en: 'Sign-off records' },
  'print/no-signoff': {
    'zh-CN': '没有签字记录:请在下方手写签字。',
    en: 'No sign-off record: sign by hand below.',
  },
  'print/role': { 'zh-CN': '角色', en: 'Role' },
  'print/name': { 'zh-CN': '姓名', en: 'Name' },
  'print/signature': { 'zh-CN': '签字', en: 'Signature' },
  'print/covers': { 'zh-CN': '涉及', en: 'Covers' },
  'print/signed-via': { 'zh-CN': '经合并请求审批', en: 'approved in a pull request' },
  'print/lapsed': {
    'zh-CN': '签字后内容已变更,需重新确认',
    en: 'changed after signing: needs re-confirmation',
  },
  'print/holds': { 'zh-CN': '有效', en: 'holds' },
  'print/change-id': { 'zh-CN': '变更编号', en: 'Change ID' },
  'print/change-requirements': { 'zh-CN': '变更的需求', en: 'Requirements changed' },
  'print/change': { 'zh-CN': '变更内容', en: 'The change' },
  'print/impact': { 'zh-CN': '影响分析', en: 'Impact' },
  'print/offline': {
    'zh-CN': '线下签字:{who} 于 {date} 签字,{witness} 见证',
    en: 'Signed on paper by {who} on {date}, witnessed by {witness}',
  },
  'print/recorder': { 'zh-CN': '记录人', en: 'Recorder' },
  'print/customer-signature': { 'zh-CN': '用户方确认签字', en: 'Customer’s signature' },
  'print/back': { 'zh-CN': '返回网站', en: 'Back to the site' },
  'print/open': { 'zh-CN': '打印版', en: 'Printable version' },
};
