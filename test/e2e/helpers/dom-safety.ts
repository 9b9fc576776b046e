/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser and use its DOM types.
/**
 * Inspects a loaded page's DOM for what sanitizing must have removed: event-handler attributes,
 * links and sources with a `javascript:`, `vbscript:` or `data:` scheme (a data: image is
 * allowed), embedding elements, a `<base>`, a refresh, scripts from elsewhere or from content.
 */
import type { Page } from 'playwright-core';

export async function findUnsafeDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'to'];
    const describe = (element: Element) => element.outerHTML.slice(0, 160);
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`event handler ${name}: ${describe(element)}`);
        if (!urlAttributes.includes(name)) continue;
        // Browsers ignore control characters and spaces inside a scheme: `java\tscript:`.
        const scheme = Array.from(attribute.value)
          .filter((char) => char.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        const dataImage = scheme.startsWith('data:image/') && element.tagName === 'IMG';
        if (/^(javascript|vbscript):/.test(scheme) || (scheme.startsWith('data:') && !dataImage))
          problems.push(`unsafe ${name}: ${describe(element)}`);
      }
    }
    const forbidden = 'iframe, object, embed, base, frame, frameset, meta[http-equiv="refresh" i]';
    for (const element of Array.from(document.querySelectorAll(forbidden)))
      problems.push(`element ${element.tagName.toLowerCase()}: ${describe(element)}`);
    for (const script of Array.from(document.querySelectorAll('script'))) {
      const source = script.getAttribute('src');
      const ownSource =
        source !== null && new URL(source, location.href).origin === location.origin;
      if (script.textContent.includes('__xss') || (source !== null && !ownSource))
        problems.push(`script: ${describe(script)}`);
    }
    return problems;
  });
}

/** The page's Content-Security-Policy from its `<meta http-equiv>` (static hosts set no headers). */
export async function readCsp(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document
        .querySelector('meta[http-equiv="Content-Security-Policy" i]')
        ?.getAttribute('content') ?? '',
  );
}
