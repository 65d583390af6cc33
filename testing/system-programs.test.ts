import { afterEach, expect, it, vi } from 'vitest';
import { isInstalled, missingProgramExcludes, type SystemProgram } from './system-programs.ts';

const programs: SystemProgram[] = [
  { command: 'node', install: 'apt-get install -y nodejs', tests: ['a/**'] },
  { command: 'no-such-program-xyz', install: 'apt-get install -y xyz', tests: ['b/**', 'c.test.ts'] },
];

afterEach(() => vi.restoreAllMocks());

it('knows an installed program from a missing one', () => {
  expect(isInstalled('node')).toBe(true);
  expect(isInstalled('no-such-program-xyz')).toBe(false);
});

it('leaves out the tests of a missing program locally, with one line naming the install command', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  expect(missingProgramExcludes({}, programs)).toEqual(['b/**', 'c.test.ts']);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0][0]).toBe('skipping tests that need no-such-program-xyz (not installed): apt-get install -y xyz');
});

it('leaves out nothing when CI=true, so a missing program fails there', () => {
  expect(missingProgramExcludes({ CI: 'true' }, programs)).toEqual([]);
});
