// A local STS that speaks the AWS Query protocol as @aws-sdk/client-sts expects it: a form-encoded
// POST /, an XML result, or an ErrorResponse document with the wire error code. It verifies the
// web identity token against the OIDC server's JWKS, records every call with the token it
// carried, and can be told to fail, stall or drop connections. Shared by tests, demo and bench.

import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  type JSONWebKeySet,
  type JWTPayload,
  errors as joseErrors,
  jwtVerify,
} from 'jose';

export type StsFault =
  /** An ErrorResponse with this wire code (HTTP 400 unless status is given). */
  | { readonly error: string; readonly message?: string; readonly status?: number }
  /** A raw answer: an HTML 502 page from a proxy, malformed XML, ... */
  | { readonly status: number; readonly body: string; readonly contentType?: string }
  /** Accept the request and never answer. */
  | { readonly hang: true }
  /** Send the headers, then stall the body. */
  | { readonly stallBody: true }
  /** Drop the connection. */
  | { readonly reset: true }
  /** A 200 whose result has no Credentials. */
  | { readonly noCredentials: true };

export interface StsCall {
  readonly action: string;
  readonly params: Readonly<Record<string, string>>;
  /** The WebIdentityToken it carried, if any. */
  readonly token: string | undefined;
  /** "ok", the error code answered, or the fault. */
  outcome: string;
}

export interface IssuedCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
  readonly arn: string;
}

export interface StsServerOptions {
  /** Verify tokens against this JWKS; without it every token is accepted unread. */
  readonly jwks?: JSONWebKeySet;
  /** The audiences the IAM OIDC provider lists. */
  readonly audiences?: readonly string[];
  /** The role's trust policy, as a predicate on the verified claims. */
  readonly trust?: (claims: JWTPayload, roleArn: string) => boolean;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
}

export interface StsServer {
  readonly url: string;
  readonly calls: StsCall[];
  readonly issued: IssuedCredentials[];
  /** The next `times` calls get `fault` (Infinity: every call). */
  fail(fault: StsFault, times?: number): void;
  close(): Promise<void>;
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

function xml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function errorResponse(code: string, message: string): string {
  return (
    `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${xml(code)}</Code>` +
    `<Message>${xml(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`
  );
}

function randomKeyId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return `ASIA${Array.from(randomBytes(16), (b) => alphabet[b % 32]).join('')}`;
}

class StsRejection extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

export async function startStsServer(options: StsServerOptions = {}): Promise<StsServer> {
  const calls: StsCall[] = [];
  const issued: IssuedCredentials[] = [];
  const faults: { fault: StsFault; times: number }[] = [];
  const keys = options.jwks ? createLocalJWKSet(options.jwks) : undefined;
  const audiences = options.audiences ?? ['sts.amazonaws.com'];

  const nextFault = (): StsFault | undefined => {
    const head = faults[0];
    if (!head) return undefined;
    if (--head.times <= 0) faults.shift();
    return head.fault;
  };

  const verify = async (token: string): Promise<JWTPayload> => {
    if (!keys) return {};
    try {
      const { payload } = await jwtVerify(token, keys, { algorithms: ['RS256'] });
      const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (!aud.some((a) => a !== undefined && audiences.includes(a))) {
        throw new StsRejection('InvalidIdentityToken', 'Incorrect token audience');
      }
      return payload;
    } catch (error) {
      if (error instanceof StsRejection) throw error;
      if (error instanceof joseErrors.JWTExpired) {
        throw new StsRejection(
          'ExpiredTokenException',
          'Token expired: current date/time must be before the expiration date/time',
        );
      }
      throw new StsRejection(
        'InvalidIdentityToken',
        'The web identity token that was passed could not be validated by AWS.',
      );
    }
  };

  const assumeRoleWithWebIdentity = async (p: Record<string, string>): Promise<string> => {
    const roleArn = p.RoleArn ?? '';
    const session = p.RoleSessionName ?? '';
    const token = p.WebIdentityToken ?? '';
    const duration = Number(p.DurationSeconds ?? '3600');
    const role = /^arn:[\w-]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
    if (!role) throw new StsRejection('ValidationError', `${roleArn} is invalid`);
    if (!/^[\w+=,.@-]{2,64}$/.test(session)) {
      throw new StsRejection(
        'ValidationError',
        `1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint`,
      );
    }
    if (!(duration >= 900 && duration <= 43200)) {
      throw new StsRejection(
        'ValidationError',
        `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint`,
      );
    }
    if (token.length < 4) throw new StsRejection('ValidationError', 'WebIdentityToken is too short');
    const claims = await verify(token);
    if (options.trust && !options.trust(claims, roleArn)) {
      throw new StsRejection('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403);
    }
    const [, account, roleName] = role;
    const creds: IssuedCredentials = {
      accessKeyId: randomKeyId(),
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(180).toString('base64')}`,
      expiration: new Date(Math.floor(Date.now() / 1000 + duration) * 1000),
      arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${session}`,
    };
    issued.push(creds);
    return (
      `<AssumeRoleWithWebIdentityResponse xmlns="${NS}"><AssumeRoleWithWebIdentityResult>` +
      `<Audience>${xml(String(claims.aud ?? 'sts.amazonaws.com'))}</Audience>` +
      `<AssumedRoleUser><AssumedRoleId>AROA${randomKeyId().slice(4)}:${xml(session)}</AssumedRoleId><Arn>${xml(creds.arn)}</Arn></AssumedRoleUser>` +
      `<Provider>arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com</Provider>` +
      `<Credentials><AccessKeyId>${creds.accessKeyId}</AccessKeyId><SecretAccessKey>${xml(creds.secretAccessKey)}</SecretAccessKey>` +
      `<SessionToken>${xml(creds.sessionToken)}</SessionToken><Expiration>${creds.expiration.toISOString()}</Expiration></Credentials>` +
      `<SubjectFromWebIdentityToken>${xml(String(claims.sub ?? ''))}</SubjectFromWebIdentityToken>` +
      `</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>` +
      `</AssumeRoleWithWebIdentityResponse>`
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    const call: StsCall = {
      action: params.Action ?? '',
      params,
      token: params.WebIdentityToken,
      outcome: 'ok',
    };
    calls.push(call);
    const send = (status: number, body: string, contentType = 'text/xml') => {
      res.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': randomUUID() }).end(body);
    };

    const fault = nextFault();
    if (fault) {
      call.outcome = 'error' in fault ? fault.error : JSON.stringify(fault);
      if ('hang' in fault) return;
      if ('reset' in fault) return void req.socket.destroy();
      if ('stallBody' in fault) {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.write(`<AssumeRoleWithWebIdentityResponse xmlns="${NS}">`);
        return;
      }
      if ('error' in fault)
        return send(fault.status ?? 400, errorResponse(fault.error, fault.message ?? fault.error));
      if ('noCredentials' in fault) {
        return send(
          200,
          `<AssumeRoleWithWebIdentityResponse xmlns="${NS}"><AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResult>` +
            `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`,
        );
      }
      return send(fault.status, fault.body, fault.contentType);
    }

    if (req.method !== 'POST' || params.Version !== '2011-06-15') {
      call.outcome = 'InvalidAction';
      return send(
        400,
        errorResponse('InvalidAction', 'Expected a Query protocol POST with Version=2011-06-15'),
      );
    }
    try {
      if (call.action !== 'AssumeRoleWithWebIdentity') {
        throw new StsRejection(
          'InvalidAction',
          `Could not find operation ${call.action} for version 2011-06-15`,
        );
      }
      send(200, await assumeRoleWithWebIdentity(params));
    } catch (error) {
      if (!(error instanceof StsRejection)) throw error;
      call.outcome = error.code;
      send(error.status, errorResponse(error.code, error.message));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(errorResponse('InternalFailure', String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    calls,
    issued,
    fail(fault, times = 1) {
      faults.push({ fault, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
