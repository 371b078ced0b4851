import { describe, expect, it } from 'vitest';
import { importSampleCsv, importSampleFileName, sampleCsv } from './csvSample';

describe('sample CSV files', () => {
  it('starts with a BOM, ends each line in CRLF, and quotes what needs it', () => {
    expect(
      sampleCsv(
        ['a', 'b'],
        [
          ['1', 'x,y'],
          ['say "hi"', 'two\nlines'],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n1,"x,y"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('makes an import sample: the fields as the header, their examples as a row', () => {
    const format = {
      fields: [
        { name: 'name', headers: ['顧客名'], example: '株式会社かもめ物流' },
        { name: 'renewal_date', headers: [], example: '2027-03-31' },
      ],
    };
    expect(importSampleCsv(format)).toBe(
      '\uFEFFname,renewal_date\r\n株式会社かもめ物流,2027-03-31\r\n',
    );
    expect(importSampleFileName('fx_rates')).toBe('banso-fx-rates-sample.csv');
  });
});
