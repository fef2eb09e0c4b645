export const id = 335;
export const ids = [335,238];
export const modules = {

/***/ 335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerCredentials: () => (/* binding */ runnerCredentials)
/* harmony export */ });
/* unused harmony export fromWhere */
/* harmony import */ var _sts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1238);
// The runner's own credentials, as the AWS SDK's default chain finds them (the environment's keys,
// a profile, credential_process, a web identity token file, a container's or the instance's role),
// and where they came from in words, from the mark each provider leaves on what it returns ($source,
// @aws-sdk/core's setCredentialFeature). configure-aws-credentials 6.2.3 assumes role-to-assume with
// them when the job has no OIDC token endpoint (its src/index.ts: useGitHubOIDCProvider() false,
// then validateCredentials through the default chain); so does this action, and says so.

/** Each provider's mark, and the words for where its credentials came from. */
const FROM = [
    ['CREDENTIALS_ENV_VARS', () => 'the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'],
    [
        'CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN',
        () => 'the web identity token file AWS_WEB_IDENTITY_TOKEN_FILE names',
    ],
    [
        'CREDENTIALS_PROFILE_PROCESS',
        (env) => `the credential_process of profile ${env.AWS_PROFILE || 'default'}`,
    ],
    ['CREDENTIALS_PROFILE_SSO', (env) => `the SSO settings of profile ${env.AWS_PROFILE || 'default'}`],
    [
        'CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN',
        (env) => `the web identity token file of profile ${env.AWS_PROFILE || 'default'}`,
    ],
    [
        'CREDENTIALS_PROFILE',
        (env) => `profile ${env.AWS_PROFILE || 'default'} of the AWS config and credentials files`,
    ],
    ['CREDENTIALS_HTTP', () => "the container's credentials endpoint"],
    ['CREDENTIALS_IMDS', () => "the instance's role (the instance metadata service)"],
];
/** Where credentials came from, in words. */
function fromWhere(credentials, env) {
    const marks = credentials.$source ?? {};
    return FROM.find(([feature]) => feature in marks)?.[1](env) ?? "the AWS SDK's default credential chain";
}
/**
 * The credentials the default chain finds, and where from; undefined when it finds none (or not
 * within the request deadline: an instance metadata service that does not answer is none).
 */
async function runnerCredentials(endpoint, env, signal) {
    const client = (0,_sts_js__WEBPACK_IMPORTED_MODULE_0__.createStsClient)(endpoint);
    const deadline = AbortSignal.any([signal, AbortSignal.timeout(endpoint.httpTimeoutMs)]);
    try {
        const found = client.config.credentials();
        const ended = new Promise((resolve) => deadline.addEventListener('abort', () => resolve(undefined)));
        const credentials = await Promise.race([found.catch(() => undefined), ended]);
        if (signal.aborted)
            throw signal.reason;
        return credentials ? { credentials, from: fromWhere(credentials, env) } : undefined;
    }
    finally {
        client.destroy();
    }
}


/***/ }),

/***/ 1238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assumeRole: () => (/* binding */ assumeRole),
  assumeRoleWithWebIdentity: () => (/* binding */ assumeRoleWithWebIdentity),
  createStsClient: () => (/* binding */ createStsClient),
  getCallerIdentity: () => (/* binding */ getCallerIdentity)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/sts/classify.ts
var classify = __webpack_require__(5288);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/network/http.ts
var http = __webpack_require__(5284);
// EXTERNAL MODULE: ./src/network/proxy.ts
var network_proxy = __webpack_require__(1290);
;// CONCATENATED MODULE: ./src/sts/sts-handler.ts
// The HTTP handler of the STS client: the SDK's own NodeHttpHandler, with the answer read here,
// whole and up to a cap, before the SDK parses it. A 60 MB (or endless) body from a broken proxy or
// a hostile endpoint then fails at 256 KB with a clear error, instead of growing memory until the
// deadline; and the error comes from the handler, before the SDK's deserializer rewords it.
//
// The proxy is decided here too, per request, for the host the SDK resolved (a regional, FIPS or
// dual-stack host, or a configured endpoint): a no-proxy entry for a FIPS host then matches the
// host actually dialed, not a guess made before the SDK's endpoint rules ran.





class CappedHttpHandler {
    metadata = { handlerProtocol: 'http/1.1' };
    options;
    onDial;
    limit;
    direct;
    /** One handler per proxy URL, its CONNECT agent loaded on first use. */
    viaProxy = new Map();
    constructor(options, onDial = () => undefined, limit = http/* RESPONSE_LIMIT_BYTES */.Yq) {
        this.options = options;
        this.onDial = onDial;
        this.limit = limit;
        this.direct = new node_http_handler_dist_cjs.NodeHttpHandler(options);
    }
    async handle(...[request, options]) {
        const origin = originOf(request);
        // The SDK's path (/) is enough: no-proxy matches by host and port.
        const proxy = (0,network_proxy/* proxyFor */.iJ)(new URL(origin));
        this.onDial(origin, proxy !== undefined);
        const inner = proxy ? await this.proxied(proxy) : this.direct;
        const { response } = await inner.handle(request, options);
        const tooLarge = () => new errors/* ResponseTooLargeError */.by(`STS sent more than ${this.limit} bytes; its answer was not read`);
        const body = await (0,http/* readCapped */.EF)(response.body, this.limit, tooLarge, options?.abortSignal);
        response.body = external_node_stream_.Readable.from([body]);
        return { response };
    }
    proxied(proxy) {
        let handler = this.viaProxy.get(proxy);
        if (!handler) {
            handler = __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 7659)).then(({ HttpsProxyAgent }) => {
                const agent = new HttpsProxyAgent(proxy);
                return new node_http_handler_dist_cjs.NodeHttpHandler({ ...this.options, httpAgent: agent, httpsAgent: agent });
            });
            this.viaProxy.set(proxy, handler);
        }
        return handler;
    }
    destroy() {
        this.direct.destroy();
        for (const handler of this.viaProxy.values())
            void handler.then((h) => h.destroy(), () => undefined);
    }
    updateHttpClientConfig(...args) {
        this.direct.updateHttpClientConfig(...args);
    }
    httpHandlerConfigs() {
        return this.direct.httpHandlerConfigs();
    }
}
/** scheme://host[:port] of the request the SDK built. */
function originOf(request) {
    const host = request.hostname.includes(':') && !request.hostname.startsWith('[')
        ? `[${request.hostname}]`
        : request.hostname;
    return `${request.protocol}//${host}${request.port ? `:${request.port}` : ''}`;
}

// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
;// CONCATENATED MODULE: ./src/sts/sts-values.ts
// What STS sends back is checked before it goes into any file, variable or output: a value with a
// line break would add lines to ~/.aws/credentials or GITHUB_ENV, and credentials that are about to
// expire are no use to any later step. No value is ever shown in the error.


const PRINTABLE = (max) => new RegExp(`^[\\x21-\\x7e]{1,${max}}$`);
/** The shapes STS documents (or, where it documents none, printable ASCII within a sane length). */
const SHAPES = {
    AccessKeyId: [/^[A-Z0-9]{16,128}$/, '16 to 128 upper-case letters and digits'],
    SecretAccessKey: [PRINTABLE(1024), '1 to 1024 printable ASCII characters'],
    SessionToken: [PRINTABLE(16384), '1 to 16384 printable ASCII characters'],
    Arn: [arn/* IDENTITY_ARN */.tX, 'an IAM or STS ARN'],
    Account: [/^\d{12}$/, 'a 12-digit account ID'],
};
function checked(field, value) {
    const [shape, said] = SHAPES[field];
    if (shape.test(value))
        return value;
    throw new errors/* MalformedResponseError */.f7(`STS returned a ${field} that is not ${said} (no spaces or line breaks); it was not used`);
}
/** Credentials with less than this left are of no use to any later step; STS issues 900 s at least. */
const MIN_VALIDITY_MS = 60_000;
/** Credentials that are expired, or about to be, by this runner's clock are never exported. */
function refuseExpired(expiration, nowMs) {
    const leftMs = expiration.getTime() - nowMs;
    if (Number.isFinite(leftMs) && leftMs >= MIN_VALIDITY_MS)
        return;
    const when = Number.isFinite(leftMs) ? `${Math.round(leftMs / 1000)} s from` : 'not a time by';
    throw new errors/* ExpiredCredentialsError */.eB(`STS issued credentials whose Expiration (${Number.isFinite(leftMs) ? expiration.toISOString() : 'invalid'}) is ${when} this runner's clock ` +
        `(${new Date(nowMs).toISOString()}); they need at least ${MIN_VALIDITY_MS / 1000} s`);
}
/**
 * The assumed-role ARN STS answered with, when it is a session of the role asked for: the same
 * partition, account and role name. Credentials for anything else are never used.
 */
function checkAssumedRole(assumedArn, roleArn) {
    const asked = (0,arn/* parseRoleArn */.DM)(roleArn);
    const got = (0,arn/* parseAssumedRoleArn */.B8)(assumedArn);
    const parts = [
        ['partition', 'partition'],
        ['account', 'accountId'],
        ['role name', 'roleName'],
    ];
    const differ = parts.filter(([, key]) => !asked || !got || asked[key] !== got[key]);
    if (differ.length === 0)
        return assumedArn;
    const said = got
        ? differ
            .map(([words, key]) => `the ${words} (${got[key]}, not ${asked?.[key]})`)
            .join(', ')
            .concat(' differs')
        : 'it is not an assumed-role ARN';
    throw new errors/* UnexpectedRoleError */.y0(`STS answered with credentials for ${assumedArn}, which is not a session of ${roleArn}: ${said}; they were not used`);
}

;// CONCATENATED MODULE: ./src/sts/sts.ts
// The STS calls. p-retry is the only retry loop, so the SDK's own is off (maxAttempts: 1), and
// every request carries its own deadline so that a silent server cannot stall the step.





function createStsClient(config, options = {}) {
    return new dist_cjs/* STSClient */.iM({
        region: config.region,
        maxAttempts: 1,
        // Unset: the SDK's regional default, or AWS_ENDPOINT_URL_STS, which it honours itself.
        ...(config.stsEndpoint ? { endpoint: config.stsEndpoint } : {}),
        // A copy: the SDK annotates the object it is given, and the config's is frozen.
        ...(options.credentials ? { credentials: { ...options.credentials } } : {}),
        // The per-request deadline is the abort signal in send() below; this only gives up sooner on
        // a host that does not accept the connection.
        requestHandler: new CappedHttpHandler({ connectionTimeout: Math.min(config.httpTimeoutMs, 5_000) }, options.onDial),
    });
}
/** One deadline for the whole request: a silent server, stalled headers or a body that trickles. */
async function withDeadline(config, signal, send) {
    const deadline = AbortSignal.timeout(config.httpTimeoutMs);
    try {
        return await send(AbortSignal.any([signal, deadline]));
    }
    catch (error) {
        if (deadline.aborted && !signal.aborted) {
            throw new errors/* RequestTimeoutError */.DH(`STS did not answer within ${config.httpTimeoutMs} ms`, { cause: error });
        }
        throw error;
    }
}
/** The session STS issued, checked: complete, well-formed, not expired, and of the role asked for. */
function credentialsOf(out, roleArn) {
    const c = out.Credentials;
    const arn = out.AssumedRoleUser?.Arn;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration || !arn) {
        throw new errors/* IncompleteResponseError */.qK('STS answered 200 but the response has no complete Credentials and AssumedRoleUser');
    }
    refuseExpired(c.Expiration, Date.now());
    return {
        accessKeyId: checked('AccessKeyId', c.AccessKeyId),
        secretAccessKey: checked('SecretAccessKey', c.SecretAccessKey),
        sessionToken: checked('SessionToken', c.SessionToken),
        expiration: c.Expiration,
        assumedRoleArn: checkAssumedRole(checked('Arn', arn), roleArn),
    };
}
/** What both AssumeRole calls share: name, duration, session policies. */
function sessionParams(config, roleArn) {
    return {
        RoleArn: roleArn,
        RoleSessionName: config.roleSessionName,
        DurationSeconds: config.roleDurationSeconds,
        ...(config.inlineSessionPolicy ? { Policy: config.inlineSessionPolicy } : {}),
        ...(config.managedSessionPolicies.length > 0
            ? { PolicyArns: config.managedSessionPolicies.map((arn) => ({ arn })) }
            : {}),
    };
}
function assumeRoleWithWebIdentity(client, config, roleArn, token, signal) {
    return withDeadline(config, signal, async (abortSignal) => credentialsOf(await client.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({ ...sessionParams(config, roleArn), WebIdentityToken: token }), { abortSignal }), roleArn));
}
/** AssumeRole, SigV4-signed by the client's credentials. */
async function assumeRole(client, config, roleArn, session, signal, log) {
    const call = (tags) => withDeadline(config, signal, async (abortSignal) => credentialsOf(await client.send(new dist_cjs/* AssumeRoleCommand */.QL({
        ...sessionParams(config, roleArn),
        ...(tags.length > 0 ? { Tags: [...tags] } : {}),
        ...(config.transitiveTagKeys.length > 0
            ? { TransitiveTagKeys: [...config.transitiveTagKeys] }
            : {}),
        ...(config.roleExternalId ? { ExternalId: config.roleExternalId } : {}),
    }), { abortSignal }), roleArn));
    try {
        return await call(session.tags);
    }
    catch (error) {
        const code = (0,classify/* canonicalCode */.o9)(error.name ?? '');
        const kept = session.tags.filter((t) => !session.droppable.includes(t.Key ?? ''));
        if (code !== 'PackedPolicyTooLarge' || kept.length === session.tags.length)
            throw error;
        log(`STS said the session policy and tags are too large; trying once more without ${session.droppable.join(', ')}.`);
        return call(kept);
    }
}
function getCallerIdentity(client, config, signal) {
    return withDeadline(config, signal, async (abortSignal) => {
        const out = await client.send(new dist_cjs/* GetCallerIdentityCommand */.zI({}), { abortSignal });
        if (!out.Account || !out.Arn) {
            throw new errors/* IncompleteResponseError */.qK('STS answered GetCallerIdentity without Account and Arn');
        }
        return { account: checked('Account', out.Account), arn: checked('Arn', out.Arn) };
    });
}


/***/ })

};

//# sourceMappingURL=335.index.js.map