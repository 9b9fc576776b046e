/**
 * Synthetic mixed Chinese/English text: titles, short field values and 1–3 KB Markdown bodies
 * that mention other documents the way people write them ("见 REQ-0012", a Markdown link).
 * No digit runs longer than four, so no body looks like a phone or ID number.
 */
import type { Random } from './random.ts';

const SUBJECTS = [
  '库存结算',
  '冷链温度监控',
  '配送单打印',
  '供应商对账',
  '门店补货',
  '工程客户结算',
  '批次追溯',
  '发票校验',
  '会员积分',
  '仓库盘点',
  '退货审批',
  '价格调整',
  '合同到期提醒',
  '客户信用额度',
  'WMS 接口',
  'ERP 凭证同步',
  '移动端签收',
  'SKU 主数据',
  'Excel 导入模板',
  '报表导出',
];
const ACTIONS = [
  '支持',
  '优化',
  '新增',
  '调整',
  '自动生成',
  '批量处理',
  '按部门汇总',
  '实时展示',
  '按批次导出',
  '按月归档',
];
const TITLE_TAILS = [
  '功能',
  '报表',
  '流程',
  '接口',
  '提醒',
  '权限',
  '页面',
  '(第二期)',
  'for mobile',
  'dashboard',
];
const ZH_SENTENCES = [
  '客户反馈目前需要人工在两个系统之间核对数据，每月月底要花三天时间。',
  '现有流程依赖纸质单据流转，审批节点多，出错后难以追溯责任人。',
  '业务部门希望在同一个页面上查看订单、库存和配送状态，减少来回切换。',
  '高峰期单量是平时的三倍，当前的批处理任务经常超时，需要拆分执行。',
  '财务部要求导出的报表与总账科目一一对应，金额保留两位小数。',
  '门店店长在手机上完成签收后，系统应自动回写到总部的配送单。',
  '评估会认为该需求与现有权限模型冲突，需要先梳理角色和数据范围。',
  '供应商对账单格式不统一，有的按发货日期，有的按开票日期汇总。',
  '上线前需要与客户确认验收口径，并在测试环境完成一轮全流程演练。',
  '历史数据迁移只保留最近两年，更早的数据归档到只读库中查询。',
  '该功能涉及客户的敏感信息，导出时要按密级脱敏，日志中不得出现明文。',
  '客户的信息部只有两名维护人员，希望配置项尽量少，默认值要合理。',
];
const EN_SENTENCES = [
  'The customer expects the report to refresh within two minutes of each scan.',
  'The REST API must stay backward compatible with the V3.2 mobile client.',
  'Batch jobs should be idempotent so that a retry never posts a voucher twice.',
  'We agreed to ship the read-only view first and the editing screens later.',
  'Export to Excel keeps the column order of the printed form.',
  'Performance target: the list page opens in under one second for 5000 rows.',
  'The vendor only supports FTP uploads, so real-time data is not possible yet.',
  'Access is limited to the finance role; auditors get a read-only copy.',
];
const LIST_ITEMS = [
  '数据需求：保留两年明细，按月汇总',
  '接口需求：提供 JSON 格式的查询接口',
  '权限：仅财务和销售主管可见',
  '导出：支持 Excel 和 PDF 两种格式',
  'Alerts go to the duty phone group and by e-mail',
  '页面：列表、详情、打印三个视图',
  '兼容：Chrome 和企业微信内置浏览器',
  'Audit log keeps who changed what and when',
];
const NAMES = [
  '王芳',
  '陈静',
  '李娜',
  '徐燕',
  '张伟',
  '刘洋',
  '杨帆',
  '赵敏',
  '黄磊',
  '周杰',
  'David Chen',
  'Anna Li',
  '孙悦',
  '吴婷',
];
const COMPANY_WORDS = [
  '华东',
  '金桥',
  '恒信',
  '北辰',
  '绿源',
  '星海',
  '新锐',
  '远航',
  '东方',
  '瑞丰',
  '宏达',
  '嘉禾',
  '天成',
  '安泰',
];
const COMPANY_KINDS = [
  '食品有限公司',
  '连锁超市有限公司',
  '建材股份有限公司',
  '医药物流有限公司',
  '农产品专业合作社',
  '物流有限公司',
  '电子科技有限公司',
  '纺织有限公司',
];
export const INDUSTRIES = [
  '食品加工',
  '零售',
  '建材',
  '医药物流',
  '农业',
  '物流',
  '电子制造',
  '纺织',
];
export const REGIONS = [
  '浙江杭州',
  '江苏苏州',
  '上海',
  '北京',
  '广东深圳',
  '山东青岛',
  '四川成都',
  '湖北武汉',
];
export const DEPARTMENTS = ['销售部', '业务部', '财务部', '综合办公室', '仓储中心', '客服中心'];

export function personName(random: Random): string {
  return random.pick(NAMES);
}

export function companyName(random: Random, number: number): { name: string; short: string } {
  const word = `${random.pick(COMPANY_WORDS)}${random.pick(COMPANY_WORDS)}`;
  return { name: `${word}${random.pick(COMPANY_KINDS)}(${number}号)`, short: word };
}

export function title(random: Random): string {
  return `${random.pick(SUBJECTS)}${random.pick(ACTIONS)}${random.pick(TITLE_TAILS)}`;
}

/** One short sentence, Chinese most of the time. */
export function sentence(random: Random): string {
  return random.chance(0.8) ? random.pick(ZH_SENTENCES) : random.pick(EN_SENTENCES);
}

function paragraph(random: Random, mentions: readonly string[]): string {
  const parts: string[] = [];
  for (let i = random.int(2, 4); i > 0; i--) parts.push(sentence(random));
  if (mentions.length > 0 && random.chance(0.6))
    parts.push(mentionOf(random, random.pick(mentions)));
  return parts.join('');
}

/** "见 REQ-0012" or a relative Markdown link to the document. */
function mentionOf(random: Random, id: string): string {
  if (!random.chance(0.4)) return `相关需求见 ${id}。`;
  const folder = id.startsWith('REQ-')
    ? 'requirements'
    : id.startsWith('CR-')
      ? 'changes'
      : 'releases';
  return `See [${id}](../${folder}/${id}.md) for details.`;
}

const HEADINGS = [
  '## 需求背景',
  '## 需求内容',
  '### 功能需求',
  '### 数据需求',
  '## 验收说明',
  '## Notes',
  '## 影响范围',
];

/** A Markdown body of roughly `bytes` UTF-8 bytes (1–3 KB in the corpus). */
export function markdownBody(random: Random, bytes: number, mentions: readonly string[]): string {
  const blocks: string[] = [];
  let size = 0;
  let heading = 0;
  while (size < bytes) {
    const block = random.chance(0.3)
      ? LIST_ITEMS.filter(() => random.chance(0.4))
          .map((item) => `- ${item}`)
          .join('\n')
      : paragraph(random, mentions);
    if (block === '') continue;
    const withHeading = random.chance(0.35)
      ? `${HEADINGS[heading++ % HEADINGS.length] ?? '##'}\n\n${block}`
      : block;
    blocks.push(withHeading);
    size += Buffer.byteLength(withHeading) + 2;
  }
  return `${blocks.join('\n\n')}\n`;
}
