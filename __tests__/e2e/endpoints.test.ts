// Partitions and endpoint variants end to end: the built action, a region of each partition, and
// AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT. No endpoint is configured, so the SDK
// resolves the real AWS host name (sts.eusc-de-east-1.amazonaws.eu, sts-fips.us-east-1.amazonaws.com
// ...); the local proxy records the CONNECT for that name and tunnels it to a local STS that holds a
// test certificate for it. The host dialed is then observed three ways: the CONNECT, the Host header
// STS received, and the summary's "STS endpoint" row. Nothing leaves the machine.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { expectFailedCleanly } from '../../test-support/assertions.ts';
import { type OidcServer, startOidcServer } from '../../test-support/oidc-server.ts';
import { type ProxyServer, startProxyServer } from '../../test-support/proxy-server.ts';
import { type RunResult, runAction } from '../../test-support/runner.ts';
import { sdkStsOrigin, type Variant } from '../../test-support/sdk-endpoint.ts';
import { type StsServer, startStsServer } from '../../test-support/sts-server.ts';
import { type TestCertificate, testCertificate } from '../../test-support/tls.ts';

interface Case {
  readonly region: string;
  readonly partition: string;
  readonly variant: Variant;
}

const CASES: readonly Case[] = [
  { region: 'eusc-de-east-1', partition: 'aws-eusc', variant: {} },
  { region: 'us-iso-east-1', partition: 'aws-iso', variant: {} },
  { region: 'us-isob-east-1', partition: 'aws-iso-b', variant: {} },
  { region: 'cn-north-1', partition: 'aws-cn', variant: {} },
  { region: 'us-gov-west-1', partition: 'aws-us-gov', variant: {} },
  { region: 'us-east-1', partition: 'aws', variant: {} },
  { region: 'us-east-1', partition: 'aws', variant: { fips: true } },
  { region: 'us-east-1', partition: 'aws', variant: { dualstack: true } },
  { region: 'us-east-1', partition: 'aws', variant: { fips: true, dualstack: true } },
  { region: 'eusc-de-east-1', partition: 'aws-eusc', variant: { fips: true } },
  { region: 'us-gov-west-1', partition: 'aws-us-gov', variant: { fips: true, dualstack: true } },
];

const variantEnv = (v: Variant) => ({
  AWS_USE_FIPS_ENDPOINT: v.fips ? 'true' : undefined,
  AWS_USE_DUALSTACK_ENDPOINT: v.dualstack ? 'true' : undefined,
});
const label = (c: Case) =>
  `${c.region}${c.variant.fips ? ' FIPS' : ''}${c.variant.dualstack ? ' dual-stack' : ''}`;

let oidc: OidcServer;
let sts: StsServer;
let proxy: ProxyServer;
let certificate: TestCertificate;
/** Each case's origin, as the SDK resolves it outside the action. */
const expected = new Map<Case, string>();

beforeAll(async () => {
  for (const c of CASES) expected.set(c, await sdkStsOrigin(c.region, c.variant));
  const hosts = [...new Set([...expected.values()].map((o) => new URL(o).hostname))];
  certificate = testCertificate(hosts);
  oidc = await startOidcServer();
  sts = await startStsServer({ jwks: oidc.jwks, tls: certificate });
  const stsPort = Number(new URL(sts.url).port);
  proxy = await startProxyServer({ intercept: (host) => (hosts.includes(host) ? stsPort : undefined) });
});

afterAll(async () => {
  await Promise.all([oidc.close(), sts.close(), proxy.close()]);
  certificate.remove();
});

function run(c: Case, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    inputs: {
      'aws-region': c.region,
      'role-to-assume': `arn:${c.partition}:iam::123456789012:role/deploy`,
      'http-proxy': proxy.url,
      'http-timeout-s': '3',
      ...inputs,
    },
    env: {
      ...oidc.env(),
      NODE_EXTRA_CA_CERTS: certificate.caFile,
      RUNNER_DEBUG: '1',
      AWS_ENDPOINT_URL_STS: undefined,
      AWS_ENDPOINT_URL: undefined,
      ...variantEnv(c.variant),
    },
  });
}

describe('each partition and endpoint variant dials the host the SDK resolves, through the proxy', () => {
  test.each(CASES.map((c) => [label(c), c] as const))('%s', async (_name, c) => {
    const origin = expected.get(c) as string;
    const host = new URL(origin).hostname;
    const before = sts.calls.length;
    const r = await run(c);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(proxy.seen).toContain(`CONNECT ${host}:443`);
    expect(sts.calls.slice(before).map((call) => call.host)).toEqual([host]);
    expect(r.summary).toContain(`<td>STS endpoint</td><td>${origin}</td>`);
    expect(r.stdout).toContain(`STS requests go to ${origin} through the proxy.`);
    expect(r.env.AWS_REGION).toBe(c.region);
  });
});

describe('the proxy decision is made for the resolved host', () => {
  const fips: Case = { region: 'us-east-1', partition: 'aws', variant: { fips: true } };

  test('no-proxy naming the plain regional host does not exempt the FIPS host the SDK dials', async () => {
    const r = await run(fips, { 'no-proxy': 'sts.us-east-1.amazonaws.com' });
    expect(r.code).toBe(0);
    expect(proxy.seen).toContain('CONNECT sts-fips.us-east-1.amazonaws.com:443');
  });

  test('no-proxy naming the FIPS host sends it direct: no CONNECT, and nothing exported', async () => {
    const seen = proxy.seen.length;
    const r = await run(fips, { 'no-proxy': 'sts-fips.us-east-1.amazonaws.com', 'retry-max-attempts': '1' });
    expect(r.stdout).toContain('STS requests go to https://sts-fips.us-east-1.amazonaws.com.');
    expect(proxy.seen.slice(seen).filter((s) => s.includes('amazonaws'))).toEqual([]);
    expectFailedCleanly(r, /STS|sts/, [oidc.requestToken, ...oidc.issued]);
  });
});
