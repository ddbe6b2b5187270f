// A Vitest reporter shared by every workspace: writes reports/durations.json, every test and every
// beforeAll/afterAll hook with its duration and its timeout. scripts/test-durations.mjs reads these
// files and lists the slowest per package, so a test creeping towards its timeout is seen before a
// busy CI machine pushes it over.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export default class DurationsReporter {
  /** @type {import('vitest/node').Vitest | undefined} */
  #vitest;
  #rows = [];
  #hookStarts = new Map();

  onInit(vitest) {
    this.#vitest = vitest;
  }

  onTestCaseResult(testCase) {
    const { duration, retryCount } = testCase.diagnostic() ?? {};
    if (duration === undefined) return;
    this.#rows.push({
      kind: 'test',
      file: this.#file(testCase.module),
      name: testCase.fullName,
      duration,
      timeout: testCase.meta().timeout ?? testCase.project.config.testTimeout,
      retries: retryCount ?? 0,
      state: testCase.result().state,
    });
  }

  // Whole-file hooks (a browser started once, a server built once) are timed here: Vitest reports
  // no duration for them, and they have a timeout of their own.
  onHookStart(hook) {
    if (hook.name === 'beforeAll' || hook.name === 'afterAll') this.#hookStarts.set(hook, performance.now());
  }

  onHookEnd(hook) {
    const start = [...this.#hookStarts].find(([h]) => h.name === hook.name && h.entity.id === hook.entity.id);
    if (!start) return;
    this.#hookStarts.delete(start[0]);
    const entity = hook.entity;
    this.#rows.push({
      kind: hook.name,
      file: this.#file(entity.type === 'module' ? entity : entity.module),
      name: entity.type === 'module' ? '(file)' : entity.fullName,
      duration: performance.now() - start[1],
      timeout: entity.project.config.hookTimeout,
      retries: 0,
      state: 'passed',
    });
  }

  onTestRunEnd() {
    const root = this.#vitest?.config.root ?? process.cwd();
    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(join(root, 'reports', 'durations.json'), `${JSON.stringify(this.#rows, null, 1)}\n`);
  }

  #file(module) {
    return relative(this.#vitest?.config.root ?? process.cwd(), module.moduleId);
  }
}
