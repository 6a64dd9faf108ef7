import { describe, expect, it } from 'vitest';
import { revealedIdentities, revealedText } from './reveal-values';

describe('revealedText', () => {
  it.each([
    ['+8613800138000', '+8613800138000'],
    [['1 Road', '2 Street'], '1 Road; 2 Street'],
    [[], null],
    [null, null],
    [undefined, null],
  ])('shows %j as %j', (value, text) => {
    expect(revealedText(value)).toBe(text);
  });
});

describe('revealedIdentities', () => {
  it('maps each identity id to its clear value', () => {
    const map = revealedIdentities([
      { id: 'gid_1', kind: 'phone', value: '+8613800138000' },
      { id: 'gid_2', kind: 'email', value: 'li@example.com' },
    ]);
    expect(map.get('gid_1')).toBe('+8613800138000');
    expect(map.get('gid_2')).toBe('li@example.com');
  });

  it('ignores anything that is not a list of identities', () => {
    expect(revealedIdentities('nope').size).toBe(0);
    expect(revealedIdentities([null, { id: 3 }]).size).toBe(0);
  });
});
