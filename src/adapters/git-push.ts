/**
 * Commits the sign-off record and pushes it to the default branch. The token travels as an HTTP
 * header through GIT_CONFIG_* variables (never in arguments or .git/config); hooks are off. A
 * push that loses a race (another merge landed) is rebased onto the new tip and retried.
 */
import { execFile } from 'node:child_process';

export interface PushRequest {
  root: string;
  branch: string;
  paths: readonly string[];
  message: string;
  token: string;
  author: { name: string; email: string };
}

const ATTEMPTS = 3;

export async function commitAndPush(request: PushRequest): Promise<void> {
  await git(request, ['add', '--', ...request.paths]);
  await git(request, ['commit', '--quiet', '--no-verify', '--message', request.message]);
  for (let attempt = 1; ; attempt++) {
    try {
      await git(request, ['push', '--quiet', 'origin', `HEAD:refs/heads/${request.branch}`]);
      return;
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await git(request, ['pull', '--quiet', '--rebase', 'origin', request.branch]);
    }
  }
}

function git(request: PushRequest, args: readonly string[]): Promise<string> {
  const basic = Buffer.from(`x-access-token:${request.token}`).toString('base64');
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgSign=false', ...args],
      {
        cwd: request.root,
        env: {
          ...process.env,
          GIT_TERMINAL_PROMPT: '0',
          GIT_AUTHOR_NAME: request.author.name,
          GIT_AUTHOR_EMAIL: request.author.email,
          GIT_COMMITTER_NAME: request.author.name,
          GIT_COMMITTER_EMAIL: request.author.email,
          GIT_CONFIG_COUNT: '1',
          GIT_CONFIG_KEY_0: 'http.extraHeader',
          GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
        },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args[0] ?? ''}: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });
}
