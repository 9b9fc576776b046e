/**
 * Where a printed document points back to: the file at the exact commit it was generated from,
 * on the repository's web host. Pure: settings and environment come in as data.
 */

export interface RepositorySource {
  /** `repository_url` in content/config/docket.yaml, when set. */
  setting?: string;
  /** The CI environment: GITHUB_SERVER_URL and GITHUB_REPOSITORY. */
  env: Readonly<Record<string, string | undefined>>;
}

const COMMIT = /^[0-9a-f]{40}$/;
const REPOSITORY = /^[\w-][\w.-]*\/[\w-][\w.-]*$/;

/**
 * The repository's web address: the setting wins (it is deliberate), then GitHub Actions'
 * variables. Only http(s) addresses, without credentials, query or fragment; undefined otherwise.
 */
export function resolveRepositoryUrl(source: RepositorySource): string | undefined {
  if (source.setting !== undefined) return cleanUrl(source.setting);
  const server = source.env['GITHUB_SERVER_URL'];
  const repository = source.env['GITHUB_REPOSITORY'];
  if (!server || !repository || !REPOSITORY.test(repository)) return undefined;
  return cleanUrl(`${server.replace(/\/+$/, '')}/${repository}`);
}

function cleanUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  return url.href.replace(/\/+$/, '').replace(/\.git$/, '');
}

/** `<repository>/blob/<commit>/<path>`; undefined without a repository or a full commit ID. */
export function permalinkOf(
  repositoryUrl: string | undefined,
  commit: string | undefined,
  path: string,
): string | undefined {
  if (!repositoryUrl || !commit || !COMMIT.test(commit)) return undefined;
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${repositoryUrl}/blob/${commit}/${encoded}`;
}
