/** zh-CN and en messages for schema problems (see validate-schema.ts). */
import type { Catalogue } from './messages.ts';

export const SCHEMA_MESSAGES: Catalogue = {
  'schema/required': {
    'zh-CN': '缺少必填字段 `{field}`({label})。请在 `{parent}` 下补上这一项。',
    en: 'Missing required field `{field}` ({label}). Add it under `{parent}`.',
  },
  'schema/required-root': {
    'zh-CN': '缺少必填字段 `{field}`({label})。请在前置信息(两行 `---` 之间)补上这一项。',
    en: 'Missing required field `{field}` ({label}). Add it to the front-matter (between the two `---` lines).',
  },
  'schema/unknown-key': {
    'zh-CN': '未知字段 `{key}`:这里不允许这个字段。可用字段:{allowed}。请删除或改名。',
    en: 'Unknown field `{key}`: it is not allowed here. Allowed fields: {allowed}. Remove or rename it.',
  },
  'schema/unknown-key-suggest': {
    'zh-CN': '未知字段 `{key}`。是不是 `{suggestion}`?请改成正确的字段名。',
    en: 'Unknown field `{key}`. Did you mean `{suggestion}`? Rename it.',
  },
  'schema/enum': {
    'zh-CN': '`{field}`({label})的值 `{value}` 不在可选范围内。可选值:{allowed}。',
    en: '`{field}` ({label}) has `{value}`, which is not one of the allowed values: {allowed}.',
  },
  'schema/enum-suggest': {
    'zh-CN':
      '`{field}`({label})的值 `{value}` 不在可选范围内。是不是 `{suggestion}`?字段里写英文代码,可选值:{allowed}。',
    en: '`{field}` ({label}) has `{value}`, which is not allowed. Did you mean `{suggestion}`? Write the English code; allowed values: {allowed}.',
  },
  'schema/type': {
    'zh-CN': '`{field}`({label})应为{expected},实际是{actual}。',
    en: '`{field}` ({label}) should be {expected}, but it is {actual}.',
  },
  'schema/type-quote': {
    'zh-CN':
      '`{field}`({label})应为文本,但 YAML 把 `{value}` 读成了数字或布尔值。请加引号:`"{value}"`。',
    en: '`{field}` ({label}) should be text, but YAML read `{value}` as a number or boolean. Put it in quotes: `"{value}"`.',
  },
  'schema/pattern': {
    'zh-CN': '`{field}`({label})的值 `{value}` 格式不对,应符合 `{pattern}`。',
    en: '`{field}` ({label}) has `{value}`, which does not match the expected format `{pattern}`.',
  },
  'schema/pattern-hint': {
    'zh-CN': '`{field}`({label})的值 `{value}` 格式不对:{hint}。',
    en: '`{field}` ({label}) has `{value}` in the wrong format: {hint}.',
  },
  'schema/format': {
    'zh-CN': '`{field}`({label})的值 `{value}` 不是有效的 {format}。',
    en: '`{field}` ({label}) has `{value}`, which is not a valid {format}.',
  },
  'schema/format-hint': {
    'zh-CN': '`{field}`({label})的值 `{value}` 无效:{hint}(并且必须是真实存在的日期或地址)。',
    en: '`{field}` ({label}) has `{value}`, which is not valid: {hint} (and it must be a real date or address).',
  },
  'schema/empty': {
    'zh-CN': '`{field}`({label})不能为空。请填写内容,或删除这一行。',
    en: '`{field}` ({label}) must not be empty. Fill it in or remove the line.',
  },
  'schema/max-length': {
    'zh-CN': '`{field}`({label})太长,最多 {limit} 个字符。请缩短。',
    en: '`{field}` ({label}) is too long: at most {limit} characters. Shorten it.',
  },
  'schema/min-items': {
    'zh-CN': '`{field}`({label})至少需要 {limit} 项。',
    en: '`{field}` ({label}) needs at least {limit} item(s).',
  },
  'schema/unique-items': {
    'zh-CN': '`{field}`({label})的第 {first} 项和第 {second} 项重复。请删除重复的一项。',
    en: '`{field}` ({label}): items {first} and {second} are the same. Remove the duplicate.',
  },
  'schema/minimum': {
    'zh-CN': '`{field}`({label})的值 `{value}` 太小,最小为 {limit}。',
    en: '`{field}` ({label}) is `{value}`, below the minimum {limit}.',
  },
  'schema/maximum': {
    'zh-CN': '`{field}`({label})的值 `{value}` 太大,最大为 {limit}。',
    en: '`{field}` ({label}) is `{value}`, above the maximum {limit}.',
  },
  'schema/exclusive-minimum': {
    'zh-CN': '`{field}`({label})的值 `{value}` 必须大于 {limit}。',
    en: '`{field}` ({label}) is `{value}`; it must be greater than {limit}.',
  },
  'schema/property-name': {
    'zh-CN': '键名 `{key}` 不合规:只能用小写英文字母和 `-`。',
    en: 'The key `{key}` is not allowed: use lower-case letters and `-` only.',
  },
  'schema/invalid': {
    'zh-CN': '`{field}`({label})不符合规则 `{keyword}`。',
    en: '`{field}` ({label}) breaks the rule `{keyword}`.',
  },
};
