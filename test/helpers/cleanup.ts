/** Setup file (vitest.config.ts): every temporary folder a test makes is gone when it ends. */
import { afterAll, afterEach, beforeEach } from 'vitest';
import { enterTest, removeFileDirs, removeTestDirs } from './temp.ts';

beforeEach(() => {
  enterTest();
});
afterEach(() => {
  removeTestDirs();
});
afterAll(() => {
  removeFileDirs();
});
