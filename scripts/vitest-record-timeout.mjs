// Vitest setup shared by every workspace: records each test's own timeout in its public metadata, so
// the durations reporter (scripts/vitest-durations-reporter.mjs) can say how close a test came to it.
import { beforeEach } from 'vitest';

beforeEach(({ task }) => {
  task.meta.timeout = task.timeout;
});
