// A local STS that speaks the AWS Query protocol as @aws-sdk/client-sts expects it: a form-encoded
// POST /, an XML result, or an ErrorResponse document with the wire error code. It serves
// AssumeRoleWithWebIdentity (verifying the token against the OIDC server's JWKS), and AssumeRole
// and GetCallerIdentity (verifying SigV4 by recomputing it with the SDK's own signer and the secret
// it knows for the access key). It records every call, and can be told to fail, stall or drop
// connections. Shared by tests, demo and bench.

import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  type JSONWebKeySet,
  type JWTPayload,
  errors as joseErrors,
  jwtVerify,
} from 'jose';
import { answerFault, type Send, type StsFault, TokenBucket } from './sts-faults.ts';
import {
  credentialsXml,
  errorResponse,
  type IssuedCredentials,
  NS,
  type Principal,
  randomKeyId,
  type StsCall,
  StsRejection,
  xml,
} from './sts-protocol.ts';
import { verifySignature } from './sts-sigv4.ts';

export type { StsFault } from './sts-faults.ts';
export type { IssuedCredentials, Principal, StsCall } from './sts-protocol.ts';

export interface StsServerOptions {
  /** Verify tokens against this JWKS; without it every token is accepted unread. */
  readonly jwks?: JSONWebKeySet;
  /** The audiences the IAM OIDC provider lists. */
  readonly audiences?: readonly string[];
  /** The role's trust policy, as a predicate on the verified claims. */
  readonly trust?: (claims: JWTPayload, roleArn: string) => boolean;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** IAM users (or sessions) whose signatures are accepted. */
  readonly principals?: readonly Principal[];
  /** Who may AssumeRole what; default: anyone known. */
  readonly assumeRoleTrust?: (callerArn: string, roleArn: string, params: Record<string, string>) => boolean;
  /** AssumeRole with more session tags than this answers PackedPolicyTooLarge. */
  readonly maxPackedTags?: number;
  /** A token bucket: at most this many calls a second (burst of the same size); others get Throttling. */
  readonly ratePerSecond?: number;
  /** Issue sessions that expire after this many seconds, whatever DurationSeconds asked (refresh tests). */
  readonly sessionSeconds?: number;
  /** Called as each call arrives, before it is answered. */
  readonly onCall?: (call: StsCall) => void;
  /** Secret access keys to issue, in order, before random ones (special-characters tests). */
  readonly secrets?: readonly string[];
  /** The role's MaxSessionDuration (IAM's default is 3600): a longer DurationSeconds is refused, as STS does. */
  readonly maxSessionSeconds?: (roleArn: string) => number | undefined;
  /** The AssumedRoleUser ARN to answer with for a role, instead of a session of that role. */
  readonly assumedRoleArn?: (roleArn: string) => string;
  /** Serve https:// with this key and certificate (test-support/tls.ts) instead of http://. */
  readonly tls?: { readonly key: string; readonly cert: string };
}

export interface StsServer {
  readonly url: string;
  readonly calls: StsCall[];
  readonly issued: IssuedCredentials[];
  /** Adds someone who can sign. */
  addPrincipal(principal: Principal): void;
  /** The next `times` calls get `fault` (Infinity: every call). */
  fail(fault: StsFault, times?: number): void;
  close(): Promise<void>;
}

interface State {
  readonly options: StsServerOptions;
  readonly calls: StsCall[];
  readonly issued: IssuedCredentials[];
  readonly faults: { fault: StsFault; times: number }[];
  readonly keys: ReturnType<typeof createLocalJWKSet> | undefined;
  readonly audiences: readonly string[];
  readonly principals: Map<string, Principal>;
  readonly secrets: string[];
  readonly bucket: TokenBucket | undefined;
}

/** At most `rate` calls a second, with a burst of the same size. */

function nextFault(state: State): StsFault | undefined {
  const head = state.faults[0];
  if (!head) return undefined;
  if (--head.times <= 0) state.faults.shift();
  return head.fault;
}

/** The token's claims, verified against the JWKS and the provider's audiences. */

async function verifyToken(state: State, token: string): Promise<JWTPayload> {
  if (!state.keys) return {};
  try {
    const { payload } = await jwtVerify(token, state.keys, { algorithms: ['RS256'] });
    const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!aud.some((a) => a !== undefined && state.audiences.includes(a))) {
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
}

const ROLE_ARN = /^arn:([\w-]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;

/** The checks both AssumeRole calls make on RoleArn, RoleSessionName, DurationSeconds and Policy. */
function sessionParams(p: Record<string, string>) {
  const roleArn = p.RoleArn ?? '';
  const session = p.RoleSessionName ?? '';
  const duration = Number(p.DurationSeconds ?? '3600');
  if (!ROLE_ARN.test(roleArn)) throw new StsRejection('ValidationError', `${roleArn} is invalid`);
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
  if (p.Policy !== undefined) {
    try {
      JSON.parse(p.Policy);
    } catch {
      throw new StsRejection('MalformedPolicyDocument', 'The policy is not in the valid JSON format.');
    }
  }
  return { roleArn, session, duration };
}

/** New session credentials, recorded and accepted as a signer from now on. */
function issue(state: State, roleArn: string, session: string, duration: number): IssuedCredentials {
  const [, partition, account, roleName] = ROLE_ARN.exec(roleArn) as unknown as [
    string,
    string,
    string,
    string,
  ];
  const creds: IssuedCredentials = {
    accessKeyId: randomKeyId(),
    secretAccessKey: state.secrets.shift() ?? randomBytes(30).toString('base64'),
    sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(180).toString('base64')}`,
    expiration: new Date(Math.floor(Date.now() / 1000 + (state.options.sessionSeconds ?? duration)) * 1000),
    arn: state.options.assumedRoleArn
      ? `${state.options.assumedRoleArn(roleArn).replace(':iam::', ':sts::').replace(':role/', ':assumed-role/')}/${session}`
      : `arn:${partition}:sts::${account}:assumed-role/${roleName}/${session}`,
  };
  state.issued.push(creds);
  state.principals.set(creds.accessKeyId, creds);
  return creds;
}

function assumeRole(state: State, p: Record<string, string>, caller: Principal, call: StsCall): string {
  const { roleArn, session, duration } = sessionParams(p);
  const { options } = state;
  if (caller.arn.includes(':assumed-role/') && duration > 3600) {
    throw new StsRejection(
      'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
  }
  const tags = Object.keys(call.tags);
  if (options.maxPackedTags !== undefined && tags.length > options.maxPackedTags) {
    throw new StsRejection(
      'PackedPolicyTooLarge',
      `Packed policy consumes ${Math.round((tags.length / options.maxPackedTags) * 100)}% of allotted space, please use smaller policy.`,
    );
  }
  if (options.assumeRoleTrust && !options.assumeRoleTrust(caller.arn, roleArn, p)) {
    throw new StsRejection(
      'AccessDenied',
      `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      403,
    );
  }
  const creds = issue(state, roleArn, session, duration);
  return (
    `<AssumeRoleResponse xmlns="${NS}"><AssumeRoleResult>${credentialsXml(creds, session)}` +
    `<PackedPolicySize>${tags.length * 2}</PackedPolicySize></AssumeRoleResult>` +
    `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleResponse>`
  );
}

function getCallerIdentity(caller: Principal): string {
  return (
    `<GetCallerIdentityResponse xmlns="${NS}"><GetCallerIdentityResult><Arn>${xml(caller.arn)}</Arn>` +
    `<UserId>AIDA${caller.accessKeyId.slice(4)}</UserId><Account>${caller.arn.split(':')[4]}</Account>` +
    `</GetCallerIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
  );
}

async function assumeRoleWithWebIdentity(state: State, p: Record<string, string>): Promise<string> {
  const { roleArn, session, duration } = sessionParams(p);
  const token = p.WebIdentityToken ?? '';
  if (token.length < 4) throw new StsRejection('ValidationError', 'WebIdentityToken is too short');
  const claims = await verifyToken(state, token);
  if (state.options.trust && !state.options.trust(claims, roleArn)) {
    throw new StsRejection('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403);
  }
  const max = state.options.maxSessionSeconds?.(roleArn);
  if (max !== undefined && duration > max) {
    throw new StsRejection(
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
  }
  const creds = issue(state, roleArn, session, duration);
  return (
    `<AssumeRoleWithWebIdentityResponse xmlns="${NS}"><AssumeRoleWithWebIdentityResult>` +
    `<Audience>${xml(String(claims.aud ?? 'sts.amazonaws.com'))}</Audience>${credentialsXml(creds, session)}` +
    `<Provider>arn:aws:iam::${creds.arn.split(':')[4]}:oidc-provider/token.actions.githubusercontent.com</Provider>` +
    `<SubjectFromWebIdentityToken>${xml(String(claims.sub ?? ''))}</SubjectFromWebIdentityToken>` +
    `</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>` +
    `</AssumeRoleWithWebIdentityResponse>`
  );
}

async function readCall(req: IncomingMessage): Promise<{ call: StsCall; body: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const params = Object.fromEntries(new URLSearchParams(body));
  const tags: Record<string, string> = {};
  for (let i = 1; params[`Tags.member.${i}.Key`] !== undefined; i++) {
    tags[params[`Tags.member.${i}.Key`] as string] = params[`Tags.member.${i}.Value`] ?? '';
  }
  const call: StsCall = {
    action: params.Action ?? '',
    params,
    token: params.WebIdentityToken,
    caller: undefined,
    at: Date.now(),
    tags,
    outcome: 'ok',
    host: req.headers.host ?? '',
  };
  return { call, body };
}

/** The operation itself, once the call passed the rate limit and has no fault queued. */
async function answer(state: State, req: IncomingMessage, call: StsCall, body: string): Promise<string> {
  if (req.method !== 'POST' || call.params.Version !== '2011-06-15') {
    throw new StsRejection('InvalidAction', 'Expected a Query protocol POST with Version=2011-06-15');
  }
  if (call.action === 'AssumeRoleWithWebIdentity') return assumeRoleWithWebIdentity(state, call.params);
  if (call.action !== 'AssumeRole' && call.action !== 'GetCallerIdentity') {
    throw new StsRejection('InvalidAction', `Could not find operation ${call.action} for version 2011-06-15`);
  }
  const caller = await verifySignature(state.principals, req, body);
  call.caller = caller.accessKeyId;
  return call.action === 'AssumeRole'
    ? assumeRole(state, call.params, caller, call)
    : getCallerIdentity(caller);
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { call, body } = await readCall(req);
  state.calls.push(call);
  state.options.onCall?.(call);
  const send: Send = (status, text, contentType = 'text/xml') => {
    res.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': randomUUID() }).end(text);
  };
  if (state.bucket && !state.bucket.take()) {
    call.outcome = 'Throttling';
    return send(400, errorResponse('Throttling', 'Rate exceeded'));
  }
  const fault = nextFault(state);
  if (fault && 'delayMs' in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  else if (fault) {
    call.outcome = 'error' in fault ? fault.error : JSON.stringify(fault);
    answerFault(fault, req, res, send);
    return;
  }
  try {
    send(200, await answer(state, req, call, body));
  } catch (error) {
    if (!(error instanceof StsRejection)) throw error;
    call.outcome = error.code;
    send(error.status, errorResponse(error.code, error.message));
  }
}

export async function startStsServer(options: StsServerOptions = {}): Promise<StsServer> {
  const state: State = {
    options,
    calls: [],
    issued: [],
    faults: [],
    keys: options.jwks ? createLocalJWKSet(options.jwks) : undefined,
    audiences: options.audiences ?? ['sts.amazonaws.com'],
    principals: new Map((options.principals ?? []).map((p) => [p.accessKeyId, p])),
    secrets: [...(options.secrets ?? [])],
    bucket: options.ratePerSecond === undefined ? undefined : new TokenBucket(options.ratePerSecond),
  };
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(errorResponse('InternalFailure', String(error)));
    });
  };
  const server = options.tls ? createHttpsServer(options.tls, onRequest) : createServer(onRequest);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: state.calls,
    issued: state.issued,
    addPrincipal(principal) {
      state.principals.set(principal.accessKeyId, principal);
    },
    fail(fault, times = 1) {
      state.faults.push({ fault, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
