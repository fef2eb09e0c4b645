export const id = 665;
export const ids = [665];
export const modules = {

/***/ 7026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ NO_PROXY_VARIABLES),
/* harmony export */   bD: () => (/* binding */ PROXY_VARIABLES)
/* harmony export */ });
/* unused harmony exports INPUT_NAMES, SECRET_INPUTS, parserOf, defaultOf, orderOf, withEnvFallbacks, STANDARD_FALLBACKS */
// The inputs table: one entry per input of action.yml, in its order. The names, the environment
// fallbacks, which inputs are secret and the defaults live here and nowhere else; the parsers in
// this folder read values through it.
/**
 * The one rule for the proxy variables, for the main step and the refresher alike: lower case
 * first, the https variables before the http ones, as @actions/http-client 4.0.1 reads them
 * (lib/proxy.js) and as curl does.
 */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'];
const INPUTS = [
    { name: 'aws-region', parser: 'target', env: ['AWS_REGION'] },
    { name: 'role-to-assume', parser: 'target', env: ['ROLE_TO_ASSUME'] },
    { name: 'audience', parser: 'session', env: ['AUDIENCE'], default: 'sts.amazonaws.com' },
    { name: 'aws-access-key-id', parser: 'source', secret: true },
    { name: 'aws-secret-access-key', parser: 'source', secret: true },
    { name: 'aws-session-token', parser: 'source', secret: true },
    { name: 'web-identity-token-file', parser: 'source', env: ['WEB_IDENTITY_TOKEN_FILE'] },
    { name: 'role-chaining', parser: 'source', env: ['ROLE_CHAINING'], default: 'false' },
    { name: 'role-duration-seconds', parser: 'session', env: ['ROLE_DURATION_SECONDS'], default: '3600' },
    { name: 'role-session-name', parser: 'session', env: ['ROLE_SESSION_NAME'], default: 'GitHubActions' },
    { name: 'role-external-id', parser: 'session', env: ['ROLE_EXTERNAL_ID'] },
    {
        name: 'role-skip-session-tagging',
        parser: 'session',
        env: ['ROLE_SKIP_SESSION_TAGGING'],
        default: 'false',
    },
    { name: 'transitive-tag-keys', parser: 'session', env: ['TRANSITIVE_TAG_KEYS'] },
    { name: 'custom-tags', parser: 'custom-tags' },
    { name: 'inline-session-policy', parser: 'policies', env: ['INLINE_SESSION_POLICY'] },
    { name: 'managed-session-policies', parser: 'policies', env: ['MANAGED_SESSION_POLICIES'] },
    { name: 'aws-profile', parser: 'destination' },
    { name: 'overwrite-aws-profile', parser: 'destination', env: ['OVERWRITE_AWS_PROFILE'], default: 'false' },
    { name: 'http-proxy', parser: 'limits', env: PROXY_VARIABLES, standard: true },
    { name: 'no-proxy', parser: 'limits', env: NO_PROXY_VARIABLES, standard: true },
    { name: 'sts-endpoint', parser: 'limits' },
    { name: 'mask-aws-account-id', parser: 'destination', env: ['MASK_AWS_ACCOUNT_ID'], default: 'false' },
    { name: 'output-credentials', parser: 'destination', env: ['OUTPUT_CREDENTIALS'], default: 'false' },
    // Its default depends on aws-profile and refresh-credentials (destination.ts).
    { name: 'output-env-credentials', parser: 'destination' },
    {
        name: 'unset-current-credentials',
        parser: 'destination',
        env: ['UNSET_CURRENT_CREDENTIALS'],
        default: 'false',
    },
    {
        name: 'use-existing-credentials',
        parser: 'destination',
        env: ['USE_EXISTING_CREDENTIALS'],
        default: 'false',
    },
    { name: 'disable-retry', parser: 'limits', env: ['DISABLE_RETRY'], default: 'false' },
    { name: 'retry-max-attempts', parser: 'limits', env: ['RETRY_MAX_ATTEMPTS'], default: '12' },
    {
        name: 'special-characters-workaround',
        parser: 'limits',
        env: ['SPECIAL_CHARACTERS_WORKAROUND'],
        default: 'false',
    },
    { name: 'allowed-account-ids', parser: 'limits' },
    { name: 'force-skip-oidc', parser: 'source', default: 'false' },
    { name: 'action-timeout-s', parser: 'limits', default: '0' },
    { name: 'http-timeout-s', parser: 'limits', default: '10' },
    { name: 'refresh-credentials', parser: 'destination', default: 'false' },
    { name: 'print-trust-policy', parser: 'destination', default: 'false' },
    { name: 'trust-policy-sub', parser: 'destination', default: 'token' },
    // The runner fills the default; a run without it (act, a test) has no token and skips the lookup.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expression action.yml declares, as text.
    { name: 'github-token', parser: 'destination', secret: true, default: '${{ github.token }}' },
    { name: 'translate-env-variables', parser: 'parse', default: 'true' },
];
const SPECS = Object.fromEntries(INPUTS.map((s) => [s.name, s]));
const INPUT_NAMES = INPUTS.map((s) => s.name);
const SECRET_INPUTS = INPUTS.filter((s) => s.secret).map((s) => s.name);
/** The file of src/inputs/ that parses the input, without .ts. */
function parserOf(name) {
    return SPECS[name].parser;
}
/** The input's default from the table, '' when it has none. */
function defaultOf(name) {
    return SPECS[name].default ?? '';
}
/** Where the input stands in action.yml: problems are reported in this order. */
function orderOf(name) {
    return INPUT_NAMES.indexOf(name);
}
/**
 * An input, else its environment fallbacks (first non-empty); never the default. With
 * translate-env-variables: false (as in configure-aws-credentials 6.3.0), only the standard proxy
 * variables fall back: every other input comes from `with:` alone.
 */
function withEnvFallbacks(getInput, env) {
    const translate = !['false', 'False', 'FALSE'].includes(getInput('translate-env-variables'));
    const read = (name) => {
        const value = getInput(name);
        const spec = SPECS[name];
        if (value !== '' || (!translate && !spec.standard))
            return value;
        return (spec.env ?? []).map((n) => env[n]?.trim() ?? '').find((v) => v !== '') ?? '';
    };
    return Object.assign(read, {
        fromEnvironment: (name) => getInput(name) === '' && read(name) !== '',
    });
}
/** The inputs whose fallbacks still apply with translate-env-variables: false. */
const STANDARD_FALLBACKS = INPUTS.filter((s) => s.standard).map((s) => s.name);


/***/ }),

/***/ 5284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   Yq: () => (/* binding */ RESPONSE_LIMIT_BYTES),
/* harmony export */   _1: () => (/* binding */ boundedGet)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1290);
// One bounded HTTP GET: one deadline for the whole exchange (a silent server, stalled headers, a
// trickling body), a cap on the body enforced while it streams, no redirect followed and no retry
// (the caller's retry loop is the only one). The route is proxyFor()'s, as for STS: direct, or a
// CONNECT tunnel through the proxy (https-proxy-agent, loaded only then). An aborted request is
// destroyed, so no socket outlives it.




/** No response this action reads is near this size: a JWT, or an STS document, is a few KB. */
const RESPONSE_LIMIT_BYTES = 256 * 1024;
/** One CONNECT agent per proxy URL. */
const tunnels = new Map();
/** The agent for this URL's route: undefined (direct), or a tunnel through the proxy. */
function agentFor(url) {
    const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFor */ .iJ)(url);
    if (proxy === undefined)
        return undefined;
    let agent = tunnels.get(proxy);
    if (!agent) {
        agent = __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 7659)).then(({ HttpsProxyAgent }) => new HttpsProxyAgent(proxy));
        tunnels.set(proxy, agent);
    }
    return agent;
}
async function boundedGet(url, options) {
    // Direct, the request goes out in this very call: the caller starts loading the AWS SDK next, a
    // CPU-bound while the token endpoint answers. An await here would put the SDK first.
    const route = agentFor(url);
    const agent = route === undefined ? undefined : await route;
    const { endpoint, timeoutMs, signal, maxBytes = RESPONSE_LIMIT_BYTES } = options;
    const timeout = AbortSignal.timeout(timeoutMs);
    const deadline = AbortSignal.any([signal, timeout]);
    const send = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    return new Promise((resolve, reject) => {
        const fail = (error) => {
            req.destroy();
            if (signal.aborted)
                reject(signal.reason);
            else if (timeout.aborted) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RequestTimeoutError */ .DH(`${endpoint} did not answer within ${timeoutMs} ms`, { cause: error }));
            }
            else
                reject(error);
        };
        const tooLarge = () => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ResponseTooLargeError */ .by(`${endpoint} sent more than ${maxBytes} bytes; its answer was not read`);
        const req = send(url, { method: 'GET', headers: options.headers, agent, signal: deadline }, (res) => {
            if (Number(res.headers['content-length']) > maxBytes)
                return fail(tooLarge());
            readCapped(res, maxBytes, tooLarge, deadline).then((body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') }), fail);
        });
        req.on('error', fail);
        req.end();
    });
}
/**
 * The whole body of an answer (the token endpoint's, STS's), or an error once it passes `limit`
 * bytes (read while it streams, so an endless body costs nothing) or the signal aborts.
 */
function readCapped(body, limit, tooLarge, signal) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        const stop = (error) => {
            signal?.removeEventListener?.('abort', onAbort);
            body.destroy();
            reject(error);
        };
        const onAbort = () => stop(signal?.reason ?? new Error('aborted'));
        if (signal?.aborted)
            return onAbort();
        signal?.addEventListener?.('abort', onAbort, { once: true });
        body.on('data', (chunk) => {
            size += chunk.length;
            if (size > limit)
                stop(tooLarge());
            else
                chunks.push(chunk);
        });
        body.on('error', stop);
        body.on('end', () => {
            signal?.removeEventListener?.('abort', onAbort);
            resolve(Buffer.concat(chunks));
        });
    });
}


/***/ }),

/***/ 1290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   m4: () => (/* binding */ applyProxyEnv)
/* harmony export */ });
/* unused harmony export isLoopback */
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7026);
// Proxies: the http-proxy / no-proxy inputs (or the proxy variables, in the one order of
// inputs/spec.ts: lower case first) apply to every request the action makes. proxyFor() is the one decision, for the token endpoint (http.ts) and
// for STS (sts-handler.ts, per request, for the host the SDK resolved) alike, so the two cannot
// disagree.

/** The first of these variables that is set and not empty, in the one order (inputs/spec.ts). */
const firstSet = (env, names) => names.map((name) => env[name]).find((value) => value !== undefined && value !== '');
/** Makes the resolved proxy settings the ones this process's HTTP clients see. */
function applyProxyEnv(proxy, env = process.env) {
    for (const name of [..._inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_VARIABLES */ .bD, ..._inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_PROXY_VARIABLES */ .Fv]) {
        delete env[name];
    }
    if (proxy.url) {
        env.https_proxy = proxy.url;
        env.http_proxy = proxy.url;
    }
    if (proxy.noProxy)
        env.no_proxy = proxy.noProxy;
}
/** This machine: localhost, *.localhost, 127.0.0.0/8 and ::1 (a URL's hostname, brackets and all). */
function isLoopback(hostname) {
    const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        /^127\.\d+\.\d+\.\d+$/.test(host) ||
        host === '::1' ||
        /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host));
}
/**
 * The proxy for a request to `url`, or undefined to go direct:
 * - https_proxy (or HTTPS_PROXY) for https://, http_proxy (or HTTP_PROXY) for http://;
 * - never for loopback: a proxy's loopback is not this machine's;
 * - never for a host NO_PROXY (or no_proxy) names. Its entries are separated by commas or spaces,
 *   and compared without case. "*" names every host. "example.com" names it and its subdomains;
 *   ".example.com" and "*.example.com" name its subdomains only. "host:port" names that port only.
 *   An IPv6 address may be written bare or in brackets ("::1", "[fd00::1]:443").
 */
function proxyFor(url, env = process.env) {
    const scheme = url.protocol === 'https:' ? 'https' : 'http';
    const proxy = firstSet(env, _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_VARIABLES */ .bD.filter((name) => name.toLowerCase() === `${scheme}_proxy`));
    if (!proxy || isLoopback(url.hostname))
        return undefined;
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
    const entries = (firstSet(env, _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_PROXY_VARIABLES */ .Fv) ?? '').toLowerCase().split(/[\s,]+/);
    return entries.some((entry) => entry !== '' && names(entry, host, port)) ? undefined : proxy;
}
/** Whether one NO_PROXY entry names this host and port. */
function names(entry, host, port) {
    if (entry === '*')
        return true;
    const { name, port: only } = parseEntry(entry);
    if (only !== undefined && only !== port)
        return false;
    const domain = name.replace(/^\*/, '');
    if (domain.startsWith('.'))
        return host.endsWith(domain);
    return host === domain || host.endsWith(`.${domain}`);
}
/** "host", "host:port", "[v6]", "[v6]:port" or a bare IPv6 address. */
function parseEntry(entry) {
    const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
    if (bracketed)
        return { name: bracketed[1] ?? '', port: portOf(bracketed[2]) };
    if ((entry.match(/:/g) ?? []).length > 1)
        return { name: entry, port: undefined };
    const withPort = /^(.*):(\d+)$/.exec(entry);
    return withPort ? { name: withPort[1] ?? '', port: portOf(withPort[2]) } : { name: entry, port: undefined };
}
const portOf = (digits) => (digits === undefined ? undefined : Number(digits));


/***/ }),

/***/ 3665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mint: () => (/* binding */ mint)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/network/http.ts
var http = __webpack_require__(5284);
// EXTERNAL MODULE: ./src/runner/files.ts
var files = __webpack_require__(869);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/runner/escape.ts
var runner_escape = __webpack_require__(4099);
;// CONCATENATED MODULE: ./src/runner/log.ts
// The action's own log lines. Each goes through logSafe, because most carry something from
// outside: an STS code, a claim, a path.


/**
 * The one door for masking: the runner replaces the value with *** in every later line of the
 * job's log. Called before anything could print the value (nothing else calls setSecret).
 */
function log_mask(value) {
    if (value)
        lib_core/* setSecret */.Pq(value);
}
function info(line) {
    core.info(logSafe(line));
}
/** Shown with RUNNER_DEBUG=1 (or ACTIONS_STEP_DEBUG): @actions/core escapes its line breaks. */
function debug(line) {
    lib_core/* debug */.Yz((0,runner_escape/* annotationSafe */.RE)(line));
}
function warning(text) {
    core.warning(annotationSafe(text));
}
function notice(text) {
    core.notice(annotationSafe(text));
}
/** The step's one ::error:: line. */
function fail(message) {
    core.setFailed(annotationSafe(message));
}
/** A ::group:: block of lines, each made safe. */
function group(title, lines) {
    if (lines.length === 0)
        return;
    core.startGroup(logSafe(title));
    for (const line of lines)
        info(line);
    core.endGroup();
}

;// CONCATENATED MODULE: ./src/github/token.ts
// The GitHub OIDC token: where the runner says to fetch it, and the fetch itself.




const NO_TOKEN_FOR_FORKS = (/* unused pure expression or super */ null && ('A pull request from a fork gets no id-token: write (GitHub lowers write permissions to read for forks, unless an admin of a private ' +
    'or internal repository allows write tokens for them), and a Dependabot run starts read-only: skip this step for them ' +
    '(if: github.event.pull_request.head.repo.full_name == github.repository), or grant Dependabot\u2019s job id-token: write explicitly. ' +
    'Do not move the job to pull_request_target to get a token: it runs with this repository\u2019s permissions, and any step that ' +
    'checks out or runs the pull request\u2019s code then hands the role to whoever opened it.'));
/** A workflow expression for the user to copy. */
const expression = (body) => `\${{ ${body} }}`;
const UNDER_ACT = 'This step runs under act (ACT is set), which has no GitHub OIDC token endpoint, so role-to-assume alone cannot work here. ' +
    'Under act, give the step web-identity-token-file (a token you supply) or access keys from act\u2019s secrets ' +
    `(act -s AWS_ACCESS_KEY_ID -s AWS_SECRET_ACCESS_KEY, then aws-access-key-id: ${expression('secrets.AWS_ACCESS_KEY_ID')}), ` +
    `or skip it there with if: ${expression('!env.ACT')}.`;
/** act (nektos/act) sets ACT=true in every step's environment; unset, empty, false and 0 are not act. */
const underAct = (env) => !['', 'false', '0'].includes((env.ACT ?? '').trim().toLowerCase());
/** Checks that the runner gave this step a token endpoint; returns the request token (to mask). */
function readRequestToken(env) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
    if (requestUrl !== '' && !/^https?:$/.test(URL.parse(requestUrl)?.protocol ?? '')) {
        // No request could reach it, so none is made, and none is retried.
        throw new InvalidTokenEndpointError(`ACTIONS_ID_TOKEN_REQUEST_URL is set, but not to an http(s) URL (${requestUrl}). The runner sets it for a job ` +
            'with "permissions: id-token: write": check that no earlier step or env: of the workflow changes it.');
    }
    if (requestUrl !== '' && requestToken !== '')
        return requestToken;
    if (underAct(env))
        throw new NoTokenEndpointUnderActError(UNDER_ACT);
    const missing = [
        requestUrl === '' && 'ACTIONS_ID_TOKEN_REQUEST_URL',
        requestToken === '' && 'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    ]
        .filter(Boolean)
        .join(' and ');
    throw new MissingIdTokenPermissionError(`The runner gave this step no GitHub OIDC token endpoint (${missing} not set). ` +
        `Add "permissions: id-token: write" to the job (or the workflow), and to the caller of a reusable workflow. ${NO_TOKEN_FOR_FORKS}`);
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;
/**
 * A NEW GitHub OIDC token for this audience, masked before anything could print it. The bearer
 * (ACTIONS_ID_TOKEN_REQUEST_TOKEN) goes to the endpoint the runner named and nowhere else: a
 * redirect within its origin is followed, one to another origin is refused. One request per call:
 * the caller's retry loop decides what happens after a 5xx.
 */
async function fetchGitHubToken(audience, timeoutMs, signal) {
    const env = process.env;
    const first = new URL(`${env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''}&audience=${encodeURIComponent(audience)}`);
    const headers = {
        authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''}`,
        accept: 'application/json',
    };
    const endpoint = 'The GitHub OIDC token endpoint';
    debug(`Requesting a GitHub OIDC token for audience ${audience} from ${first.origin}.`);
    let url = first;
    let status = 0;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const res = await (0,http/* boundedGet */._1)(url, { endpoint, headers, timeoutMs, signal });
        if (!REDIRECTS.has(res.status))
            return tokenOf(res);
        status = res.status;
        url = new URL(String(res.headers.location ?? ''), url);
        if (url.origin !== first.origin) {
            throw new errors/* TokenRequestError */.Nj(`the token endpoint redirected to another origin (${url.origin}); the request token is sent only to ${first.origin}, the endpoint the runner named`, status, 'CrossOriginRedirect');
        }
    }
    throw new errors/* TokenRequestError */.Nj(`the token endpoint redirected more than ${MAX_REDIRECTS} times`, status, 'TooManyRedirects');
}
/** The token from a 200 {"value": "<jwt>"}, masked; a TokenRequestError with the status otherwise. */
function tokenOf(res) {
    let parsed;
    try {
        parsed = JSON.parse(res.body);
    }
    catch {
        parsed = undefined;
    }
    const field = (name) => typeof parsed === 'object' &&
        parsed !== null &&
        typeof parsed[name] === 'string'
        ? parsed[name]
        : undefined;
    if (res.status !== 200) {
        // GitHub answers errors as {"message": "..."}; anything else is shown by its start.
        const said = field('message') ?? res.body.trim().slice(0, 200);
        throw new errors/* TokenRequestError */.Nj(said || `HTTP ${res.status}`, res.status);
    }
    const token = field('value');
    if (!token) {
        throw new errors/* TokenRequestError */.Nj('the answer has no token (expected JSON {"value": "<jwt>"})', undefined, 'NoTokenInResponse');
    }
    log_mask(token);
    return token;
}
// Kubernetes projects service-account tokens as symlinks into a ..data directory it swaps
// atomically; those are the only links followed.
const KUBERNETES_TOKEN_DIRS = (/* unused pure expression or super */ null && (['/var/run/secrets/kubernetes.io/', '/var/run/secrets/eks.amazonaws.com/']));
/** Read on every attempt: whatever refreshes the file may have replaced the token. */
function readTokenFile(path) {
    let text;
    try {
        text = readText(path, { allowSymlink: KUBERNETES_TOKEN_DIRS.some((d) => isInside(d, path)) });
    }
    catch (error) {
        throw new TokenFileError(`Failed to read web-identity-token-file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const token = text?.trim() ?? '';
    if (text === undefined || token === '') {
        throw new TokenFileError(`web-identity-token-file ${path} ${text === undefined ? 'does not exist' : 'is empty'}. ` +
            'A relative path is resolved against GITHUB_WORKSPACE; check the step that writes the token runs first.');
    }
    // A bearer credential like the GitHub token: masked before anything could print it.
    mask(token);
    return token;
}

// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(7026);
// EXTERNAL MODULE: ./src/network/proxy.ts
var proxy = __webpack_require__(1290);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js + 4 modules
var decode_jwt = __webpack_require__(9937);
// EXTERNAL MODULE: ./node_modules/p-retry/index.js + 1 modules
var p_retry = __webpack_require__(4995);
;// CONCATENATED MODULE: ./src/github/claims.ts
// The claims of a GitHub OIDC token that trust policies match on, read from the token without
// verifying it (STS verifies it): for the diagnostics of a trust failure and for printing the
// trust policy. The claims are not secret; the token itself is kept nowhere.

/** github.com's issuer of Actions OIDC tokens: what a token without an iss claim is taken to be from. */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const TRUST_CLAIMS = [
    'iss',
    'aud',
    'sub',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'ref',
    'environment',
    'workflow_ref',
    'job_workflow_ref',
    'event_name',
];
/** The claims trust policies match on, decoded without verifying; undefined if it is not a JWT. */
function trustClaims(token) {
    try {
        const payload = (0,decode_jwt/* decodeJwt */.i)(token);
        const claims = {};
        for (const name of TRUST_CLAIMS) {
            const value = payload[name];
            if (typeof value === 'string' || typeof value === 'number')
                claims[name] = String(value);
            else if (Array.isArray(value))
                claims[name] = value.join(',');
        }
        return claims;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/sts/classify.ts
var classify = __webpack_require__(5288);
;// CONCATENATED MODULE: ./src/sts/exchange.ts
// The retry loop: "a fresh-enough token (if this mode has one), then the STS call", under p-retry.
// Effects come in through ExchangeDeps, so tests drive it with fakes and injected delays.





// Transient failures: full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"), a wait
// drawn uniformly from [0, min(cap, base * 2^n)]. Throttling: a window that grows with each
// throttle, chosen with the simulator (npm run sim); docs/retries.md has the measurements and the
// policies it was chosen over. Throttled attempts do not use up retry-max-attempts unless it was
// given; the budget bounds them.
const DEFAULT_POLICY = {
    maxRetryTimeMs: 60_000,
    refreshMarginMs: 30_000,
    baseMs: 200,
    capMs: 5_000,
    throttleBaseMs: 3_000,
    throttleFactor: 1.3,
    throttleCapMs: 60_000,
    throttleJitter: 0.5,
    throttleFirstMs: 2_000,
    throttleFirstJitter: 1,
    throttleBudgetMs: 180_000,
    throttlesCount: false,
    maxThrottles: 40,
};
/**
 * The wait before the next attempt. `failures` counts the failures of this kind so far (1 after
 * the first): throttles for a throttle, all failures otherwise.
 */
function backoffDelay(action, failures, policy, random) {
    if (action === 'new-token' || action === 'fatal')
        return 0;
    if (action === 'throttle') {
        const p = policy;
        const window = failures === 1
            ? p.throttleFirstMs
            : Math.min(p.throttleCapMs, p.throttleBaseMs * p.throttleFactor ** (failures - 1));
        const jitter = failures === 1 ? p.throttleFirstJitter : p.throttleJitter;
        return Math.floor(window * (1 - jitter + jitter * random));
    }
    return Math.floor(random * Math.min(policy.capMs, policy.baseMs * 2 ** (failures - 1)));
}
/** Seconds of validity left in a JWT, by its exp claim; undefined when it cannot be read. */
function tokenSecondsLeft(token, nowMs) {
    try {
        const { exp } = (0,decode_jwt/* decodeJwt */.i)(token);
        return typeof exp === 'number' ? exp - nowMs / 1000 : undefined;
    }
    catch {
        return undefined;
    }
}
function nextStep(action, delayMs, fromFile) {
    // What happens next, as it will: a token file is read again, it does not request anything.
    const renew = fromFile ? 'reading the token file again' : 'requesting a new token';
    // Only an expired token skips the backoff; a backoff that drew 0 ms (full jitter) still says so.
    if (action === 'new-token')
        return `${renew}, retrying now`;
    const wait = `retrying in ${delayMs} ms`;
    return action === 'new-token-backoff' ? `${renew}, ${wait}` : wait;
}
/** A token file that still holds the token STS said had expired. */
const NOT_REFRESHED = {
    action: 'fatal',
    code: 'TokenNotRefreshed',
    message: 'the web identity token file still holds the token STS said had expired (ExpiredTokenException), so sending it again cannot succeed',
    stage: 'token',
    hint: 'Whatever writes the file (the kubelet, for a projected service-account token, or a sidecar) has not refreshed it: check that it runs and that its token lifetime is longer than the job needs, then run the job again.',
};
async function exchange(policy, deps, signal) {
    const loop = new Loop(policy, deps, signal);
    try {
        const credentials = await (0,p_retry/* default */.Ay)(() => loop.attempt(), {
            // Loop.afterFailure decides when to stop (throttles may not count); these are backstops.
            retries: policy.maxAttempts - 1 + (policy.throttlesCount ? 0 : policy.maxThrottles),
            maxRetryTime: Math.max(policy.maxRetryTimeMs, policy.throttleBudgetMs),
            // Waits are ours (Loop.afterFailure), chosen per error class.
            minTimeout: 0,
            signal,
            onFailedAttempt: (context) => loop.afterFailure(context.error, context.attemptNumber),
        });
        return { credentials, attempts: loop.attempts, tokensFetched: loop.tokensFetched };
    }
    catch (error) {
        throw loop.gaveUp(error);
    }
}
/** The state of one exchange: the token in hand, what was sent last, the counts. */
class Loop {
    attempts = 0;
    tokensFetched = 0;
    /** Attempts STS answered with throttling. */
    throttles = 0;
    token;
    lastSent;
    /** The token STS last said had expired: read from a file again, it must have changed. */
    expired;
    started;
    policy;
    deps;
    signal;
    constructor(policy, deps, signal) {
        this.policy = policy;
        this.deps = deps;
        this.signal = signal;
        this.started = deps.now();
    }
    async attempt() {
        this.attempts++;
        const d = this.deps;
        if (!d.fetchToken)
            return this.send('credentials', () => d.call(this.signal));
        const token = await this.freshToken(d);
        this.lastSent = token;
        return this.send('web-identity', () => d.call(token, this.signal));
    }
    /** The token in hand while it has enough validity left, else a new one. */
    async freshToken(d) {
        if (this.token !== undefined && !this.stale(this.token))
            return this.token;
        let token;
        try {
            token = await d.fetchToken(this.signal);
        }
        catch (error) {
            throw this.attemptError((0,classify/* classifyTokenError */.WX)(error), error);
        }
        // Re-sending a token STS said had expired can never succeed: stop at once.
        if (token === this.expired)
            throw this.attemptError(NOT_REFRESHED, undefined);
        this.token = token;
        this.tokensFetched++;
        return token;
    }
    stale(token) {
        if (this.policy.freshTokenEachAttempt)
            return true;
        const left = tokenSecondsLeft(token, this.deps.now());
        return left !== undefined && left * 1000 < this.policy.refreshMarginMs;
    }
    async send(signedBy, call) {
        try {
            return await call();
        }
        catch (error) {
            const classified = (0,classify/* classifyStsError */.DF)(error, signedBy);
            // The token is spent: the next attempt fetches a NEW one.
            if (classified.action === 'new-token' || classified.action === 'new-token-backoff') {
                if ((0,classify/* canonicalCode */.o9)(classified.code) === 'ExpiredToken' && signedBy === 'web-identity')
                    this.expired = this.lastSent;
                this.token = undefined;
            }
            throw this.attemptError(classified, error);
        }
    }
    describe(c, attempt) {
        const stage = c.stage === 'token' ? 'GitHub OIDC token' : 'STS';
        return `Attempt ${attempt}${this.outOf()} failed (${stage}): ${c.code}`;
    }
    /**
     * "of 12" while that is the bound. Once throttles that do not count have happened, the attempt
     * number can pass retry-max-attempts ("Attempt 14 of 12"), so the line says why instead.
     */
    outOf() {
        const p = this.policy;
        if (p.throttlesCount || this.throttles === 0)
            return ` of ${p.maxAttempts}`;
        return ` (${this.throttles} throttled, not counted toward retry-max-attempts ${p.maxAttempts})`;
    }
    attemptError(classified, cause) {
        // Cut short by action-timeout-s: not a failure of the attempt, and not worth a log line.
        if (this.signal.aborted)
            return this.signal.reason;
        const wrapped = new errors/* AttemptError */.cb(classified, { cause });
        if (classified.action !== 'fatal')
            return wrapped;
        // Re-sending what STS rejected for good cannot succeed: stop without another call.
        this.deps.log(`${this.describe(classified, this.attempts)}; not retryable, stopping.`);
        return new p_retry/* AbortError */.lc(wrapped);
    }
    /** p-retry's onFailedAttempt: log, then wait as the error class says, or give up (by throwing). */
    async afterFailure(error, attemptNumber) {
        const c = error.classified;
        if (c.action === 'throttle')
            this.throttles++;
        const head = this.describe(c, attemptNumber);
        const remaining = this.timeLimit() - (this.deps.now() - this.started);
        if (this.outOfAttempts(c) || remaining <= 0) {
            this.deps.log(`${head}; giving up.`);
            throw error;
        }
        const failures = c.action === 'throttle' ? this.throttles : attemptNumber;
        const delay = Math.min(backoffDelay(c.action, failures, this.policy, this.deps.random()), remaining);
        this.deps.log(`${head}; ${nextStep(c.action, delay, this.policy.freshTokenEachAttempt === true)}.`);
        if (delay > 0)
            await this.deps.sleep(delay, this.signal);
    }
    /** retry-max-attempts counts every attempt when given; by default, only those not throttled. */
    outOfAttempts(c) {
        const p = this.policy;
        if (c.action === 'throttle' && !p.throttlesCount)
            return this.throttles >= p.maxThrottles;
        return (p.throttlesCount ? this.attempts : this.attempts - this.throttles) >= p.maxAttempts;
    }
    /** Once STS has throttled, the loop may go on for the throttle budget. */
    timeLimit() {
        const p = this.policy;
        return this.throttles > 0 ? Math.max(p.maxRetryTimeMs, p.throttleBudgetMs) : p.maxRetryTimeMs;
    }
    /** What the caller sees when the loop ends without credentials. */
    gaveUp(error) {
        if (this.signal.aborted)
            return this.signal.reason;
        // Not an attempt failure: a bug of ours, reported as it is.
        if (!(error instanceof errors/* AttemptError */.cb))
            return error;
        const { classified } = error;
        const reason = classified.action === 'fatal'
            ? 'fatal'
            : classified.action === 'throttle' && !this.policy.throttlesCount
                ? 'throttled'
                : this.outOfAttempts(classified)
                    ? 'attempts'
                    : 'time';
        return new errors/* ExchangeError */.Sb(classified, this.attempts, reason, {
            cause: error.cause,
            claims: this.lastSent === undefined ? undefined : trustClaims(this.lastSent),
            throttleBudgetMs: reason === 'throttled' ? this.timeLimit() : undefined,
        });
    }
}

;// CONCATENATED MODULE: ./src/sts/special-characters.ts
// special-characters-workaround: some tools mangle a secret with these characters, so the role is
// assumed again until STS issues one without them (bounded by the retry limits).

// The incumbent's set, so that the workaround rejects exactly what it rejected.
const SPECIAL_CHARACTERS = /[!@#$%^&*()_+\-=[\]{};':"\\|,.<>/?]/;
function hasSpecialCharacters(accessKeyId, secretAccessKey) {
    return SPECIAL_CHARACTERS.test(accessKeyId) || SPECIAL_CHARACTERS.test(secretAccessKey);
}
/** The credentials, or a retryable SpecialCharactersError when the workaround is on and they have some. */
async function withoutSpecialCharacters(enabled, credentials) {
    const c = await credentials;
    if (enabled && hasSpecialCharacters(c.accessKeyId, c.secretAccessKey)) {
        throw new errors/* SpecialCharactersError */.Yw('The secret STS issued has special characters; assuming the role again');
    }
    return c;
}

;// CONCATENATED MODULE: ./src/sts/sts-session.ts
// One way to call STS, for the main step and the refresher alike: a session opened for some
// signing credentials (or a web identity) and settings, whose three calls each run under the retry
// policy with this process's clock, timers and log. exchange() is called here and nowhere else.



const THROTTLE_BUDGETS = {
    step: DEFAULT_POLICY.throttleBudgetMs,
    // A credential_process keeps a tool waiting: throttling gets the general time limit instead.
    'credential-process': DEFAULT_POLICY.maxRetryTimeMs,
};
/** The retry policy for the user's limits, the mode's token and who waits. */
function retryPolicy(limits, caller, freshTokenEachAttempt = false) {
    return {
        ...DEFAULT_POLICY,
        maxAttempts: limits.maxAttempts,
        throttlesCount: limits.throttlesCount,
        freshTokenEachAttempt,
        throttleBudgetMs: THROTTLE_BUDGETS[caller],
    };
}
/** The one call of the retry loop in the action: with this process's clock, timers and log. */
function retried(policy, log, call, signal) {
    const effects = {
        // Rejects on abort; exchange() then reports the signal's reason.
        sleep: (ms, sig) => (0,promises_.setTimeout)(ms, undefined, { signal: sig }),
        now: Date.now,
        random: Math.random,
        log,
    };
    return exchange(policy, { ...effects, ...call }, signal);
}
/** A GitHub OIDC token and nothing else (print-trust-policy), retried as a token for STS would be. */
function tokenAlone(policy, tokens, log, signal) {
    return retried(policy, log, { fetchToken: tokens, call: async (token) => token }, signal);
}
/** Opens a session; loads the AWS SDK, so a caller may start network work first. */
async function openStsSession(settings, options) {
    const sts = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(680)]).then(__webpack_require__.bind(__webpack_require__, 1680));
    const client = sts.createStsClient(settings, { credentials: options.credentials, onDial: options.onDial });
    const checked = (c) => withoutSpecialCharacters(options.specialCharactersWorkaround, c);
    const retry = (call, signal) => retried(options.policy, options.log, call, signal);
    return {
        withWebIdentity: (roleArn, fetchToken, signal) => retry({
            fetchToken,
            call: (token, sig) => checked(sts.assumeRoleWithWebIdentity(client, settings, roleArn, token, sig)),
        }, signal),
        assume: (roleArn, tags, signal) => retry({
            call: (sig) => checked(sts.assumeRole(client, settings, roleArn, tags, sig, options.log)),
        }, signal),
        callerIdentity: (signal) => retry({ call: (sig) => sts.getCallerIdentity(client, settings, sig) }, signal),
        probeIdentity: (signal) => sts.getCallerIdentity(client, settings, signal),
        destroy: () => client.destroy(),
    };
}

;// CONCATENATED MODULE: ./src/refresh/mint.ts
// Minting a refreshing profile's credentials: loaded only when the cache cannot serve them. The
// calls go through the same STS session as the main step's, under the credential_process policy.





const NO_TOKEN_ENDPOINT = 'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not in the environment of the process that asked for credentials. ' +
    'Every step of a job with permissions: id-token: write has them; a tool that clears the environment (sudo, env -i, docker run) must pass them on ' +
    '(sudo --preserve-env=ACTIONS_ID_TOKEN_REQUEST_URL,ACTIONS_ID_TOKEN_REQUEST_TOKEN). The request token is never written to disk.';
/**
 * New credentials: through GitHub OIDC, or by assuming the role with the source profile's.
 * @param source the signing credentials of a chained profile (its source's, refreshed).
 */
async function mint(settings, log, source) {
    const env = process.env;
    if (settings.kind === 'oidc' && !(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) {
        throw new errors/* RefreshSettingsError */.ls(NO_TOKEN_ENDPOINT);
    }
    // The later step's own proxy variables win: they are where its proxy password lives.
    if (settings.proxy && !spec/* PROXY_VARIABLES */.bD.some((n) => env[n]))
        (0,proxy/* applyProxyEnv */.m4)(settings.proxy);
    const policy = retryPolicy(settings, 'credential-process');
    const session = await openStsSession(settings, {
        credentials: await source(),
        policy,
        // credential_process hands the secret over as JSON, which no tool mangles.
        specialCharactersWorkaround: false,
        log,
    });
    const signal = AbortSignal.timeout(policy.maxRetryTimeMs + settings.httpTimeoutMs);
    try {
        const result = settings.kind === 'oidc'
            ? await session.withWebIdentity(settings.roleArn, (s) => fetchGitHubToken(settings.audience, settings.httpTimeoutMs, s), signal)
            : await session.assume(settings.roleArn, settings.tags, signal);
        return result.credentials;
    }
    finally {
        session.destroy();
    }
}


/***/ }),

/***/ 5288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ classifyStsError),
/* harmony export */   WX: () => (/* binding */ classifyTokenError),
/* harmony export */   o9: () => (/* binding */ canonicalCode)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Pure decisions about a failed attempt: retry or not, with a new token or not, what to say next.
// Keyed by both the SDK's JS error name and the STS wire code, because the SDK renames some codes
// (InvalidIdentityToken arrives as InvalidIdentityTokenException). This action's own errors are
// matched by class.

const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
]);
const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);
function fields(error) {
    return typeof error === 'object' && error !== null ? error : {};
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
/** The network error code anywhere in the cause chain (undici and smithy nest them). */
function codeInChain(error, wanted) {
    for (let e = error, depth = 0; e && depth < 5; e = fields(e).cause, depth++) {
        const code = str(fields(e).code);
        if (code && wanted(code))
            return code;
    }
    return undefined;
}
const networkCode = (error) => codeInChain(error, (code) => NETWORK_CODES.has(code));
/** `InvalidIdentityTokenException` and `InvalidIdentityToken` are the same error. */
function canonicalCode(code) {
    return code.endsWith('Exception') ? code.slice(0, -'Exception'.length) : code;
}
const HINTS = {
    AccessDenied: "Check the role's trust policy: its Principal must be the IAM OIDC provider for the token's issuer, and its :sub (in the form the token has; " +
        'repositories created, renamed or transferred on github.com after 2026-07-15 get repo:OWNER@ID/REPO@ID:...), :aud and :repository_id conditions must match this workflow. ' +
        'The claims and a Condition that matches are in the group below.',
    InvalidIdentityToken: "Check that the IAM OIDC provider's audience list contains the 'audience' input and that its URL is the token issuer " +
        '(https://token.actions.githubusercontent.com, or your GitHub Enterprise Server issuer).',
    IDPRejectedClaim: "Check the role's trust policy conditions against the token's claims (sub, aud, repository, ref).",
    IDPCommunicationError: 'STS could not reach the identity provider. It is usually transient; re-run the job, and check for an AWS or GitHub incident if it persists.',
    ExpiredToken: 'Every token was expired by the time STS read it. Check the runner clock (NTP) and the network latency to STS.',
    ValidationError: 'STS rejected a parameter. Check role-duration-seconds against the role\u2019s maximum session duration, and the role session name.',
    RegionDisabled: 'Activate STS in this region (IAM console, Account settings), or choose another aws-region.',
    MalformedPolicyDocument: 'Fix the session policy JSON.',
    PackedPolicyTooLarge: 'Shorten the session policy or the session tags.',
    InvalidClientTokenId: 'STS does not know the access key that signed the request. Check aws-access-key-id (or the AWS_ACCESS_KEY_ID in the environment): it may be deleted, deactivated or from another partition.',
    SignatureDoesNotMatch: 'The secret access key does not match the access key ID. Check aws-secret-access-key (or AWS_SECRET_ACCESS_KEY) for a copy error.',
    UnrecognizedClient: 'STS does not know the access key that signed the request. Check aws-access-key-id and aws-session-token.',
    CredentialsProvider: 'No AWS credentials were found to sign the request. Give the runner credentials (instance profile, environment, ~/.aws), or use OIDC (role-to-assume without force-skip-oidc).',
};
const VERIFICATION_KEY_HINT = "STS could not fetch the identity provider's signing keys (its JWKS) from the token issuer. It is usually transient: re-run the job. " +
    'On GitHub Enterprise Server, the issuer (https://HOSTNAME/_services/token) must be reachable from AWS.';
const SPECIAL_CHARACTERS_HINT = 'Every secret STS issued had a special character. Raise retry-max-attempts, or drop special-characters-workaround and quote the secret where it is used.';
const SIGNED_ACCESS_DENIED_HINT = 'The identity that signed AssumeRole needs sts:AssumeRole on the role in its own policy, and the role\u2019s trust policy must name it as Principal ' +
    'and allow sts:TagSession too (this action sends session tags; or set role-skip-session-tagging: true).';
const CLOCK_HINT = "Check the runner's clock (NTP: timedatectl, w32tm /resync) against the Expiration STS sent; if the clock is right, sts-endpoint (or AWS_ENDPOINT_URL_STS) is not answering like AWS STS.";
const INCOMPLETE_HINT = 'Check that sts-endpoint (or AWS_ENDPOINT_URL_STS) points at AWS STS and not at a proxy or another service.';
/**
 * A 2xx answer the SDK could not read as an STS document: an HTML page (a web UI, a captive
 * portal, a proxy's login) where STS should be. Sending the request again changes nothing.
 */
const notSts = (status, message) => status !== undefined &&
    status >= 200 &&
    status < 300 &&
    /XML parse error|Deserialization error/.test(message);
const NOT_STS = 'the endpoint answered with a document that is not an STS answer (an HTML page, a login or captive portal, another service?)';
const UNEXPECTED_ROLE_HINT = 'AWS STS answers for the role it is asked for. Check that sts-endpoint (or AWS_ENDPOINT_URL_STS) is AWS STS and not a proxy or mock, and that role-to-assume is the role you meant.';
const TOKEN_ENDPOINT_HINT = "ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token endpoint; check that no proxy (HTTPS_PROXY, NO_PROXY) or earlier step changed it.";
const REDIRECT_CODES = new Set(['CrossOriginRedirect', 'TooManyRedirects']);
const THROTTLE_HINT = "STS kept throttling: the account's STS request rate is shared by every job and tool in it. Limit concurrent jobs " +
    '(strategy.max-parallel), or leave retry-max-attempts unset so that throttled attempts do not count (a 180 s budget instead).';
const TOKEN_THROTTLE_HINT = "The runner's token endpoint kept answering 429 (too many requests). Re-run the job; limit concurrent jobs if it persists.";
const TRANSIENT_HINT = 'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.';
const TOKEN_TRANSIENT_HINT = "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.";
function hintFor(code) {
    return HINTS[canonicalCode(code)] ?? 'See the error code in the AWS STS API reference.';
}
const CREDENTIALS_EXPIRED_HINT = 'The session token of the credentials that signed the call has expired: aws-session-token, or the AWS_SESSION_TOKEN ' +
    'already in the environment (role-chaining). Refresh the secret, or run the step that made those credentials again.';
/** Failures that never reached STS's answer: the network, a deadline, or this action's own checks. */
function localFailure(error, name) {
    // A name that does not resolve is a typo far more often than an outage: say so at once.
    if (codeInChain(error, (code) => code === 'ENOTFOUND')) {
        return [
            'fatal',
            'ENOTFOUND',
            'The STS host name does not resolve. Check sts-endpoint (or AWS_ENDPOINT_URL_STS) and the runner\u2019s DNS.',
        ];
    }
    // The SDK calls a reset socket a TimeoutError too; the network code says more.
    const net = networkCode(error);
    if (net)
        return ['backoff', net, TRANSIENT_HINT];
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestTimeoutError */ .DH || name === 'TimeoutError')
        return ['backoff', 'Timeout', TRANSIENT_HINT];
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecialCharactersError */ .Yw)
        return ['backoff', error.code, SPECIAL_CHARACTERS_HINT];
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IncompleteResponseError */ .qK ||
        error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ResponseTooLargeError */ .by ||
        error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedResponseError */ .f7) {
        return ['fatal', error.code, INCOMPLETE_HINT];
    }
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpiredCredentialsError */ .eB)
        return ['fatal', error.code, CLOCK_HINT];
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedRoleError */ .y0)
        return ['fatal', error.code, UNEXPECTED_ROLE_HINT];
    return undefined;
}
function classifyStsError(error, source = 'web-identity') {
    const f = fields(error);
    const status = typeof f.$metadata?.httpStatusCode === 'number' ? f.$metadata.httpStatusCode : undefined;
    const message = str(f.message) ?? String(error);
    const name = str(f.Code) ?? str(f.name) ?? 'Error';
    const code = canonicalCode(name);
    const sts = (action, shown, hint) => ({
        action,
        code: shown,
        message,
        stage: 'sts',
        hint,
    });
    const local = localFailure(error, name);
    if (local)
        return sts(...local);
    if (notSts(status, message)) {
        return {
            action: 'fatal',
            code: 'MalformedResponse',
            message: NOT_STS,
            stage: 'sts',
            hint: INCOMPLETE_HINT,
        };
    }
    switch (code) {
        case 'ExpiredToken':
        case 'TokenExpired':
            if (source === 'credentials')
                return sts('fatal', name, CREDENTIALS_EXPIRED_HINT);
            return sts('new-token', name, hintFor('ExpiredToken'));
        case 'CredentialsProviderError':
            return sts('fatal', name, hintFor('CredentialsProvider'));
        case 'InvalidIdentityToken':
            // STS fetches the provider's JWKS; when that fails the token itself may be fine.
            if (/couldn.t retrieve verification key/i.test(message))
                return sts('new-token-backoff', name, VERIFICATION_KEY_HINT);
            if (/expired/i.test(message))
                return sts('new-token', name, hintFor('ExpiredToken'));
            return sts('fatal', name, hintFor(code));
        case 'IDPRejectedClaim':
            // AWS: "can also mean the claim has expired".
            if (/expir/i.test(message))
                return sts('new-token', name, hintFor('ExpiredToken'));
            return sts('fatal', name, hintFor(code));
        case 'IDPCommunicationError':
            return sts('backoff', name, hintFor(code));
        case 'AccessDenied':
            return sts('fatal', name, source === 'credentials' ? SIGNED_ACCESS_DENIED_HINT : hintFor(code));
    }
    // A 5xx or 429 with an HTML body (a proxy's error page) has no useful code; show the status.
    const shown = status !== undefined && /^(Error|Unknown|UnknownError)$/.test(name) ? `HTTP ${status}` : name;
    if (/Throttl/.test(code) || code === 'TooManyRequests' || status === 429)
        return sts('throttle', shown, THROTTLE_HINT);
    if (status !== undefined && TRANSIENT_STATUS.has(status))
        return sts('backoff', shown, TRANSIENT_HINT);
    return sts('fatal', name, hintFor(code));
}
function classifyTokenError(error) {
    const message = str(fields(error).message) ?? String(error);
    const status = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj ? error.status : undefined;
    const tok = (action, code, hint) => ({
        action,
        code,
        message,
        stage: 'token',
        hint,
    });
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestTimeoutError */ .DH)
        return tok('backoff', 'Timeout', TOKEN_TRANSIENT_HINT);
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O1) {
        return tok('fatal', error.code, 'Fix web-identity-token-file, or the step that writes it.');
    }
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ResponseTooLargeError */ .by)
        return tok('fatal', error.code, TOKEN_ENDPOINT_HINT);
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj && REDIRECT_CODES.has(error.code)) {
        return tok('fatal', error.code, TOKEN_ENDPOINT_HINT);
    }
    if (status === undefined) {
        // No usable HTTP answer: a network failure or a garbled body, retried.
        const named = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj && error.code !== 'TokenRequest' ? error.code : undefined;
        return tok('backoff', networkCode(error) ?? named ?? 'NetworkError', TOKEN_TRANSIENT_HINT);
    }
    if (status === 429)
        return tok('throttle', `HTTP ${status}`, TOKEN_THROTTLE_HINT);
    if (TRANSIENT_STATUS.has(status) || status === 408)
        return tok('backoff', `HTTP ${status}`, TOKEN_TRANSIENT_HINT);
    return tok('fatal', `HTTP ${status}`, status === 401 || status === 403
        ? 'The runner refused the token request. The job may have finished, or the job lacks permissions: id-token: write.'
        : 'The GitHub OIDC token endpoint rejected the request. Re-run the job; report it to GitHub if it persists.');
}


/***/ })

};

//# sourceMappingURL=665.index.js.map