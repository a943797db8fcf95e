// Test helper: a client against the stand-in with short retry waits and no write pacing.
import Bottleneck from 'bottleneck';
import { createClient, type GitHubClient } from '../../src/github/octokit.js';
import type { Logger } from '../../src/runtime/logger.js';

export const unpaced = () => ({
  write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
});

export function testClient(url: string, log: Logger, token = 'ghs_test_token_123'): GitHubClient {
  return createClient({ token, baseUrl: url, log, retryUnitMs: 5, pacing: unpaced() });
}
