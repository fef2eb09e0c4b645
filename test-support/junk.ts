// A body of junk for the hostile-server tests: `bytes` long (Infinity: until the client goes
// away), streamed without a content-length, so the client can only stop it by counting.

import type { ServerResponse } from 'node:http';

export function streamJunk(res: ServerResponse, bytes: number, contentType: string): void {
  res.writeHead(200, { 'content-type': contentType });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let left = bytes;
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    if (left <= 0) res.end();
  };
  res.on('close', () => {
    left = 0;
  });
  pump();
}
