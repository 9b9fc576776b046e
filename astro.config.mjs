// Astro configuration for the status site. `node scripts/site.ts build` sets the audience, the
// base path, the content root and the output folder through the environment, so one config
// serves every audience (internal, public, customer:<ID>) and GitHub Pages project sites.
import { defineConfig } from 'astro/config';

const settings = {
  audience: process.env.DOCKET_SITE_AUDIENCE ?? 'internal',
  root: process.env.DOCKET_SITE_ROOT ?? process.cwd(),
};

export default defineConfig({
  srcDir: './src',
  outDir: process.env.DOCKET_SITE_OUT ?? './dist',
  base: process.env.DOCKET_SITE_BASE ?? '/',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // The Content-Security-Policy allows only stylesheets from this site: never inline them.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    // Pages read the audience and the content root from this constant, never from process.env.
    define: { __DOCKET_SITE__: JSON.stringify(settings) },
    build: { sourcemap: false },
  },
});
