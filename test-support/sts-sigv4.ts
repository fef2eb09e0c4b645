// SigV4 as STS checks it: the principal whose keys signed the request, verified by recomputing the
// Authorization header with the AWS SDK's own signer and the secret the local STS knows. It accepts
// both the JS SDK's requests and botocore's (the AWS CLI), which does not sign x-amz-content-sha256.

import type { IncomingMessage } from 'node:http';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { type Principal, StsRejection } from './sts-protocol.ts';

const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

/** The principal whose keys signed the request, if its session token and SigV4 signature check out. */
export async function verifySignature(
  principals: ReadonlyMap<string, Principal>,
  req: IncomingMessage,
  body: string,
): Promise<Principal> {
  const auth = req.headers.authorization ?? '';
  const m = SIGV4.exec(auth);
  if (!m)
    throw new StsRejection('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  const [, accessKeyId, , region, service, signedHeaders] = m as unknown as string[];
  const principal = principals.get(accessKeyId as string);
  const invalid = () =>
    new StsRejection('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
  if (!principal) throw invalid();
  if (
    principal.sessionToken !== undefined &&
    req.headers['x-amz-security-token'] !== principal.sessionToken
  ) {
    throw invalid();
  }
  if (principal.expired || ('expiration' in principal && (principal.expiration as Date) < new Date())) {
    throw new StsRejection('ExpiredToken', 'The security token included in the request is expired');
  }
  const expected = await recomputeSignature(principal, req, body, {
    region: region as string,
    service: service as string,
    signedHeaders: (signedHeaders as string).split(';'),
  });
  if (expected !== auth) {
    throw new StsRejection(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
      403,
    );
  }
  return principal;
}

/** The Authorization header the SDK's own signer computes over what arrived, with the known secret. */
async function recomputeSignature(
  principal: Principal,
  req: IncomingMessage,
  body: string,
  scope: { region: string; service: string; signedHeaders: string[] },
): Promise<string | undefined> {
  const headers: Record<string, string> = {};
  for (const name of scope.signedHeaders) headers[name] = String(req.headers[name] ?? '');
  const amzDate = headers['x-amz-date'] ?? '';
  const signingDate = new Date(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  const [hostname, port] = (headers.host ?? '').split(':');
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: principal.accessKeyId,
      secretAccessKey: principal.secretAccessKey,
      ...(principal.sessionToken ? { sessionToken: principal.sessionToken } : {}),
    },
    region: scope.region,
    service: scope.service,
    sha256: Sha256,
    // The JS SDK signs x-amz-content-sha256; botocore (the AWS CLI) does not send it at all.
    applyChecksum: scope.signedHeaders.includes('x-amz-content-sha256'),
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: req.method ?? 'POST',
      protocol: 'http:',
      hostname: hostname ?? '',
      ...(port ? { port: Number(port) } : {}),
      path: (req.url ?? '/').split('?')[0] ?? '/',
      headers,
      body,
    }),
    { signingDate },
  );
  return signed.headers.authorization;
}
