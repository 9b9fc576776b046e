/**
 * Messages of the approval gate in GitHub. Status descriptions must fit GitHub's 140 characters,
 * so they are one short sentence each.
 */
import type { Catalogue } from './messages.ts';

export const GATE_MESSAGES: Catalogue = {
  'gate/status-pending': {
    'zh-CN': '正在核对审批…',
    en: 'Checking approvals…',
  },
  'gate/failed-timeout': {
    'zh-CN': '未能完成审批检查:GitHub 在 {seconds} 秒内没有响应。请重新运行此检查。',
    en: 'Approval check not completed: GitHub did not answer within {seconds} s. Re-run the check.',
  },
  'gate/failed-rate-limit': {
    'zh-CN': '未能完成审批检查:GitHub API 调用次数已达上限(重置时间 {reset})。请稍后重新运行。',
    en: 'Approval check not completed: GitHub API rate limit reached (resets {reset}). Re-run later.',
  },
  'gate/failed-server': {
    'zh-CN': '未能完成审批检查:GitHub 返回服务器错误 {status}。请重新运行此检查。',
    en: 'Approval check not completed: GitHub answered with server error {status}. Re-run the check.',
  },
  'gate/failed-http': {
    'zh-CN': '未能完成审批检查:GitHub 拒绝了请求({status}:{reason})。',
    en: 'Approval check not completed: GitHub refused the request ({status}: {reason}).',
  },
  'gate/failed-network': {
    'zh-CN': '未能完成审批检查:无法连接 GitHub({reason})。',
    en: 'Approval check not completed: GitHub could not be reached ({reason}).',
  },
  'gate/failed-bad-response': {
    'zh-CN': '未能完成审批检查:GitHub 的响应无法识别({reason})。',
    en: 'Approval check not completed: GitHub sent an answer Docket cannot read ({reason}).',
  },
  'gate/failed-git': {
    'zh-CN': '未能完成审批检查:无法取得拉取请求的提交({reason})。',
    en: 'Approval check not completed: the pull request commits could not be fetched ({reason}).',
  },
  'gate/failed-check': {
    'zh-CN': '未能完成审批检查:{reason}',
    en: 'Approval check not completed: {reason}',
  },
  'gate/ignored-event': {
    'zh-CN': '审批门禁不处理事件 `{event}`(`{action}`),无需操作。',
    en: 'The approval gate does not act on `{event}` (`{action}`); nothing to do.',
  },
  'gate/ignored-closed': {
    'zh-CN': '拉取请求 #{number} 已关闭或已合并,不再检查。',
    en: 'Pull request #{number} is closed or merged; not checked.',
  },
  'gate/bad-event': {
    'zh-CN': '事件数据缺少或含有无效的 `{reason}`,审批门禁无法判断要检查哪个拉取请求。',
    en: 'The event lacks a valid `{reason}`, so the gate cannot tell which pull request to check.',
  },
  'gate/missing-env': {
    'zh-CN':
      '缺少环境变量 {names}:审批门禁只能在 GitHub Actions 中运行(见 README 的“审批门禁”一节)。',
    en: 'Missing environment variables {names}: the gate runs in GitHub Actions (see the README, "The approval gate").',
  },
  'gate/status-not-posted': {
    'zh-CN': '无法在提交 {sha} 上发布状态 docket/approvals:{reason}',
    en: 'Could not post the docket/approvals status on {sha}: {reason}',
  },
  'gate/comment-not-posted': {
    'zh-CN': '无法更新拉取请求中的审批评论:{reason}',
    en: 'Could not update the approvals comment on the pull request: {reason}',
  },
  'gate/truncated': {
    'zh-CN': '…(内容过长,已截断;完整报告见本次运行的作业摘要:{url})',
    en: '… (too long, cut here; the full report is in this run’s job summary: {url})',
  },
};
