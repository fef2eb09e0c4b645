// `node scripts/local-sts.ts [port]`: the test suite's local STS as a standalone server, for the
// CI smoke job that runs `uses: ./` with a real GitHub OIDC token. It accepts any well-formed
// token (it cannot verify GitHub's signature offline) and logs each call.

import { startStsServer } from '../test-support/sts-server.ts';

const port = Number(process.argv[2] ?? 4566);
const sts = await startStsServer({ port });
console.log(`local STS listening on ${sts.url}`);
setInterval(() => {
  const call = sts.calls.shift();
  if (call) console.log(`${call.action} -> ${call.outcome}`);
}, 200);
