// The STS endpoint a step dials when one is configured, resolved once with the SDK's own rules: the
// sts-endpoint input, else AWS_ENDPOINT_URL_STS, else AWS_ENDPOINT_URL; an empty variable is unset,
// and AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true turns the variables off. Undefined: the SDK's own
// regional endpoint (always https://). The plain-http warning and the refreshing profile read this.

export function configuredStsEndpoint(input: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (input) return input;
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  return env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || undefined;
}
