/** Messages of `node scripts/site.ts build|start` (npm start, npm run build). */
import type { Catalogue } from '../messages.ts';

export const SITE_CLI_MESSAGES: Catalogue = {
  'site/usage': {
    'zh-CN':
      '用法:site build [--audience internal|public|customer:CUS-003] [--base /repo/] [--out 目录] [--root 仓库]\n      site start [--port 端口](构建内部视图并在本机提供服务)',
    en: 'Usage: site build [--audience internal|public|customer:CUS-003] [--base /repo/] [--out DIR] [--root REPO]\n       site start [--port PORT] (builds the internal view and serves it on localhost)',
  },
  'site/bad-audience': {
    'zh-CN':
      '`--audience` 的值 `{value}` 无效:请用 `internal`、`public` 或 `customer:CUS-003` 这样的客户编号。',
    en: '`--audience` has `{value}`, which is not valid: use `internal`, `public` or a customer such as `customer:CUS-003`.',
  },
  'site/bad-base': {
    'zh-CN': '`--base` 的值 `{value}` 无效:请写成以 `/` 开头的路径,例如 `/docket/`。',
    en: '`--base` has `{value}`, which is not valid: write a path starting with `/`, such as `/docket/`.',
  },
  'site/out-not-a-site': {
    'zh-CN':
      '不能输出到 `{value}`:构建会清空该目录,而它既不是空目录,也不是 Docket 生成的站点(没有 `.docket-site` 标记)。请换一个新目录或空目录,例如 `dist-site`。',
    en: 'Cannot write to `{value}`: the build empties it, and it is neither empty nor a site Docket built (no `.docket-site` marker). Choose a new or empty folder such as `dist-site`.',
  },
  'site/unsafe-out': {
    'zh-CN':
      '不能输出到 `{value}`:构建会清空该目录,而它包含仓库或就是仓库。请换一个新目录,例如 `dist-site`。',
    en: 'Cannot write to `{value}`: the build empties it, and it holds or is the repository. Choose a new folder such as `dist-site`.',
  },
  'site/building': {
    'zh-CN': '正在构建 {audience} 视图的站点到 {out} …',
    en: 'Building the {audience} site into {out} …',
  },
  'site/built': {
    'zh-CN': '✔ 站点已生成:{out}(Astro {astro} 秒,搜索索引 {search} 秒,{pages} 个页面可搜索)',
    en: '✔ Site built in {out} (Astro {astro} s, search index {search} s, {pages} pages searchable)',
  },
  'site/search-errors': {
    'zh-CN': '搜索索引出错:{errors}',
    en: 'The search index reported errors: {errors}',
  },
  'site/serving': {
    'zh-CN': '站点已在本机启动:{url}  (按 Ctrl+C 停止)',
    en: 'The site is served at {url}  (press Ctrl+C to stop)',
  },
};
