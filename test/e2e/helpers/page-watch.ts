/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser and use its DOM types.
/**
 * Everything a page does that a hostile payload would cause, recorded while a test uses it:
 * calls of the `__xss` sentinel, dialogs (alert/confirm/prompt), requests or navigations to a URL
 * containing `pwned`, Content-Security-Policy violations, console errors and uncaught exceptions.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PageEvents {
  sentinel: string[];
  dialogs: string[];
  pwnedRequests: string[];
  cspViolations: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Installs the sentinel and the listeners on every page the context opens. */
export async function watchContext(context: BrowserContext): Promise<PageEvents> {
  const events: PageEvents = {
    sentinel: [],
    dialogs: [],
    pwnedRequests: [],
    cspViolations: [],
    consoleErrors: [],
    pageErrors: [],
  };
  await context.exposeFunction('__xss', (label: unknown) => events.sentinel.push(String(label)));
  await context.exposeFunction('__cspViolation', (text: unknown) =>
    events.cspViolations.push(String(text)),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void })
        .__cspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}`);
    });
  });
  context.on('request', (request) => {
    if (/pwned/i.test(request.url())) events.pwnedRequests.push(request.url());
  });
  context.on('page', (page) => {
    watchPage(page, events);
  });
  return events;
}

function watchPage(page: Page, events: PageEvents): void {
  page.on('dialog', (dialog) => {
    events.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error')
      events.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => events.pageErrors.push(error.message));
  page.on('framenavigated', (frame) => {
    if (/pwned/i.test(frame.url())) events.pwnedRequests.push(frame.url());
  });
}
