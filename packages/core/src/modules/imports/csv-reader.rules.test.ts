import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCsvReader, readCsvText } from './csv-reader.rules';
import { copyField, csvLine, escapeCsvCell } from './csv-writer.rules';

describe('readCsvText', () => {
  it.each([
    [
      'plain rows',
      'a,b\n1,2\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'no final line end',
      'a,b\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'quoted delimiter and quote',
      'a\n"x, ""y"""\n',
      [
        [1, ['a']],
        [2, ['x, "y"']],
      ],
    ],
    [
      'a line break inside quotes',
      'a,b\n"1\n2",3\n4,5\n',
      [
        [1, ['a', 'b']],
        [2, ['1\n2', '3']],
        [4, ['4', '5']],
      ],
    ],
    [
      'empty lines skipped but counted',
      'a\n\n\nb\n',
      [
        [1, ['a']],
        [4, ['b']],
      ],
    ],
    ['empty fields', ',,\n', [[1, ['', '', '']]]],
    ['text after a closing quote kept', '"ab"c,d\n', [[1, ['abc', 'd']]]],
    ['a quote inside an unquoted field kept', 'a"b,c\n', [[1, ['a"b', 'c']]]],
    [
      'semicolons',
      'a;b\n1;2\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
      ';',
    ],
  ])('reads %s', (_name, text, expected, delimiter = ',') => {
    const { records, problems } = readCsvText(text, delimiter);
    expect(records.map((r) => [r.line, r.fields])).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('reports a quote that is never closed at the line where its record starts', () => {
    const { records, problems } = readCsvText('a,b\n1,2\n3,"4\n5,6\n', ',');
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(problems).toEqual([{ line: 3, reason: 'unclosed_quote' }]);
  });

  it('reads the same records whichever way the text is cut into pieces', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', '王', '=') });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        // Rows of one empty field are empty lines (skipped); escapeCsvCell's ' prefix is not undone.
        const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''));
        const text = kept
          .map((r) => r.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','))
          .join('\n');
        const reader = createCsvReader(',');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const out: string[][] = [];
        let from = 0;
        for (const to of [...points, text.length]) {
          out.push(...reader.push(text.slice(from, to)).records.map((r) => r.fields));
          from = to;
        }
        out.push(...reader.end().records.map((r) => r.fields));
        expect(out).toEqual(kept);
      }),
    );
  });
});

describe('escapeCsvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+8613812345678', "'+8613812345678"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['王明', '王明'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(escapeCsvCell(value)).toBe(expected);
  });

  it('leaves numbers and empty cells alone', () => {
    expect(escapeCsvCell(-5)).toBe('-5');
    expect(escapeCsvCell(null)).toBe('');
    expect(csvLine(['a', 1, null, '=1'])).toBe("a,1,,'=1\r\n");
  });
});

describe('copyField', () => {
  it.each([
    [null, ''],
    ['', '""'],
    ['a"b', '"a""b"'],
    [12, '12'],
    [true, 't'],
  ])('%j → %j', (value, expected) => {
    expect(copyField(value)).toBe(expected);
  });
});
