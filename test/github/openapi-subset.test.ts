import { describe, expect, it } from 'vitest';
import { extractSubset, OPERATIONS } from '../../scripts/update-github-openapi.ts';
import { checkRequest, checkResponse, SUBSET } from '../helpers/github-contract.ts';
import { makePullRequest, makeReview, makeUser } from '../helpers/github-fixtures.ts';

const SHA = 'c'.repeat(40);

describe('the committed OpenAPI subset', () => {
  it('is pinned to one @octokit/openapi version and holds every operation the adapter calls', () => {
    expect(SUBSET.source).toMatchObject({
      package: '@octokit/openapi',
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/) as string,
    });
    expect(Object.keys(SUBSET.operations).sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it('rejects fixtures GitHub would never send, so the checks can fail', () => {
    const pull = makePullRequest({
      repository: 'o/r',
      number: 1,
      author: 'x',
      headSha: SHA,
      baseSha: SHA,
    });
    expect(checkResponse('pulls/get', 200, pull)).toEqual([]);
    const headless: Partial<typeof pull> = { ...pull };
    delete headless.head;
    expect(checkResponse('pulls/get', 200, headless)).toContain(
      "/ must have required property 'head'",
    );
    const review = makeReview('o/r', 1, { id: 1, login: 'a', state: 'APPROVED', commitId: SHA });
    expect(checkResponse('pulls/list-reviews', 200, [{ ...review, state: 'approved' }])).toEqual([
      '/0/state is approved',
    ]);
    const sloppyBot = { ...makeUser('x', 1), url: 'https://api.github.com/users/app[bot]' };
    expect(checkResponse('pulls/list-reviews', 200, [{ ...review, user: sloppyBot }])).toEqual([
      '/0/user/url must match format "uri"',
    ]);
    expect(checkRequest('repos/create-commit-status', { state: 'passed' })).toEqual([
      '/state must be equal to one of the allowed values',
    ]);
    expect(checkRequest('pulls/get', { unexpected: true })).toEqual([
      'pulls/get takes no request body',
    ]);
  });
});

describe('extractSubset', () => {
  it('keeps only the named operations and the schemas they reach', () => {
    const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const operation = (id: string, response: unknown, request?: unknown) => ({
      operationId: id,
      ...(request ? { requestBody: { content: { 'application/json': { schema: request } } } } : {}),
      responses: { '200': response },
    });
    const json = (value: unknown) => ({ content: { 'application/json': { schema: value } } });
    const paths: Record<string, Record<string, unknown>> = {};
    for (const [id, [method, path]] of Object.entries(OPERATIONS)) {
      const request = id.startsWith('repos') ? schema('c') : undefined;
      paths[path] = { ...paths[path], [method]: operation(id, json(schema('a')), request) };
    }
    const spec = {
      openapi: '3.0.3',
      info: { version: '9.9.9' },
      paths: { ...paths, '/unused': { get: operation('x/unused', json(schema('unused'))) } },
      components: {
        schemas: {
          a: { properties: { b: schema('b') } },
          b: { type: 'string' },
          c: { type: 'object' },
          unused: {},
        },
      },
    };
    const subset = extractSubset(spec, '9.9.9') as {
      components: { schemas: object };
      operations: Record<string, unknown>;
    };
    expect(Object.keys(subset.components.schemas)).toEqual(['a', 'b', 'c']);
    expect(subset.operations['repos/create-commit-status']).toMatchObject({
      method: 'post',
      request: schema('c'),
      responses: { '200': schema('a') },
    });
    expect(subset.operations['pulls/get']).toMatchObject({ request: null });
    expect(subset.operations).not.toHaveProperty('x/unused');
  });
});
