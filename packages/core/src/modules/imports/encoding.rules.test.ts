import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decoderLabel, detectDelimiter, detectEncoding, isGzip, isValidUtf8 } from './encoding.rules';

const gbk = (text: string): Uint8Array => {
  // GBK bytes of a few characters, written out so the test needs no encoder.
  const table: Record<string, number[]> = {
    你: [0xc4, 0xe3],
    好: [0xba, 0xc3],
    王: [0xcd, 0xf5],
    明: [0xc3, 0xf7],
  };
  return Uint8Array.from([...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};

describe('detectEncoding', () => {
  it.each([
    ['plain ASCII', Buffer.from('name,phone\n'), 'utf-8'],
    ['UTF-8 Chinese', Buffer.from('姓名,电话\n王明,13812345678\n'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\n')]), 'utf-8-bom'],
    ['GBK Chinese', gbk('你好,王明\n'), 'gb18030'],
    ['UTF-16 LE with BOM', Buffer.from([0xff, 0xfe, 0x61, 0x00]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.from([0xfe, 0xff, 0x00, 0x61]), 'utf-16be'],
  ])('reads %s as %s', (_name, bytes, expected) => {
    expect(detectEncoding(bytes, true)).toBe(expected);
  });

  it('does not hold a character cut at the end of a partial sample against UTF-8', () => {
    const bytes = Buffer.from('王明');
    expect(detectEncoding(bytes.subarray(0, 4), false)).toBe('utf-8');
    expect(detectEncoding(bytes.subarray(0, 4), true)).toBe('gb18030');
  });

  it('decodes GBK bytes with the label it gives', () => {
    const bytes = gbk('你好,王明');
    expect(new TextDecoder(decoderLabel(detectEncoding(bytes, true))).decode(bytes)).toBe('你好,王明');
  });

  it('accepts every string encoded as UTF-8', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => isValidUtf8(Buffer.from(text))));
  });

  it.each([
    ['an overlong slash', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a stray continuation byte', [0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('refuses %s', (_name, bytes) => {
    expect(isValidUtf8(Uint8Array.from(bytes))).toBe(false);
  });
});

describe('isGzip', () => {
  it.each([
    [[0x1f, 0x8b, 0x08], true],
    [[0x1f], false],
    [[0x61, 0x2c], false],
  ])('%j → %s', (bytes, expected) => {
    expect(isGzip(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['InvoiceNo,StockCode,Description', ','],
    ['姓名;电话;生日', ';'],
    ['id\tname\tphone', '\t'],
    ['id|name|phone', '|'],
    ['"a;b",c,d', ','],
    ['single', ','],
  ])('%j → %j', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});
