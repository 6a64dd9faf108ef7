/** One record of a CSV file: the line it starts on (1-based) and its fields, untrimmed. */
export type CsvRecord = { line: number; fields: string[] };

/** A record that could not be read (an opening quote never closed), with the line it starts on. */
export type CsvProblem = { line: number; reason: 'unclosed_quote' };

/** What one call to the reader produced. */
export type CsvOutput = { records: CsvRecord[]; problems: CsvProblem[] };

/** An incremental CSV reader: feed decoded text in pieces, then `end()`. */
export type CsvReader = { push: (text: string) => CsvOutput; end: () => CsvOutput };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads RFC 4180 CSV incrementally: quoted fields with doubled quotes and line breaks, CRLF or
 * LF line ends, empty lines skipped (but counted for line numbers). Lenient like spreadsheet
 * exports: text after a closing quote is kept, a quote inside an unquoted field is literal.
 * Written for speed (a single scan, slices instead of per-character strings): imports of a
 * million lines spend most of their JavaScript time here.
 */
export function createCsvReader(delimiter: string): CsvReader {
  const delim = delimiter.charCodeAt(0);
  let carry = '';
  let line = 1;

  function scan(text: string, final: boolean): CsvOutput {
    const records: CsvRecord[] = [];
    const problems: CsvProblem[] = [];
    const n = text.length;
    let pos = 0;
    while (pos < n) {
      const startLine = line;
      const start = pos;
      let newlines = 0;
      const fields: string[] = [];
      let i = pos;
      let complete = false;
      let broken = false;
      for (;;) {
        let value: string;
        if (i < n && text.charCodeAt(i) === QUOTE) {
          let j = i + 1;
          value = '';
          let closed = false;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q < 0) break;
            if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
              value += text.slice(j, q + 1);
              j = q + 2;
              continue;
            }
            if (q + 1 >= n && !final) break;
            value += text.slice(j, q);
            j = q + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (!final) break;
            broken = true;
            newlines += countNewlines(text, i, n);
            i = n;
            complete = true;
            break;
          }
          newlines += countNewlines(value, 0, value.length);
          i = j;
          // Lenient: anything between the closing quote and the next delimiter is kept.
          let k = i;
          while (k < n) {
            const c = text.charCodeAt(k);
            if (c === delim || c === LF || c === CR) break;
            k++;
          }
          if (k > i) {
            value += text.slice(i, k);
            i = k;
          }
        } else {
          let k = i;
          while (k < n) {
            const c = text.charCodeAt(k);
            if (c === delim || c === LF || c === CR) break;
            k++;
          }
          value = text.slice(i, k);
          i = k;
        }
        if (i >= n) {
          if (!final) break;
          fields.push(value);
          complete = true;
          break;
        }
        const c = text.charCodeAt(i);
        fields.push(value);
        if (c === delim) {
          i++;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) break;
          i += i + 1 < n && text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i++;
        }
        newlines++;
        complete = true;
        break;
      }
      if (!complete) {
        carry = text.slice(start);
        return { records, problems };
      }
      pos = i;
      line = startLine + newlines;
      if (broken) {
        problems.push({ line: startLine, reason: 'unclosed_quote' });
      } else if (!(fields.length === 1 && fields[0] === '')) {
        records.push({ line: startLine, fields });
      }
    }
    carry = '';
    return { records, problems };
  }

  return {
    push: (text) => scan(carry + text, false),
    end: () => scan(carry, true),
  };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}

/** Reads a whole CSV text at once (lookup files, tests). */
export function readCsvText(text: string, delimiter: string): CsvOutput {
  const reader = createCsvReader(delimiter);
  const first = reader.push(text);
  const last = reader.end();
  return { records: [...first.records, ...last.records], problems: [...first.problems, ...last.problems] };
}
