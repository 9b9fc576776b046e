/**
 * A small content tree for the demo-history tests: one customer with a visit, a requirement that
 * went through evaluation, a draft, a change request and a release, plus a binary attachment.
 */
import { outdent } from 'outdent';
import { CUSTOMER } from './documents.ts';

export const HISTORY_DOCUMENTS: Readonly<Record<string, string>> = {
  'content/customers/CUS-001/customer.md': CUSTOMER,
  'content/customers/CUS-001/visits/2026-02-26-wang-fang.md':
    outdent`
    ---
    date: 2026-02-26
    type: scheduled
    visited_by: [wang-fang]
    attendees: [张华]
    summary: 季度拜访;客户希望库存低于安全线时自动提醒。
    ---
    拜访地点:杭州总部。
  ` + '\n',
  'content/requirements/REQ-0001.md':
    outdent`
    ---
    id: REQ-0001
    title: 库存预警
    status: approved
    stage_since: 2026-03-20
    submitted_on: 2026-03-02
    customer: CUS-001
    requested_by: 王芳
    owner: zhao-lei
    source: { type: visit, record: CUS-001/visits/2026-02-26-wang-fang }
    importance: important
    urgency: urgent
    confidentiality: internal
    acceptance_criteria:
      - { id: AC-1, text: 库存低于安全线时提醒 }
    evaluation:
      meeting_on: 2026-03-18
      opinions:
        - { evaluator: huang-wei, aspect: technical, verdict: agree, opinion: 可行 }
    ---

    ## 需求背景

    status: this line is body text and must never be rewritten.
  ` + '\n',
  'content/requirements/REQ-0002.md':
    outdent`
    ---
    id: REQ-0002
    title: 盘点差异报表
    status: draft
    stage_since: 2026-03-05
    customer: CUS-001
    requested_by: 王芳
    source: { type: other }
    importance: normal
    urgency: normal
    confidentiality: internal
    ---
    草稿。
  ` + '\n',
  'content/changes/CR-0001.md':
    outdent`
    ---
    id: CR-0001
    title: 预警阈值按仓库设置
    status: approved
    stage_since: 2026-03-27
    requirements: [REQ-0001]
    requested_by: 张华
    requested_on: 2026-03-23
    reason: 两个仓库的安全库存不同。
    change: { before: 全公司一个阈值, after: 每个仓库一个阈值 }
    impact: { level: low, scope: 预警设置, schedule_days: 1 }
    ---
    变更说明。
  ` + '\n',
  'content/releases/REL-001.md':
    outdent`
    ---
    id: REL-001
    title: V1.1
    status: released
    stage_since: 2026-05-08
    version: V1.1
    planned_on: 2026-05-06
    released_on: 2026-05-08
    baseline: baseline/REL-001
    requirements: [REQ-0001]
    ---
    上线说明。
  ` + '\n',
};

/** Not UTF-8 text: the setup commit must copy it byte for byte. */
export const HISTORY_ATTACHMENT = {
  path: 'content/requirements/attachments/REQ-0001-sketch.png',
  bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]),
};
