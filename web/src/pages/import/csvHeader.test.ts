import { describe, expect, it } from 'vitest';
import { firstRecord, readCsvHeader } from './csvHeader';

describe('a CSV file’s header row, read in the browser', () => {
  it('splits the first record at commas, honouring quotes', () => {
    expect(firstRecord('顧客名,"a,b","say ""hi"""\r\n1,2,3')).toEqual([
      '顧客名',
      'a,b',
      'say "hi"',
    ]);
    expect(firstRecord('"two\nlines",x\n')).toEqual(['two\nlines', 'x']);
    expect(firstRecord('')).toEqual([]);
  });

  it('reads UTF-8 (its BOM dropped), and Shift_JIS when the bytes are not UTF-8', async () => {
    expect(await readCsvHeader(new Blob(['\uFEFF顧客名,ドメイン\r\n1,2\r\n']), 'auto')).toEqual([
      '顧客名',
      'ドメイン',
    ]);
    // 顧客名,"a,b" in cp932.
    const sjis = new Uint8Array([140, 218, 139, 113, 150, 188, 44, 34, 97, 44, 98, 34, 13, 10, 49]);
    expect(await readCsvHeader(new Blob([sjis]), 'auto')).toEqual(['顧客名', 'a,b']);
    expect(await readCsvHeader(new Blob([sjis]), 'cp932')).toEqual(['顧客名', 'a,b']);
  });
});
