/** markdown-it-cjk-breaks ships no types: a markdown-it plugin, used as `md.use(plugin)`. */
declare module 'markdown-it-cjk-breaks' {
  import type { MarkdownIt } from 'markdown-it';

  const plugin: (markdown: MarkdownIt) => void;
  export default plugin;
}
