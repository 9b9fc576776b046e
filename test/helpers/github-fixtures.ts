/**
 * GitHub response objects as the REST API returns them, built by hand and checked against the
 * official OpenAPI description by the local server (test/helpers/github-server.ts).
 */
const WEB = 'https://github.com';
const API = 'https://api.github.com';
const TIME = '2026-11-20T08:00:00Z';

export function makeUser(login: string, id: number) {
  // Real URLs escape the brackets of bot logins (`github-actions%5Bbot%5D`); the spec checks.
  const path = encodeURIComponent(login);
  const url = `${API}/users/${path}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${path}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

const REPOSITORY_URL_FIELDS = [
  'archive',
  'assignees',
  'blobs',
  'branches',
  'collaborators',
  'comments',
  'commits',
  'compare',
  'contents',
  'contributors',
  'deployments',
  'downloads',
  'events',
  'forks',
  'git_commits',
  'git_refs',
  'git_tags',
  'hooks',
  'issue_comment',
  'issue_events',
  'issues',
  'keys',
  'labels',
  'languages',
  'merges',
  'milestones',
  'notifications',
  'pulls',
  'releases',
  'stargazers',
  'statuses',
  'subscribers',
  'subscription',
  'tags',
  'teams',
  'trees',
];

export function makeRepository(fullName: string) {
  const [ownerLogin = 'o', name = 'r'] = fullName.split('/');
  const url = `${API}/repos/${fullName}`;
  const urls = Object.fromEntries(
    REPOSITORY_URL_FIELDS.map((field) => [`${field}_url`, `${url}/${field}`]),
  );
  return {
    ...urls,
    id: 4242,
    node_id: 'R_4242',
    name,
    full_name: fullName,
    owner: makeUser(ownerLogin, 1),
    private: true,
    fork: false,
    description: null,
    url,
    html_url: `${WEB}/${fullName}`,
    clone_url: `${WEB}/${fullName}.git`,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    svn_url: `${WEB}/${fullName}`,
    homepage: null,
    mirror_url: null,
    language: 'TypeScript',
    license: null,
    default_branch: 'main',
    forks: 0,
    forks_count: 0,
    open_issues: 1,
    open_issues_count: 1,
    size: 10,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    has_downloads: true,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    archived: false,
    disabled: false,
    pushed_at: TIME,
    created_at: TIME,
    updated_at: TIME,
  };
}

export interface PullRequestFixture {
  repository: string;
  number: number;
  author: string;
  headSha: string;
  baseSha: string;
  baseRef?: string;
  title?: string;
  /** A merged pull request: its merge commit, when, and by whom. */
  merged?: { commitSha: string; at: string; by: string };
}

export function makePullRequest(fixture: PullRequestFixture) {
  const { repository, number } = fixture;
  const url = `${API}/repos/${repository}/pulls/${number}`;
  const html = `${WEB}/${repository}/pull/${number}`;
  const issue = `${API}/repos/${repository}/issues/${number}`;
  const link = (href: string) => ({ href });
  const repo = makeRepository(repository);
  const author = makeUser(fixture.author, 500);
  const side = (ref: string, sha: string) => ({ label: `o:${ref}`, ref, sha, repo, user: author });
  return {
    url,
    id: 90_000 + number,
    node_id: `PR_${number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${API}/repos/${repository}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${API}/repos/${repository}/statuses/${fixture.headSha}`,
    number,
    state: fixture.merged ? 'closed' : 'open',
    locked: false,
    title: fixture.title ?? 'CHG-0001 approve',
    body: null,
    user: author,
    labels: [],
    milestone: null,
    assignee: null,
    auto_merge: null,
    created_at: TIME,
    updated_at: TIME,
    closed_at: fixture.merged?.at ?? null,
    merged_at: fixture.merged?.at ?? null,
    merge_commit_sha: fixture.merged?.commitSha ?? null,
    head: side(`change-${number}`, fixture.headSha),
    base: side(fixture.baseRef ?? 'main', fixture.baseSha),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(issue),
      comments: link(`${issue}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${url}/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${API}/repos/${repository}/statuses/${fixture.headSha}`),
    },
    author_association: 'MEMBER',
    draft: false,
    merged: fixture.merged !== undefined,
    mergeable: true,
    mergeable_state: 'clean',
    merged_by: fixture.merged ? makeUser(fixture.merged.by, 501) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 3,
    deletions: 1,
    changed_files: 1,
  };
}

export interface ReviewFixture {
  id: number;
  login: string | null;
  userId?: number;
  state: string;
  commitId: string | null;
  submittedAt?: string;
}

export function makeReview(repository: string, number: number, review: ReviewFixture) {
  const html = `${WEB}/${repository}/pull/${number}#pullrequestreview-${review.id}`;
  const pull = `${API}/repos/${repository}/pulls/${number}`;
  return {
    id: review.id,
    node_id: `PRR_${review.id}`,
    user: review.login === null ? null : makeUser(review.login, review.userId ?? 1000 + review.id),
    body: '',
    state: review.state,
    html_url: html,
    pull_request_url: pull,
    _links: { html: { href: html }, pull_request: { href: pull } },
    submitted_at: review.submittedAt ?? TIME,
    commit_id: review.commitId,
    author_association: 'COLLABORATOR',
  };
}

export function makeComment(
  repository: string,
  number: number,
  id: number,
  login: string,
  body: string,
) {
  const url = `${API}/repos/${repository}/issues/comments/${id}`;
  return {
    id,
    node_id: `IC_${id}`,
    url,
    body,
    html_url: `${WEB}/${repository}/pull/${number}#issuecomment-${id}`,
    issue_url: `${API}/repos/${repository}/issues/${number}`,
    user: makeUser(login, login.endsWith('[bot]') ? 41898282 : 2000 + id),
    created_at: TIME,
    updated_at: TIME,
    author_association: 'NONE',
  };
}

export function makeStatus(
  repository: string,
  sha: string,
  id: number,
  body: {
    state: string;
    description?: string | null;
    target_url?: string | null;
    context?: string;
  },
) {
  return {
    url: `${API}/repos/${repository}/statuses/${sha}`,
    avatar_url: null,
    id,
    node_id: `SC_${id}`,
    state: body.state,
    description: body.description ?? null,
    target_url: body.target_url ?? null,
    context: body.context ?? 'default',
    created_at: TIME,
    updated_at: TIME,
    creator: makeUser('github-actions[bot]', 41898282),
  };
}
