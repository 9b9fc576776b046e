/** What this build is for, set by astro.config.mjs from `scripts/site.ts build` options. */
declare const __DOCKET_SITE__: { audience: string; root: string };

export const SITE_SETTINGS: { audience: string; root: string } = __DOCKET_SITE__;
