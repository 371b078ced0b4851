import { describe, expect, it } from 'vitest';
import {
  isDirty,
  mappingFromRows,
  newRow,
  parseFieldPath,
  rowsFromMapping,
  validateRows,
} from './features';

const messages = { required: 'required', duplicate: 'duplicate' };

describe('the feature mapping rows', () => {
  it('traces the server’s error field back to a row and an input', () => {
    expect(parseFieldPath('data[2].feature')).toEqual({ index: 2, column: 'feature' });
    expect(parseFieldPath('data[0].event_name')).toEqual({ index: 0, column: 'event_name' });
    expect(parseFieldPath('data[4]')).toEqual({ index: 4, column: null });
    expect(parseFieldPath('data')).toEqual({ index: null, column: null });
    expect(parseFieldPath('data[1].other')).toEqual({ index: null, column: null });
    expect(parseFieldPath('items[1].feature')).toEqual({ index: null, column: null }); // the draft API's name
    expect(parseFieldPath(null)).toEqual({ index: null, column: null });
  });

  it('sends every row in order, trimmed, so that the server’s indices are the rows’', () => {
    const rows = [newRow(' report_exported ', ' レポート出力 '), newRow('', '')];
    expect(mappingFromRows(rows)).toEqual([
      { event_name: 'report_exported', feature: 'レポート出力' },
      { event_name: '', feature: '' },
    ]);
  });

  it('gives each row its own key', () => {
    const rows = rowsFromMapping([
      { event_name: 'a', feature: 'A' },
      { event_name: 'b', feature: 'B' },
    ]);
    expect(rows[0]!.key).not.toBe(rows[1]!.key);
  });

  it('checks both inputs are filled and each event is mapped once', () => {
    const rows = [newRow('a', 'A'), newRow('', 'B'), newRow('a', ' '), newRow('c', 'C')];
    expect(validateRows(rows, messages)).toEqual([
      { index: 1, column: 'event_name', message: 'required' },
      { index: 2, column: 'event_name', message: 'duplicate' },
      { index: 2, column: 'feature', message: 'required' },
    ]);
    expect(validateRows([newRow('a', 'A')], messages)).toEqual([]);
  });

  it('knows when the rows differ from what is saved', () => {
    const saved = [{ event_name: 'a', feature: 'A' }];
    expect(isDirty(rowsFromMapping(saved), saved)).toBe(false);
    expect(isDirty([newRow('a ', 'A')], saved)).toBe(false);
    expect(isDirty([newRow('a', 'B')], saved)).toBe(true);
    expect(isDirty([], saved)).toBe(true);
    expect(isDirty([...rowsFromMapping(saved), newRow()], saved)).toBe(true);
  });
});
