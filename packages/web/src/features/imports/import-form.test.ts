import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api-client';
import {
  checkMapping,
  MAPPING_TEMPLATES,
  problemsOf,
  progressPercent,
  uploadContentType,
} from './import-form';

describe('checkMapping', () => {
  it('accepts both templates for their own kind', () => {
    for (const kind of ['guests', 'orders'] as const) {
      const check = checkMapping(JSON.stringify(MAPPING_TEMPLATES[kind]), kind);
      expect(check.ok).toBe(true);
    }
  });

  it('reports text that is not JSON', () => {
    const check = checkMapping('{ name: ', 'guests');
    expect(check.ok).toBe(false);
  });

  it('names the field that breaks the contract', () => {
    const check = checkMapping(JSON.stringify({ name: 'Bad Name!' }), 'guests');
    expect(check).toMatchObject({ ok: false });
    expect(!check.ok && check.problem).toMatch(/^name: /);
  });

  it('refuses a mapping written for the other kind', () => {
    const check = checkMapping(JSON.stringify(MAPPING_TEMPLATES.orders), 'guests');
    expect(!check.ok && check.problem).toMatch(/kind/);
  });

  it('sends the mapping compactly', () => {
    const check = checkMapping('{\n  "name": "pos-2024"\n}', 'orders');
    expect(check).toEqual({ ok: true, json: '{"name":"pos-2024"}' });
  });
});

describe('progressPercent', () => {
  it.each([
    [{ status: 'running', processedRows: 0, totalRows: 0 }, 0],
    [{ status: 'running', processedRows: 50, totalRows: 200 }, 25],
    [{ status: 'running', processedRows: 300, totalRows: 200 }, 99],
    [{ status: 'finished', processedRows: 10, totalRows: 200 }, 100],
    [{ status: 'failed', processedRows: 20, totalRows: 40 }, 50],
  ] as const)('shows %j as %i %', (job, percent) => {
    expect(progressPercent(job)).toBe(percent);
  });
});

describe('uploadContentType', () => {
  it('sends gzip files as gzip and everything else as CSV', () => {
    expect(uploadContentType('orders-2024.csv.gz')).toBe('application/gzip');
    expect(uploadContentType('guests.csv')).toBe('text/csv');
  });
});

describe('problemsOf', () => {
  it('lists the problems of a failed import', () => {
    const error = new ApiError(422, 'import_failed', 'bad', { problems: ['No column "phone" in the file.'] });
    expect(problemsOf(error)).toEqual(['No column "phone" in the file.']);
  });

  it('has nothing to say about other errors', () => {
    expect(problemsOf(new ApiError(403, 'forbidden', 'no'))).toEqual([]);
    expect(problemsOf(new Error('x'))).toEqual([]);
  });
});
