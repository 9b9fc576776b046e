/**
 * Validates GitHub request bodies and responses against the committed subset of GitHub's
 * official OpenAPI description (test/github/openapi-subset.json, refreshed by
 * `npm run github:openapi`). The spec types review `state` as a plain string, so that enum is
 * checked here as well.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const SUBSET_ID = 'https://docket.invalid/github-openapi-subset.json';
export const SUBSET = JSON.parse(
  readFileSync(new URL('../github/openapi-subset.json', import.meta.url), 'utf8'),
) as {
  source: { package: string; version: string };
  operations: Record<
    string,
    {
      method: string;
      path: string;
      request: unknown;
      requestRequired: boolean;
      responses: Record<string, unknown>;
    }
  >;
};

export const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(SUBSET, SUBSET_ID);

const pointer = (...keys: string[]) =>
  keys.map((key) => key.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function validator(operation: string, ...where: string[]): ValidateFunction | undefined {
  if (!SUBSET.operations[operation]) throw new Error(`operation ${operation} is not in the subset`);
  return ajv.getSchema(`${SUBSET_ID}#/${pointer('operations', operation, ...where)}`);
}

function explain(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? ''}`,
  );
}

/** Problems with a response body, as readable lines; empty when it matches the spec. */
export function checkResponse(operation: string, status: number, body: unknown): string[] {
  const validate = validator(operation, 'responses', String(status));
  if (!validate) return [`${operation} has no ${status} response in the spec`];
  const problems = validate(body) ? [] : explain(validate);
  if (operation === 'pulls/list-reviews' && Array.isArray(body)) {
    for (const [index, review] of (body as { state?: unknown }[]).entries()) {
      if (!REVIEW_STATES.includes(String(review.state)))
        problems.push(`/${index}/state is ${String(review.state)}`);
    }
  }
  return problems;
}

/** Problems with a request body, as readable lines; empty when it matches the spec. */
export function checkRequest(operation: string, body: unknown): string[] {
  const { request, requestRequired } = SUBSET.operations[operation] ?? {};
  if (body === undefined && request !== null && requestRequired === false) return [];
  if (request === null) {
    return body === undefined ? [] : [`${operation} takes no request body`];
  }
  const validate = validator(operation, 'request');
  if (!validate) return [`${operation} has no request schema`];
  return validate(body) ? [] : explain(validate);
}

// Compile every schema now: compiling on first use inside the stand-in server would stall its
// answers long enough to trip a client's deadline.
for (const [operation, { request, responses }] of Object.entries(SUBSET.operations)) {
  if (request !== null) validator(operation, 'request');
  for (const status of Object.keys(responses)) validator(operation, 'responses', status);
}
