/**
 * A local stand-in for api.github.com (node:http on 127.0.0.1): serves the few endpoints the gate
 * uses from in-memory state, paginates like GitHub, records every request, and checks every
 * request body and every response it sends against GitHub's OpenAPI description. Faults (5xx,
 * rate limits, a stalled answer) are injected per operation.
 */
import { verify } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { checkRequest, checkResponse } from './github-contract.ts';
import { makeComment, makeStatus } from './github-fixtures.ts';

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'rate-limit' }
  | { kind: 'stall' }
  | { kind: 'raw'; status: number; body: unknown };

export interface RecordedRequest {
  operation: string;
  method: string;
  url: string;
  body: unknown;
  authorization: string | undefined;
}

export interface GitHubServer {
  url: string;
  pulls: Map<number, unknown>;
  reviews: Map<number, unknown[]>;
  comments: Map<number, { id: number; body: string; user: { login: string } }[]>;
  statuses: { sha: string; state: string; context: string; description: string }[];
  requests: RecordedRequest[];
  /** Contract violations seen so far; a test asserts this stays empty. */
  violations: string[];
  faults: Map<string, Fault>;
  /** The app's public key (PEM): installation tokens go only to JWTs it verifies. */
  app: { publicKey: string | undefined };
  close(): Promise<void>;
}

interface Route {
  operation: string;
  method: string;
  pattern: RegExp;
}

const ROUTES: Route[] = [
  { operation: 'pulls/get', method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/ },
  {
    operation: 'repos/list-pull-requests-associated-with-commit',
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})\/pulls$/,
  },
  {
    operation: 'pulls/list-reviews',
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/,
  },
  {
    operation: 'repos/create-commit-status',
    method: 'POST',
    pattern: /^\/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]{40})$/,
  },
  {
    operation: 'issues/list-comments',
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
  },
  {
    operation: 'issues/create-comment',
    method: 'POST',
    pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
  },
  {
    operation: 'issues/update-comment',
    method: 'PATCH',
    pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
  },
  {
    operation: 'apps/create-installation-access-token',
    method: 'POST',
    pattern: /^\/app\/installations\/(\d+)\/access_tokens$/,
  },
];

/** The token the stand-in hands out for an app installation. */
export const INSTALLATION_TOKEN = 'ghs_installation_token_of_the_docket_app';

const BODY_LIMIT = 1024 * 1024;

export async function startGitHubServer(
  repository: string,
  botLogin = 'github-actions[bot]',
): Promise<GitHubServer> {
  const sockets = new Set<Socket>();
  const state: Omit<GitHubServer, 'url' | 'close'> = {
    pulls: new Map(),
    reviews: new Map(),
    comments: new Map(),
    statuses: [],
    requests: [],
    violations: [],
    faults: new Map(),
    app: { publicKey: undefined },
  };
  let nextId = 7000;
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      state.violations.push(`server error: ${String(error)}`);
      if (!response.headersSent) send(response, 500, { message: 'stand-in failed' });
    });
  });
  server.requestTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', url);
    const route = ROUTES.find(
      (candidate) => candidate.method === request.method && candidate.pattern.test(target.pathname),
    );
    const body = await readBody(request);
    if (!route) {
      state.violations.push(`unexpected request ${request.method ?? ''} ${target.pathname}`);
      send(response, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
      });
      return;
    }
    const key = Number(route.pattern.exec(target.pathname)?.[1] ?? target.pathname.split('/')[5]);
    state.requests.push({
      operation: route.operation,
      method: route.method,
      url: target.pathname + target.search,
      body,
      authorization: request.headers.authorization,
    });
    state.violations.push(
      ...checkRequest(route.operation, body).map((line) => `${route.operation} request ${line}`),
    );
    const fault = state.faults.get(route.operation);
    if (fault) {
      applyFault(fault, response, route.operation);
      return;
    }
    if (route.operation === 'apps/create-installation-access-token') {
      const [status, answer] = answerToken(request.headers.authorization);
      reply(response, route.operation, status, answer);
      return;
    }
    if (route.operation === 'repos/list-pull-requests-associated-with-commit') {
      const commit = target.pathname.split('/')[5] ?? '';
      const merged = [...state.pulls.values()].filter(
        (pull) => (pull as { merge_commit_sha?: unknown }).merge_commit_sha === commit,
      );
      sendPage(response, route.operation, target, merged);
      return;
    }
    const sha = target.pathname.split('/').pop() ?? '';
    const [status, answer] = answerFor(route.operation, key, sha, body as Record<string, string>);
    if (status === 200 && Array.isArray(answer)) {
      sendPage(response, route.operation, target, answer);
      return;
    }
    reply(response, route.operation, status, answer);
  }

  /** A real check of the app's JWT (RS256), as GitHub does before handing out a token. */
  function answerToken(authorization: string | undefined): [number, unknown] {
    const [header = '', payload = '', signature = ''] = (authorization ?? '')
      .replace(/^bearer /i, '')
      .split('.');
    const key = state.app.publicKey;
    const signed = Buffer.from(`${header}.${payload}`);
    if (!key || !verify('RSA-SHA256', signed, key, Buffer.from(signature, 'base64url'))) {
      return [
        401,
        {
          message: 'A JSON web token could not be decoded',
          documentation_url: 'https://docs.github.com/rest',
        },
      ];
    }
    return [
      201,
      {
        token: INSTALLATION_TOKEN,
        expires_at: '2026-11-20T09:00:00Z',
        permissions: { statuses: 'write' },
        repository_selection: 'selected',
      },
    ];
  }

  function answerFor(
    operation: string,
    key: number,
    sha: string,
    body: Record<string, string>,
  ): [number, unknown] {
    const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };
    switch (operation) {
      case 'pulls/get':
        return state.pulls.has(key) ? [200, state.pulls.get(key)] : [404, notFound];
      case 'pulls/list-reviews':
        return [200, state.reviews.get(key) ?? []];
      case 'issues/list-comments':
        return [
          200,
          (state.comments.get(key) ?? []).map((c) =>
            makeComment(repository, key, c.id, c.user.login, c.body),
          ),
        ];
      case 'issues/create-comment': {
        const comment = { id: nextId++, body: body['body'] ?? '', user: { login: botLogin } };
        state.comments.set(key, [...(state.comments.get(key) ?? []), comment]);
        return [201, makeComment(repository, key, comment.id, botLogin, comment.body)];
      }
      case 'issues/update-comment': {
        const found = [...state.comments.entries()]
          .flatMap(([n, list]) => list.map((c) => ({ n, c })))
          .find(({ c }) => c.id === key);
        if (!found) return [404, notFound];
        found.c.body = body['body'] ?? '';
        return [200, makeComment(repository, found.n, key, found.c.user.login, found.c.body)];
      }
      default: {
        const posted = {
          sha,
          state: body['state'] ?? '',
          context: body['context'] ?? 'default',
          description: body['description'] ?? '',
        };
        state.statuses.push(posted);
        return [201, makeStatus(repository, sha, nextId++, posted)];
      }
    }
  }

  function reply(
    response: ServerResponse,
    operation: string,
    status: number,
    answer: unknown,
    headers: Record<string, string> = {},
  ): void {
    state.violations.push(
      ...checkResponse(operation, status, answer).map(
        (line) => `${operation} ${status} response ${line}`,
      ),
    );
    send(response, status, answer, headers);
  }

  function sendPage(
    response: ServerResponse,
    operation: string,
    target: URL,
    items: unknown[],
  ): void {
    const perPage = Math.min(Number(target.searchParams.get('per_page') ?? 30), 100);
    const page = Math.max(Number(target.searchParams.get('page') ?? 1), 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(target.href);
      next.searchParams.set('page', String(page + 1));
      headers['link'] = `<${next.href}>; rel="next"`;
    }
    reply(response, operation, 200, slice, headers);
  }

  function applyFault(fault: Fault, response: ServerResponse, operation: string): void {
    if (fault.kind === 'stall') return; // never answers; closed with the server
    if (fault.kind === 'raw') {
      reply(response, operation, fault.status, fault.body);
      return;
    }
    if (fault.kind === 'rate-limit') {
      send(
        response,
        403,
        {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        },
        {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': '1795000000',
          'x-ratelimit-resource': 'core',
        },
      );
      return;
    }
    send(response, fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
  }

  return {
    url,
    ...state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new Error('request body over 1 MiB');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}
