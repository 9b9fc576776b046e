/** The search page's own words, in zh-CN and en. */
import type { Catalogue } from '../messages.ts';

export const SEARCH_MESSAGES: Catalogue = {
  'search/title': { 'zh-CN': '搜索', en: 'Search' },
  'search/label': {
    'zh-CN': '搜索需求、变更、客户和版本',
    en: 'Search requirements, changes, customers and releases',
  },
  'search/button': { 'zh-CN': '搜索', en: 'Search' },
  'search/hint': {
    'zh-CN': '多个词时,用引号查找整个短语,例如 "库存结算"。',
    en: 'With several words, quote them to find the exact phrase, e.g. "stock alert".',
  },
  'search/filters': { 'zh-CN': '筛选', en: 'Filters' },
  'search/any': { 'zh-CN': '全部', en: 'Any' },
  'search/kind': { 'zh-CN': '类型', en: 'Kind' },
  'search/state': { 'zh-CN': '状态', en: 'State' },
  'search/priority': { 'zh-CN': '优先级', en: 'Priority' },
  'search/customer': { 'zh-CN': '客户', en: 'Customer' },
  'search/tier': { 'zh-CN': '客户等级', en: 'Customer tier' },
  'search/no-script': {
    'zh-CN': '搜索需要 JavaScript。也可以在各列表页按字段筛选。',
    en: 'Search needs JavaScript. The list pages can also be filtered by field.',
  },
  'search/results': { 'zh-CN': '找到 {count} 个结果', en: '{count} results' },
  'search/none': { 'zh-CN': '没有找到结果。', en: 'No results.' },
  'search/searching': { 'zh-CN': '正在搜索…', en: 'Searching…' },
  'search/failed': {
    'zh-CN': '搜索索引无法加载:请重新构建站点(npm run build)。',
    en: 'The search index could not be loaded: rebuild the site (npm run build).',
  },
};
