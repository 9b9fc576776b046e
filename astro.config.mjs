// Astro configuration for the status site. The site (dashboard, per-customer views, printable
// confirmation documents, search) is built in a later step; until then `npm start` validates
// content/ and prints a summary, and Astro is not installed yet.
export default {
  // Content lives in content/ (documents) and schemas/ (their shapes), outside src/.
  srcDir: './src',
};
