#!/usr/bin/env node
// Plain JavaScript on purpose: an older Node must be able to read this file to say what it needs.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `docket needs Node.js >= 22.12 (this is ${process.version}); run it through npm: \`npx docket …\` or \`npm run docket -- …\`, which use the project's own Node 22.`,
  );
  process.exit(2);
}
// Node 22 strips TypeScript types natively; its one-line notice about that is noise for users.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'ExperimentalWarning') console.error(warning.message);
});
await import('./typescript-cache.mjs');
await import('./docket.ts');
