/**
 * What the sign-off record job asks GitHub (@octokit/rest): which merged pull request brought a
 * pushed commit in, with its merge facts, and an installation token of the Docket App for pushing
 * the record. I/O only; a lookup failure rejects and the job fails (no record is ever guessed).
 */
import { createAppAuth } from '@octokit/auth-app';
import { Octokit } from '@octokit/rest';

export interface MergedPullRequest {
  number: number;
  url: string;
  title: string;
  author: { login: string; id: number };
  headSha: string;
  mergeCommitSha: string;
  mergedAt: string;
  mergedBy: { login: string; id: number } | undefined;
}

export type AppAuth =
  { token: string } | { appId: string; privateKey: string; installationId: number };

export interface MergeLookup {
  /** The merged pull request whose merge commit is `sha`, or undefined (a direct push). */
  findMergedPullRequest(sha: string): Promise<MergedPullRequest | undefined>;
  /** A token that may push the record: the app's installation token, or the given token. */
  pushToken(): Promise<string>;
}

export function createMergeLookup(repository: string, apiUrl: string, auth: AppAuth): MergeLookup {
  const [owner = '', repo = ''] = repository.split('/');
  const octokit = new Octokit({
    ...('token' in auth ? { auth: auth.token } : { authStrategy: createAppAuth, auth }),
    baseUrl: apiUrl.replace(/\/+$/, ''),
    userAgent: 'docket-signoff-record',
  });
  return {
    async findMergedPullRequest(sha) {
      const pulls = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: sha,
      });
      const candidate = pulls.data.find((pull) => pull.merge_commit_sha === sha && pull.merged_at);
      if (!candidate) return undefined;
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: candidate.number });
      if (!data.merged_at || data.merge_commit_sha !== sha) return undefined;
      return {
        number: data.number,
        url: data.html_url,
        title: data.title,
        author: { login: data.user.login, id: data.user.id },
        headSha: data.head.sha,
        mergeCommitSha: sha,
        mergedAt: data.merged_at,
        mergedBy: data.merged_by
          ? { login: data.merged_by.login, id: data.merged_by.id }
          : undefined,
      };
    },
    async pushToken() {
      if ('token' in auth) return auth.token;
      const authenticate = createAppAuth(auth);
      return (await authenticate({ type: 'installation' })).token;
    },
  };
}
