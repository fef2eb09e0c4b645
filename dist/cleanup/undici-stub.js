// Written by scripts/build.ts in place of undici, which this action never calls.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action: @actions/http-client getAgentDispatcher() is not supported here');
  }
}
