import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, loadConfig, upsertGuest } from '@regulars/core';
import { seedOrg } from '@regulars/core/testing';

const bin = fileURLToPath(new URL('../bin.ts', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'regulars-cli-export-'));
const dataDir = path.join(dir, 'data');

function regulars(args: string[]) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', bin, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...inherited, LOG_LEVEL: 'warn' },
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('regulars export guests', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    const app = await createAppContext(loadConfig({ REGULARS_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    const { storeIds } = await seedOrg(app.ctx, 1);
    await upsertGuest(app.ctx, {
      identities: [{ kind: 'phone', value: '13912345678' }],
      profile: { name: '=王明' },
      channel: 'app',
      storeId: storeIds[0],
    });
    await app.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the guest list to a file Excel opens safely, contact in clear when asked', () => {
    const out = path.join(dir, 'guests.csv');
    const result = regulars(['export', 'guests', '--purpose', 'service', '--contact', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/Exported 1 guests to .*guests\.csv \(contact in clear\)/);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFguest_id,name,phone,email,gender')).toBe(true);
    expect(text).toMatch(/^gst_\w+,'=王明,'\+8613912345678,,/m);
  });

  it('masks contact by default and writes to standard output', () => {
    const result = regulars(['export', 'guests', '--purpose', 'service']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('139****5678');
    expect(result.out).not.toContain('13912345678');
  });

  it('refuses a marketing export without a channel, and an unknown purpose', () => {
    const marketing = regulars(['export', 'guests', '--purpose', 'marketing']);
    expect(marketing.code).toBe(2);
    expect(marketing.err).toMatch(/validation_failed.*channel/);
    const purpose = regulars(['export', 'guests', '--purpose', 'fun']);
    expect(purpose.code).toBe(2);
    expect(purpose.err).toMatch(/--purpose/);
  });
});
