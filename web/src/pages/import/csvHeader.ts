// The header row of a CSV file, read in the browser: when the server refuses a file's header
// (a required field without a column, two columns for one field) it answers no columns, and the
// page still lets the user map the file's columns from this. Decoded as the import would: the
// encoding chosen, or UTF-8 when the bytes are valid UTF-8 and Shift_JIS (cp932) otherwise.
import type { ImportEncoding } from '../../api';

/** Enough for any header row; the rest of the file is not read. */
const HEAD_BYTES = 64 * 1024;

function decode(bytes: Uint8Array, encoding: ImportEncoding): string {
  if (encoding === 'cp932') return new TextDecoder('shift_jis').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: encoding === 'auto' }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

/** The first record of CSV text: fields split at commas, quotes ("" inside) honoured. */
export function firstRecord(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') break;
    else field += c;
  }
  fields.push(field);
  return fields.length === 1 && fields[0] === '' ? [] : fields;
}

function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsArrayBuffer(blob);
  });
}

export async function readCsvHeader(file: Blob, encoding: ImportEncoding): Promise<string[]> {
  let bytes = await readBytes(file.slice(0, HEAD_BYTES));
  // A multi-byte character cut at the end would make valid UTF-8 look invalid: stop at the last line end.
  const end = bytes.lastIndexOf(0x0a);
  if (end > 0 && bytes.length === HEAD_BYTES) bytes = bytes.slice(0, end);
  const text = decode(bytes, encoding).replace(/^\uFEFF/, '');
  return firstRecord(text);
}
