import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('./bin.ts', import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'regulars-cli-'));

/** Runs the real `regulars` command on its own embedded database. */
function regulars(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', bin, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...inherited, LOG_LEVEL: 'warn', ...env },
    timeout: 170_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the regulars command', { timeout: 180_000 }, () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('explains itself with --help on every command', () => {
    const top = regulars(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['start', 'migrate', 'users', 'demo']) expect(top.out).toContain(command);
    const users = regulars(['users', '--help']);
    for (const command of ['add', 'reset-password', 'disable']) expect(users.out).toContain(command);
    expect(regulars(['users', 'add', '--help']).out).toContain('--role <role>');
  });

  it('migrates, loads the demo brand once, and refuses to load it twice', () => {
    expect(regulars(['migrate']).out).toContain('up to date');
    const demo = regulars(['demo']);
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('12 stores');
    const again = regulars(['demo']);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/database_not_empty/);
  });

  it('adds a cashier by store code, resets its password and disables it', () => {
    const added = regulars([
      'users',
      'add',
      '--email',
      'Zhou.Min@Example.com',
      '--name',
      '周敏',
      '--role',
      'cashier',
      '--stores',
      'SH-P01',
    ]);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/One-time password .*: [A-Za-z0-9]{16}/);
    const reset = regulars(['users', 'reset-password', 'zhou.min@example.com']);
    expect(reset.out).toMatch(/New one-time password for zhou.min@example.com/);
    expect(regulars(['users', 'disable', 'zhou.min@example.com']).out).toContain('Disabled');
    expect(regulars(['users', 'list']).out).toMatch(/zhou\.min@example\.com\s+cashier\s+disabled/);
  });

  it('answers bad input with one readable line and exit code 2, never a stack trace', () => {
    const noStore = regulars([
      'users',
      'add',
      '--email',
      'a@example.com',
      '--name',
      'A',
      '--role',
      'cashier',
    ]);
    expect(noStore.code).toBe(2);
    expect(noStore.err).toMatch(/store_scope_required/);
    const badRole = regulars(['users', 'add', '--email', 'b@example.com', '--name', 'B', '--role', 'chef']);
    expect(badRole.code).toBe(2);
    expect(badRole.err).toMatch(/--role/);
    const unknown = regulars(['users', 'disable', 'nobody@example.com']);
    expect(unknown.err).toMatch(/No staff account/);
    for (const run of [noStore, badRole, unknown]) expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('re-encrypts personal fields under a new key id, and a second run has nothing left to do', () => {
    const keys = { REGULARS_FIELD_KEY_IDS: 'k1,k2' };
    const first = regulars(['keys', 'rotate'], keys);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Rotated: [1-9]\d* guests, [1-9]\d* identities/);
    expect(regulars(['keys', 'rotate'], keys).out).toContain('Rotated: 0 guests, 0 identities');
    expect(regulars(['keys', 'rotate', '--help']).out).toContain('REGULARS_FIELD_KEY_IDS');
  });

  it('runs the retention sweep, which keeps the guests of the last year', () => {
    const swept = regulars(['retention', 'run']);
    expect(swept.code).toBe(0);
    expect(swept.out).toMatch(/^Erased 0 guests not seen since \d{4}-\d{2}-\d{2} \(36 months\)/);
  });

  it('stops a start with a bad setting and names the variable', () => {
    const run = regulars(['start'], { PORT: 'eighty' });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Invalid configuration:\n\s+PORT:/);
  });
});
