// Written by scripts/build.ts in place of undici, which this action never sends through.
const NOT_HERE = 'undici is not bundled with this action: a request through @actions/http-client getAgentDispatcher() is not supported here';
export class ProxyAgent {
  dispatch() {
    throw new Error(NOT_HERE);
  }
}
export async function fetch() {
  throw new Error(NOT_HERE);
}
