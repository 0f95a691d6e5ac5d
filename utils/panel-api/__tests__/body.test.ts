import { describe, expect, it } from 'vitest';
import { quoteLongNumbers, readBody } from '../body';

describe('numbers a float would round', () => {
  it('are quoted, wherever they are; strings and short numbers are left alone', () => {
    expect(quoteLongNumbers('{"order":12345678901234567890,"n":[1,-98765432109876543210,0.5]}')).toBe('{"order":"12345678901234567890","n":[1,"-98765432109876543210",0.5]}');
    expect(quoteLongNumbers('{"rate":0.123456789012345678,"e":1e308,"s":"12345678901234567890 \\" 99999999999999999"}')).toBe(
      '{"rate":"0.123456789012345678","e":1e308,"s":"12345678901234567890 \\" 99999999999999999"}',
    );
    // 15 significant digits are exact as floats: not touched.
    expect(quoteLongNumbers('[123456789012345, 0.000123456789012345]')).toBe('[123456789012345, 0.000123456789012345]');
  });
});

describe('noise around the JSON', () => {
  it('is read past only when all of it is PHP noise', () => {
    expect(readBody('\uFEFF<br />\n<b>Notice</b>:  x in <b>/a.php</b> on line <b>1</b><br />\n[1]')).toEqual({ ok: true, value: [1], noise: true });
    expect(readBody('<p>Hello</p>[1]')).toEqual({ ok: false });
    expect(readBody('[1]<br />\n<b>Fatal error</b>:  x in <b>/a.php</b> on line <b>1</b><br />')).toEqual({ ok: false });
    expect(readBody('  [1]  ')).toEqual({ ok: true, value: [1], noise: false });
  });
});
