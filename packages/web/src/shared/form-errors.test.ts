import { describe, expect, it } from 'vitest';
import { fieldOfPath } from './form-errors';

describe('fieldOfPath', () => {
  it.each([
    ['email', 'email'],
    ['body.email', 'email'],
    ['body.storeIds.0', 'storeIds'],
    ['storeIds[2]', 'storeIds'],
    ['querystring.limit', 'limit'],
    ['body', ''],
  ])('sends a problem at %s to the %s field', (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });
});
