// The one capped body reader, at its limit: exactly the limit is read, one byte more is refused,
// however the bytes arrive; an abort stops it.

import { Readable } from 'node:stream';
import { describe, expect, test } from '@jest/globals';
import { RESPONSE_LIMIT_BYTES, readCapped } from '../../../src/network/http.js';

const tooLarge = () => new Error('too large');
const body = (...sizes: number[]) => Readable.from(sizes.map((n) => Buffer.alloc(n, 0x61)));

describe('readCapped', () => {
  test('the limit is 256 KiB', () => {
    expect(RESPONSE_LIMIT_BYTES).toBe(256 * 1024);
  });

  test.each([
    ['exactly the limit, in one chunk', [1024], 1024, true],
    ['exactly the limit, in many', [1000, 24], 1024, true],
    ['one byte more, in one chunk', [1025], 1024, false],
    ['one byte more, in the last chunk', [1024, 1], 1024, false],
  ])('%s', async (_name, sizes, limit, ok) => {
    const read = readCapped(body(...sizes), limit, tooLarge);
    if (ok) expect((await read).length).toBe(limit);
    else await expect(read).rejects.toThrow('too large');
  });

  test('an aborted signal rejects with its reason, before or during the read', async () => {
    const done = AbortSignal.abort(new Error('stopped'));
    await expect(readCapped(body(10), 1024, tooLarge, done)).rejects.toThrow('stopped');
    const controller = new AbortController();
    const endless = new Readable({ read() {} });
    const read = readCapped(endless, 1024, tooLarge, controller.signal);
    controller.abort(new Error('later'));
    await expect(read).rejects.toThrow('later');
    expect(endless.destroyed).toBe(true);
  });
});
