/** Text encodings an import file may use; `utf-8-bom` is UTF-8 with a byte-order mark. */
export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** The WHATWG label TextDecoder needs for an encoding (the BOM is dropped by the decoder). */
export function decoderLabel(encoding: FileEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Guesses the encoding of a file from its first bytes: a byte-order mark decides; otherwise
 * valid UTF-8 is UTF-8 (plain ASCII included) and anything else is taken as GBK/GB18030, the
 * encoding Chinese Excel and POS exports use. `complete` says the sample is the whole file
 * (a multi-byte character cut at the end of a partial sample is not held against UTF-8).
 */
export function detectEncoding(sample: Uint8Array, complete = false): FileEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  return isValidUtf8(sample, complete) ? 'utf-8' : 'gb18030';
}

/** Strict UTF-8 validation (no overlongs, no surrogates, at most U+10FFFF). */
export function isValidUtf8(bytes: Uint8Array, complete = true): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return false;
    }
    if (i + need >= n) {
      // The sequence runs past the end: a cut sample may end mid-character, a whole file may not.
      if (complete) return false;
      for (let k = i + 1; k < n; k++) if ((bytes[k]! & 0xc0) !== 0x80) return false;
      return true;
    }
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return false;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** A delimiter an import file may use. */
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter of a CSV file from its header line: the most frequent of `,`, `;`, tab and `|`
 * outside quotes; a comma when none appears (a one-column file).
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const c = counts.get(d) ?? 0;
    if (c > bestCount) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}
