/** Words the site model computes (reverse links, gaps, periods); fields use the schemas' labels. */
import type { Catalogue } from '../messages.ts';

export const SITE_MODEL_MESSAGES: Catalogue = {
  'site-model/unknown-audience': {
    'zh-CN':
      '未知的受众 `{value}`:请用 `internal`、`public` 或 `customer:客户编号`(如 `customer:CUS-003`)。',
    en: 'Unknown audience `{value}`: use `internal`, `public` or `customer:ID` (e.g. `customer:CUS-003`).',
  },
  'site-model/unknown-customer': {
    'zh-CN': '没有客户 `{value}`:`customer:` 后请写 content/customers/ 中已有的客户编号。',
    en: 'There is no customer `{value}`: after `customer:` give the ID of a customer in content/customers/.',
  },
  'site-model/links/customer': { 'zh-CN': '所属客户', en: 'Customer' },
  'site-model/links/children': { 'zh-CN': '下级需求', en: 'Child requirements' },
  'site-model/links/dependants': { 'zh-CN': '依赖它的需求', en: 'Depended on by' },
  'site-model/links/changes': { 'zh-CN': '相关变更单', en: 'Change requests' },
  'site-model/links/releases': { 'zh-CN': '所在版本', en: 'Releases' },
  'site-model/links/requirements': { 'zh-CN': '客户需求', en: 'Requirements' },
  'site-model/links/records': { 'zh-CN': '客户关系记录', en: 'Relationship records' },
  'site-model/links/mentioned-by': { 'zh-CN': '引用它的文档', en: 'Referenced by' },
  'site-model/gap/no-customer': {
    'zh-CN': '未关联客户或部门',
    en: 'No customer or department',
  },
  'site-model/gap/no-release': {
    'zh-CN': '已批准但未纳入任何版本',
    en: 'Approved but in no release',
  },
  'site-model/gap/orphan-child': {
    'zh-CN': '上级需求 {parent} 不存在或不可见',
    en: 'Parent {parent} is missing or not visible',
  },
  'site-model/gap/closed-parent-open-child': {
    'zh-CN': '上级需求已关闭,下级需求仍未完成',
    en: 'The parent is closed while this child is still open',
  },
  'site-model/gap/no-acceptance-criteria': {
    'zh-CN': '缺少验收标准',
    en: 'No acceptance criteria',
  },
  'site-model/period/week': { 'zh-CN': '{year}年第{week}周', en: 'Week {week}, {year}' },
  'site-model/period/month': { 'zh-CN': '{year}年{month}月', en: '{year}-{month}' },
};
