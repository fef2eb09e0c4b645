import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__undici_stub_js_24858b81__ from "./undici-stub.js";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 1626:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ parseAssumedRoleArn),
/* harmony export */   DM: () => (/* binding */ parseRoleArn),
/* harmony export */   KC: () => (/* binding */ accountOfArn),
/* harmony export */   Nc: () => (/* binding */ arnOfRole),
/* harmony export */   ZW: () => (/* binding */ iamArn),
/* harmony export */   tX: () => (/* binding */ IDENTITY_ARN),
/* harmony export */   yn: () => (/* binding */ isRoleName),
/* harmony export */   yu: () => (/* binding */ policyArnPartition)
/* harmony export */ });
// Every ARN the action reads or writes, in IAM's grammar, in one place: a role's (with its path), a
// session of a role, a managed policy's, and the IAM ARNs the printed commands name. IAM API
// reference (CreateRole, CreatePolicy; "IAM identifiers"): a path is printable ASCII between
// slashes, a role name 1-64 of [\w+=,.@-], a policy path and name up to 512 printable characters.
// The partition field is only shaped here; whether AWS has it is partition.ts's answer. Pure.
/** A role's name, as CreateRole takes it. */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
/** arn:PARTITION:iam::ACCOUNT:role/PATH/NAME; the path is / or /a/b/. */
const ROLE_ARN = /^arn:([a-z][a-z-]*):iam::(\d{12}):role(\/(?:[\x21-\x7e]*\/)?)([\w+=,.@-]{1,64})$/;
/** What STS answers for a session: arn:PARTITION:sts::ACCOUNT:assumed-role/NAME/SESSION. */
const ASSUMED_ROLE_ARN = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;
/** Any IAM or STS ARN of an account, as GetCallerIdentity and AssumeRole answer with. */
const IDENTITY_ARN = /^arn:[a-z0-9-]+:(?:iam|sts)::\d{12}:[\x21-\x7e]{1,2048}$/;
/** A managed policy: the account's, or AWS's own (account field "aws"). */
const POLICY_ARN = /^arn:([a-z][a-z-]*):iam::(\d{12}|aws):policy\/[\x21-\x7e]{1,512}$/;
/** The parts of a role ARN, or undefined when the text is not one. */
function parseRoleArn(arn) {
    const m = ROLE_ARN.exec(arn);
    if (!m)
        return undefined;
    const [, partition, accountId, path, roleName] = m;
    return { partition, accountId, path, roleName };
}
/** A role's ARN from its parts. */
function arnOfRole(parts) {
    return iamArn(parts.partition, parts.accountId, `role${parts.path}${parts.roleName}`);
}
/** Whether a text is a role name (role-to-assume given without its ARN). */
const isRoleName = (text) => ROLE_NAME.test(text);
/** The partition, account and role of a session ARN, or undefined when the text is not one. */
function parseAssumedRoleArn(arn) {
    const m = ASSUMED_ROLE_ARN.exec(arn);
    if (!m)
        return undefined;
    const [, partition, accountId, roleName] = m;
    return { partition, accountId, roleName };
}
/** The partition field of a managed policy's ARN, or undefined when the text is not one. */
const policyArnPartition = (arn) => POLICY_ARN.exec(arn)?.[1];
/** The account field of an ARN: arn:aws:sts::123456789012:assumed-role/ROLE/SESSION -> 123456789012 */
function accountOfArn(arn) {
    return arn.split(':')[4] ?? '';
}
/** An IAM ARN: arn:PARTITION:iam::ACCOUNT:RESOURCE (a role, an OIDC provider, a policy). */
function iamArn(partition, accountId, resource) {
    return `arn:${partition}:iam::${accountId}:${resource}`;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ ProfileExistsError),
/* harmony export */   Am: () => (/* binding */ MissingIdTokenPermissionError),
/* harmony export */   CH: () => (/* binding */ FileCommandError),
/* harmony export */   Cz: () => (/* binding */ NoTokenEndpointUnderActError),
/* harmony export */   DH: () => (/* binding */ RequestTimeoutError),
/* harmony export */   G8: () => (/* binding */ SourceCredentialsError),
/* harmony export */   Nj: () => (/* binding */ TokenRequestError),
/* harmony export */   O1: () => (/* binding */ TokenFileError),
/* harmony export */   Sb: () => (/* binding */ ExchangeError),
/* harmony export */   TQ: () => (/* binding */ AccountNotAllowedError),
/* harmony export */   Yk: () => (/* binding */ InvalidTokenEndpointError),
/* harmony export */   Yw: () => (/* binding */ SpecialCharactersError),
/* harmony export */   by: () => (/* binding */ ResponseTooLargeError),
/* harmony export */   cb: () => (/* binding */ AttemptError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eB: () => (/* binding */ ExpiredCredentialsError),
/* harmony export */   f7: () => (/* binding */ MalformedResponseError),
/* harmony export */   k0: () => (/* binding */ UnsafePathError),
/* harmony export */   kd: () => (/* binding */ ActionTimeoutError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   ls: () => (/* binding */ RefreshSettingsError),
/* harmony export */   mL: () => (/* binding */ ProfileFileError),
/* harmony export */   qK: () => (/* binding */ IncompleteResponseError),
/* harmony export */   y0: () => (/* binding */ UnexpectedRoleError)
/* harmony export */ });
// Every error this action raises on purpose. One base class with a `code`: classification matches
// on the class (instanceof) and the code, never on a name string, and whether the message is shown
// to a person as it stands is a property of the class, not a list kept elsewhere.
class ActionError extends Error {
    /**
     * The message says what is wrong and how to fix it, so the step prints it as it stands. Errors
     * without it are worded from inside (what failed), and failureMessage() says which call failed.
     */
    complete = false;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad inputs: the message lists every problem, one a line, each naming its input and the fix. */
class InputError extends ActionError {
    code = 'InputError';
    complete = true;
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? (problems[0] ?? '')
            : `${problems.length} inputs are invalid:\n${problems.join('\n')}`);
        this.problems = problems;
    }
}
/** The runner gave this step no token endpoint: said before any request. */
class MissingIdTokenPermissionError extends ActionError {
    code = 'MissingIdTokenPermission';
    complete = true;
}
/** Under act (a local runner), which has no token endpoint: said before any request. */
class NoTokenEndpointUnderActError extends ActionError {
    code = 'NoTokenEndpointUnderAct';
    complete = true;
}
/** A refreshing profile's settings file is gone (the job ended) or is not ours. */
class RefreshSettingsError extends ActionError {
    code = 'RefreshSettings';
    complete = true;
}
/** role-chaining without credentials in the environment. */
class SourceCredentialsError extends ActionError {
    code = 'SourceCredentials';
    complete = true;
}
/** The credentials were fine, but in an account allowed-account-ids does not list. */
class AccountNotAllowedError extends ActionError {
    code = 'AccountNotAllowed';
    complete = true;
    constructor(account, allowed) {
        super(`The credentials are for account ${account}, which is not in allowed-account-ids (${allowed.join(', ')}); nothing was exported. ` +
            'Check role-to-assume (or the access keys), or add the account to allowed-account-ids.');
    }
}
/** aws-profile names a section that exists, and overwrite-aws-profile is not set. */
class ProfileExistsError extends ActionError {
    code = 'ProfileExists';
    complete = true;
}
/** A file this action reads or writes is a symlink, or not a regular file. */
class UnsafePathError extends ActionError {
    code = 'UnsafePath';
}
/** The profile files could not be used safely; wraps UnsafePathError at the profile boundary. */
class ProfileFileError extends ActionError {
    code = 'ProfileFile';
    complete = true;
}
/** ACTIONS_ID_TOKEN_REQUEST_URL is set, but to no http(s) URL a request could go to. */
class InvalidTokenEndpointError extends ActionError {
    code = 'InvalidTokenEndpoint';
    complete = true;
}
/** A file command (GITHUB_ENV, GITHUB_OUTPUT, ...) names a file this step cannot append to. */
class FileCommandError extends ActionError {
    code = 'FileCommand';
    complete = true;
}
/** Raised through the abort signal when action-timeout-s fires. */
class ActionTimeoutError extends ActionError {
    code = 'ActionTimeout';
    seconds;
    constructor(seconds) {
        super(`action-timeout-s of ${seconds} s reached`);
        this.seconds = seconds;
    }
}
/** The per-request deadline fired (as opposed to the whole-step action-timeout-s). */
class RequestTimeoutError extends ActionError {
    code = 'Timeout';
}
/** A server sent more than this action ever reads; said with the endpoint and the limit. */
class ResponseTooLargeError extends ActionError {
    code = 'ResponseTooLarge';
}
/** STS sent a value that is not of the shape it documents (a line break in a secret). */
class MalformedResponseError extends ActionError {
    code = 'MalformedResponse';
}
/** STS answered with a session of another role, account or partition than the one asked for. */
class UnexpectedRoleError extends ActionError {
    code = 'UnexpectedRole';
}
/** STS issued credentials that are already expired, or about to, by this runner's clock. */
class ExpiredCredentialsError extends ActionError {
    code = 'ExpiredCredentials';
}
/** A failure of the GitHub OIDC token endpoint, with its HTTP status where there was one. */
class TokenRequestError extends ActionError {
    code;
    status;
    /** @param code a name for a failure without a status, e.g. a 200 with no token in it. */
    constructor(message, status, code = 'TokenRequest', options) {
        super(message, options);
        this.status = status;
        this.code = code;
    }
}
/** web-identity-token-file could not be used: missing, empty, a symlink. Retrying cannot help. */
class TokenFileError extends ActionError {
    code = 'TokenFileError';
}
/** STS answered 200 without what a successful call must carry. */
class IncompleteResponseError extends ActionError {
    code = 'IncompleteResponse';
}
/**
 * special-characters-workaround: the secret has a character some tools mangle. Re-assuming mints
 * a new secret; bounded by the same attempt and time limits as any retry.
 */
class SpecialCharactersError extends ActionError {
    code = 'SpecialCharacters';
}
/** One failed attempt, classified. */
class AttemptError extends ActionError {
    classified;
    get code() {
        return this.classified.code;
    }
    constructor(classified, options) {
        super(`${classified.code}: ${classified.message}`, options);
        this.classified = classified;
    }
}
/** The retry loop gave up. */
class ExchangeError extends ActionError {
    classified;
    attempts;
    reason;
    /** The trust-relevant claims of the last token sent, for diagnostics; never the token. */
    claims;
    /** How long throttling was allowed to go on, when that is why the loop stopped. */
    throttleBudgetMs;
    get code() {
        return this.classified.code;
    }
    constructor(classified, attempts, reason, options) {
        super(`${classified.code}: ${classified.message}`, options);
        this.classified = classified;
        this.attempts = attempts;
        this.reason = reason;
        this.claims = options?.claims;
        this.throttleBudgetMs = options?.throttleBudgetMs;
    }
}


/***/ }),

/***/ 1598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   oX: () => (/* binding */ GITHUB_ISSUER),
/* harmony export */   ph: () => (/* binding */ TRUST_CLAIMS),
/* harmony export */   um: () => (/* binding */ trustClaims)
/* harmony export */ });
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9937);
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
        const payload = (0,jose__WEBPACK_IMPORTED_MODULE_0__/* .decodeJwt */ .i)(token);
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


/***/ }),

/***/ 942:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ readTokenFile),
/* harmony export */   d2: () => (/* binding */ fetchGitHubToken),
/* harmony export */   jY: () => (/* binding */ readRequestToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _network_http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5284);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(869);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7708);
// The GitHub OIDC token: where the runner says to fetch it, and the fetch itself.




const NO_TOKEN_FOR_FORKS = 'A pull request from a fork gets no id-token: write (GitHub lowers write permissions to read for forks, unless an admin of a private ' +
    'or internal repository allows write tokens for them), and a Dependabot run starts read-only: skip this step for them ' +
    '(if: github.event.pull_request.head.repo.full_name == github.repository), or grant Dependabot\u2019s job id-token: write explicitly. ' +
    'Do not move the job to pull_request_target to get a token: it runs with this repository\u2019s permissions, and any step that ' +
    'checks out or runs the pull request\u2019s code then hands the role to whoever opened it.';
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidTokenEndpointError */ .Yk(`ACTIONS_ID_TOKEN_REQUEST_URL is set, but not to an http(s) URL (${requestUrl}). The runner sets it for a job ` +
            'with "permissions: id-token: write": check that no earlier step or env: of the workflow changes it.');
    }
    if (requestUrl !== '' && requestToken !== '')
        return requestToken;
    if (underAct(env))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NoTokenEndpointUnderActError */ .Cz(UNDER_ACT);
    const missing = [
        requestUrl === '' && 'ACTIONS_ID_TOKEN_REQUEST_URL',
        requestToken === '' && 'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    ]
        .filter(Boolean)
        .join(' and ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MissingIdTokenPermissionError */ .Am(`The runner gave this step no GitHub OIDC token endpoint (${missing} not set). ` +
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
    (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz)(`Requesting a GitHub OIDC token for audience ${audience} from ${first.origin}.`);
    let url = first;
    let status = 0;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const res = await (0,_network_http_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedGet */ ._1)(url, { endpoint, headers, timeoutMs, signal });
        if (!REDIRECTS.has(res.status))
            return tokenOf(res);
        status = res.status;
        url = new URL(String(res.headers.location ?? ''), url);
        if (url.origin !== first.origin) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`the token endpoint redirected to another origin (${url.origin}); the request token is sent only to ${first.origin}, the endpoint the runner named`, status, 'CrossOriginRedirect');
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`the token endpoint redirected more than ${MAX_REDIRECTS} times`, status, 'TooManyRedirects');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(said || `HTTP ${res.status}`, res.status);
    }
    const token = field('value');
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj('the answer has no token (expected JSON {"value": "<jwt>"})', undefined, 'NoTokenInResponse');
    }
    (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .mask */ .dK)(token);
    return token;
}
// Kubernetes projects service-account tokens as symlinks into a ..data directory it swaps
// atomically; those are the only links followed.
const KUBERNETES_TOKEN_DIRS = ['/var/run/secrets/kubernetes.io/', '/var/run/secrets/eks.amazonaws.com/'];
/** Read on every attempt: whatever refreshes the file may have replaced the token. */
function readTokenFile(path) {
    let text;
    try {
        text = (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(path, { allowSymlink: KUBERNETES_TOKEN_DIRS.some((d) => (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(d, path)) });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O1(`Failed to read web-identity-token-file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const token = text?.trim() ?? '';
    if (text === undefined || token === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O1(`web-identity-token-file ${path} ${text === undefined ? 'does not exist' : 'is empty'}. ` +
            'A relative path is resolved against GITHUB_WORKSPACE; check the step that writes the token runs first.');
    }
    // A bearer credential like the GitHub token: masked before anything could print it.
    (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .mask */ .dK)(token);
    return token;
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2413);

// No process.exit(): it would cut off stdout still in a pipe (the ::error:: line among it). Every
// request is destroyed when it ends or is abandoned, so nothing holds the step open; the exit code
// is 1 when run() called setFailed.
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7026:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ NO_PROXY_VARIABLES),
/* harmony export */   HA: () => (/* binding */ defaultOf),
/* harmony export */   bD: () => (/* binding */ PROXY_VARIABLES),
/* harmony export */   mJ: () => (/* binding */ orderOf),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   rg: () => (/* binding */ withEnvFallbacks)
/* harmony export */ });
/* unused harmony exports INPUT_NAMES, parserOf, STANDARD_FALLBACKS */
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

/***/ 2413:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var lib_core = __nccwpck_require__(9025);
// EXTERNAL MODULE: ./src/aws/arn.ts
var aws_arn = __nccwpck_require__(1626);
;// CONCATENATED MODULE: ./src/github/run-facts.ts
// What this run is: the repository, workflow, actor, commit, ref, event, run and job, from the
// default variables the runner sets for every step. Read here, not through @actions/github's
// context: importing @actions/github builds a proxy agent at import time (with undici, which this
// action does not bundle, so that import fails behind a proxy) and reads the whole event payload
// file; neither belongs on the main path. Only AssumeRole's session tags and the failure
// diagnostics need these facts.
const run_facts_text = (value) => (value === undefined || value === '' ? undefined : value);
/** A number the runner sets as text (GITHUB_RUN_ID), read as @actions/github's context reads it. */
const integer = (value) => {
    const n = Number.parseInt(value ?? '', 10);
    return Number.isNaN(n) ? undefined : String(n);
};
/** The facts from the environment; a repository only in OWNER/REPO form. */
async function runFacts(env = process.env) {
    const repository = /^[^/]+\/[^/]+$/.test(env.GITHUB_REPOSITORY ?? '') ? env.GITHUB_REPOSITORY : undefined;
    return {
        repository,
        workflow: run_facts_text(env.GITHUB_WORKFLOW),
        action: run_facts_text(env.GITHUB_ACTION),
        actor: run_facts_text(env.GITHUB_ACTOR),
        sha: run_facts_text(env.GITHUB_SHA),
        ref: run_facts_text(env.GITHUB_REF),
        eventName: run_facts_text(env.GITHUB_EVENT_NAME),
        runId: integer(env.GITHUB_RUN_ID),
        job: run_facts_text(env.GITHUB_JOB),
        repositoryId: run_facts_text(env.GITHUB_REPOSITORY_ID),
        repositoryOwnerId: run_facts_text(env.GITHUB_REPOSITORY_OWNER_ID),
        baseRef: run_facts_text(env.GITHUB_BASE_REF),
        headRef: run_facts_text(env.GITHUB_HEAD_REF),
        triggeringActor: run_facts_text(env.GITHUB_TRIGGERING_ACTOR),
    };
}

// EXTERNAL MODULE: ./src/github/token.ts
var github_token = __nccwpck_require__(942);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/runner/file-commands.ts
// The runner's file commands (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE), each batch in ONE append:
// a write of a few KB to a regular file is not cut short by a signal, so a step killed at any point
// leaves the job with none of a batch or all of it, never AWS_ACCESS_KEY_ID without its secret.
// The entries are in the format @actions/core writes, one heredoc per value; without the file
// (an old runner), each goes through @actions/core instead.





/** The runner's file commands this step writes: the job's variables, outputs, state and summary. */
const FILE_COMMANDS = ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
/**
 * Before any request: each file command the environment names is a regular file this step can
 * append to. The runner makes them before the step starts; one that is missing, not a file or not
 * writable would fail the step after STS answered, with the job's variables half written, or
 * (appended to by name) make a file of that name. Unset or empty: an old runner, or none; the
 * workflow commands of @actions/core then.
 */
function checkFileCommands(env) {
    for (const name of FILE_COMMANDS) {
        const path = env[name];
        if (!path)
            continue;
        let why;
        try {
            // stat, not open: a FIFO or a device is refused without blocking on it.
            if (!(0,external_node_fs_.statSync)(path).isFile())
                why = 'it is not a regular file';
            else
                (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK);
        }
        catch (error) {
            why = error.code ?? String(error);
        }
        if (why === undefined)
            continue;
        throw new errors/* FileCommandError */.CH(`${name} names ${path}, which this step cannot append to (${why}). The runner makes this file before each step: ` +
            `run the action as a step of a workflow, or point ${name} at a file that exists and that this user can write.`);
    }
}
function entry(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    // Values are checked before they get here (sts.ts); this is the last line of defence.
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`${name}: the value holds its delimiter`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function append(file, values, each) {
    const entries = Object.entries(values);
    if (entries.length === 0)
        return;
    if (!file) {
        for (const [name, value] of entries)
            each(name, value);
        return;
    }
    (0,external_node_fs_.appendFileSync)(file, entries.map(([name, value]) => entry(name, value)).join(''), 'utf8');
}
/** Exported to the job's later steps, and to this process. */
function exportVariables(values) {
    for (const [name, value] of Object.entries(values))
        process.env[name] = value;
    append(process.env.GITHUB_ENV, values, (n, v) => lib_core/* exportVariable */.dN(n, v));
}
function setOutputs(values) {
    append(process.env.GITHUB_OUTPUT, values, (n, v) => lib_core/* setOutput */.uH(n, v));
}
/** For the post step, which reads them back with core.getState. */
function saveStates(values) {
    append(process.env.GITHUB_STATE, values, (n, v) => lib_core/* saveState */.LZ(n, v));
}

// EXTERNAL MODULE: ./src/runner/files.ts
var runner_files = __nccwpck_require__(869);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __nccwpck_require__(7708);
;// CONCATENATED MODULE: ./src/tools/python.ts
// What botocore gets from Python's standard library when it reads a path or a section header:
// str.isspace, shlex.split and os.path.expandvars / expanduser. Each is written from CPython 3.11's
// source (Lib/shlex.py, Lib/posixpath.py, Objects/unicodetype_db.h for isspace), the Python the
// AWS CLI v1 and boto3 run on here. Pure: no file, no environment but the one given.
/** The characters Python's str.isspace and str.strip() take as space (none above U+3000). */
const PY_SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** PY_SPACE as a table of character codes: a file's every line asks, and a regular expression per character would cost. */
const SPACE_CODES = (() => {
    const one = new RegExp(`[${PY_SPACE}]`);
    return Uint8Array.from({ length: 0x3001 }, (_, c) => (one.test(String.fromCharCode(c)) ? 1 : 0));
})();
const isPySpace = (c) => SPACE_CODES[c] === 1;
/** Python's str.strip() with no argument. */
function pyStrip(text) {
    const first = firstNonSpace(text);
    return text.slice(first, lastNonSpace(text, first));
}
/** The index of the first character of `text` from `from` on that is not Python space, or its length. */
function firstNonSpace(text, from = 0) {
    let i = from;
    while (i < text.length && isPySpace(text.charCodeAt(i)))
        i++;
    return i;
}
/** One past the last character of `text` before `to` that is not Python space, or `from`. */
function lastNonSpace(text, from, to = text.length) {
    let j = to;
    while (j > from && isPySpace(text.charCodeAt(j - 1)))
        j--;
    return j;
}
/**
 * shlex.split(text): POSIX mode, whitespace " \t\r\n", quotes ' and ", backslash escapes outside
 * quotes and (only before \ or ") inside double quotes. Undefined where shlex raises ValueError
 * (an open quote, a trailing backslash). A quoted empty string is a word of its own.
 */
function shlexSplit(text) {
    const words = [];
    let word = '';
    let state = 'space';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (state === "'" || state === '"') {
            if (c === state)
                state = 'word';
            else if (c === '\\' && state === '"') {
                const next = text[++i];
                if (next === undefined)
                    return undefined;
                word += next === '\\' || next === '"' ? next : `\\${next}`;
            }
            else
                word += c;
        }
        else if (' \t\r\n'.includes(c)) {
            if (state === 'word')
                words.push(word);
            word = '';
            state = 'space';
        }
        else if (c === "'" || c === '"')
            state = c;
        else if (c === '\\') {
            const next = text[++i];
            if (next === undefined)
                return undefined;
            word += next;
            state = 'word';
        }
        else {
            word += c;
            state = 'word';
        }
    }
    if (state === "'" || state === '"')
        return undefined;
    if (state === 'word')
        words.push(word);
    return words;
}
const VARIABLE = /\$([A-Za-z0-9_]+|\{[^}]*\})/g;
/** posixpath.expandvars: $NAME and ${NAME} of variables that are set; the others are left as written. */
function expandVars(path, env) {
    return path.replace(VARIABLE, (whole, name) => {
        const bare = name.startsWith('{') ? name.slice(1, -1) : name;
        const value = Object.hasOwn(env, bare) ? env[bare] : undefined;
        return value === undefined ? whole : value;
    });
}
/**
 * posixpath.expanduser: a leading "~" or "~/" is HOME (undefined when HOME is unset: Python then
 * asks the password database, which this model does not read); "~NAME" is NAME's home directory
 * from the password database, also undefined here. Any other path is returned as it is.
 */
function expandUser(path, env) {
    if (!path.startsWith('~'))
        return path;
    const slash = path.indexOf('/', 1);
    const end = slash === -1 ? path.length : slash;
    if (end !== 1)
        return undefined;
    const home = env.HOME;
    if (home === undefined)
        return undefined;
    return home.replace(/\/+$/, '') + path.slice(end) || '/';
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/tools/resolution.ts
// The words both tools' models answer in: where a tool looks for a file, what it finds there, and
// which credentials and region it ends up with. Pure types and two small helpers.

const KINDS = ['config', 'credentials'];
/** The variable that names each file; both tools read both. */
const FILE_VARIABLE = {
    config: 'AWS_CONFIG_FILE',
    credentials: 'AWS_SHARED_CREDENTIALS_FILE',
};
const NO_FILE = { text: undefined, utf8: true };
/** A path as a later step opens it: relative paths from the working directory. */
const absolute = (path, cwd) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path));
/** The value a variable has, or undefined; a variable set to "" is set. */
const variableOf = (env, name) => Object.hasOwn(env, name) ? env[name] : undefined;
/** A profile's key, own properties only (a profile named "constructor" is a name like another). */
const keyOf = (values, key) => values !== undefined && Object.hasOwn(values, key) ? values[key] : undefined;
/**
 * A function of a text that remembers its last four answers: a step asks about the same file (of
 * hundreds of thousands of profiles, it may be) several times, and a map finds a string it has
 * hashed once at once.
 */
function lastFour(f) {
    const recent = new Map();
    return (text) => {
        if (recent.has(text))
            return recent.get(text);
        const answer = f(text);
        recent.set(text, answer);
        if (recent.size > 4)
            recent.delete(recent.keys().next().value);
        return answer;
    };
}

;// CONCATENATED MODULE: ./src/tools/configparser.ts
// How botocore's configparser reads an INI text: configparser.RawConfigParser() with its defaults
// (strict, "=" and ":" as delimiters, "#" and ";" only as whole-line comments, blank lines kept in
// values, a DEFAULT section whose options every section inherits, option names lower-cased), as
// Lib/configparser.py's _read does it in CPython 3.11; then botocore 1.43.11's raw_config_parse
// (botocore/configloader.py), which reads an indented value after an empty first line as a
// sub-section of `key = value` lines. The text is what Python's text mode gives: "\r\n" and a lone
// "\r" end a line as "\n" does. One pass over the text, without a regular expression per line: a
// user's config can hold hundreds of thousands of profiles.


const DEFAULT_SECTION = 'DEFAULT';
/** Where str.splitlines() cuts (it takes more than universal newlines: \v, \f, \x1c-\x1e, \x85, U+2028, U+2029). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python's line breaks are control characters.
const PY_LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/;
/** The end of the line that starts at `start` (its break not included), and where the next one starts. */
function lineEnd(text, start) {
    let i = start;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 10)
            return { end: i, next: i + 1 };
        if (c === 13)
            return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
        i++;
    }
    return { end: i, next: i };
}
class Reader {
    headers = [];
    sections = new Map();
    defaults = new Map();
    error;
    /** The section lines go to; strict, a section (DEFAULT aside) is met once, so its options are its own. */
    current;
    sectionName = '';
    /** The option a continuation line adds to. */
    option;
    indent = 0;
    fail(lineNumber, why) {
        this.error ??= `line ${lineNumber}: ${why}`;
    }
    header(name, offset, lineNumber) {
        this.headers.push({ offset, name });
        if (name === DEFAULT_SECTION)
            this.current = this.defaults;
        else if (this.sections.has(name)) {
            this.error = `line ${lineNumber}: a second [${name}] section`;
            return false;
        }
        else {
            this.current = new Map();
            this.sections.set(name, this.current);
        }
        this.sectionName = name;
        this.option = undefined;
        return true;
    }
    /** `OPTCRE`: the name before the first "=" or ":", spaces around it dropped; the rest, the value. */
    optionLine(value, lineNumber) {
        let k = 0;
        while (k < value.length && value[k] !== '=' && value[k] !== ':')
            k++;
        if (k === value.length) {
            this.fail(lineNumber, 'a line that is neither a [section] nor a key = value');
            return true;
        }
        if (lastNonSpace(value, 0, k) === 0)
            this.fail(lineNumber, 'a line that is neither a [section] nor a key = value');
        const name = value.slice(0, lastNonSpace(value, 0, k)).toLowerCase();
        const section = this.current;
        if (section.has(name)) {
            this.error = `line ${lineNumber}: a second "${name}" in [${this.sectionName}]`;
            return false;
        }
        this.option = [value.slice(firstNonSpace(value, k + 1))];
        section.set(name, this.option);
        return true;
    }
}
/** One line of _read; false when configparser stops at it (a duplicate, or no header yet). */
function readLine(r, text, start, end, lineNumber) {
    const first = firstNonSpace(text, start);
    const last = lastNonSpace(text, first, end);
    const value = first >= end ? '' : text.slice(first, last);
    const comment = value.startsWith('#') || value.startsWith(';');
    if (value === '' || comment) {
        // A blank line (not a comment) inside a value is kept as an empty line of it.
        if (!comment && r.option)
            r.option.push('');
        return true;
    }
    const indent = first - start;
    if (r.current !== undefined && r.option && indent > r.indent) {
        r.option.push(value);
        return true;
    }
    r.indent = indent;
    // SECTCRE, "\[(?P<header>.+)\]", matched at the start: the name runs to the last "]".
    const close = value.startsWith('[') ? value.lastIndexOf(']') : -1;
    if (close > 1)
        return r.header(value.slice(1, close), start, lineNumber);
    if (r.current === undefined) {
        r.error = `line ${lineNumber}: text before the first [section]`;
        return false;
    }
    return r.optionLine(value, lineNumber);
}
/** botocore's _parse_nested: an indented block of `key = value` lines; undefined when one has no "=". */
function nested(value) {
    for (const line of value.split(PY_LINE_BREAK)) {
        const t = pyStrip(line);
        if (t !== '' && !t.includes('='))
            return undefined;
    }
    return value;
}
/** The values of a section, joined as configparser and botocore join them, DEFAULT's beneath. */
function joined(r, own) {
    const values = {};
    let bad;
    const add = (name, lines) => {
        const all = lines.length === 1 ? lines[0] : lines.join('\n');
        const value = all.slice(0, lastNonSpace(all, 0));
        if (value.startsWith('\n') && nested(value) === undefined)
            bad ??= name;
        // defineProperty: a key named __proto__ is a key like another.
        if (name === '__proto__')
            Object.defineProperty(values, name, { value, enumerable: true, writable: true });
        else
            values[name] = value;
    };
    for (const [name, lines] of r.defaults)
        if (!own.has(name))
            add(name, lines);
    for (const [name, lines] of own)
        add(name, lines);
    return { values, bad };
}
/** The text as botocore's configparser reads it. */
function read(text) {
    const r = new Reader();
    for (let start = 0, n = 1; start < text.length; n++) {
        const { end, next } = lineEnd(text, start);
        if (!readLine(r, text, start, end, n))
            break;
        start = next;
    }
    const sections = new Map();
    let error = r.error;
    for (const [name, own] of r.sections) {
        const { values, bad } = joined(r, own);
        if (bad !== undefined)
            error ??= `in [${name}], "${bad}" has an indented line without "="`;
        sections.set(name, values);
    }
    return { headers: r.headers, sections, error };
}
/** The text as botocore's configparser reads it (the last four texts are remembered). */
const readIni = lastFour(read);

;// CONCATENATED MODULE: ./src/tools/botocore.ts
// How botocore 1.43.11 (the AWS CLI v1, boto3) reads the job: each rule names the file of
// botocore's source it comes from. Pure: an environment and the files' texts in, a resolution out.



const NAME = 'the AWS CLI and boto3 (botocore)';
/**
 * configprovider.py: AWS_CONFIG_FILE, else ~/.aws/config (AWS_SHARED_CREDENTIALS_FILE, else
 * ~/.aws/credentials), a variable set to "" included; configloader.py raw_config_parse expands
 * $VAR, then ~, and opens nothing when the result is not a file (os.path.isfile("") is false).
 */
function where(kind, env, cwd) {
    const raw = variableOf(env, FILE_VARIABLE[kind]) ?? `~/.aws/${kind}`;
    const expanded = expandUser(expandVars(raw, env), env);
    if (expanded === undefined)
        return { unknown: `${raw} names a home directory this step cannot look up` };
    return expanded === '' ? { none: true } : { path: absolute(expanded, cwd) };
}
/**
 * configloader.py build_profile_map: a section whose name starts with "profile" and splits
 * (shlex) into two words is the profile named by the second word, whatever the first; "default"
 * is the default profile. A later section of the same profile replaces an earlier one.
 */
function profileOfSection(kind, section) {
    if (kind === 'credentials')
        return section;
    if (section.startsWith('profile')) {
        const words = shlexSplit(section);
        return words?.length === 2 ? words[1] : undefined;
    }
    return section === 'default' ? 'default' : undefined;
}
/** The profiles of one text of this kind; a text configparser refuses is refused whole. */
function profilesIn(kind, text) {
    const found = new Map();
    const read = readIni(text);
    if (read.error !== undefined)
        return { profiles: found, refused: read.error };
    for (const [section, values] of read.sections) {
        const name = profileOfSection(kind, section);
        if (name !== undefined)
            found.set(name, values);
    }
    return { profiles: found, refused: undefined };
}
/** The last four texts of each kind, remembered. */
const profilesOf = {
    config: lastFour((text) => profilesIn('config', text)),
    credentials: lastFour((text) => profilesIn('credentials', text)),
};
/** The profiles of one file; a file that is not UTF-8 is refused whole (UnicodeDecodeError). */
function profiles(kind, seen) {
    if (seen.text === undefined)
        return { profiles: new Map(), refused: undefined };
    if (!seen.utf8)
        return { profiles: new Map(), refused: 'it is not UTF-8' };
    return profilesOf[kind](seen.text);
}
function headers(kind, text) {
    return readIni(text).headers.map((h) => [
        h.offset,
        h.name === 'DEFAULT' ? undefined : profileOfSection(kind, h.name),
    ]);
}
/**
 * session.py full_config: the credentials file's sections join the config file's profiles, key by
 * key. Asked one name at a time: building the whole map would copy every profile of a big file.
 */
function merged(config, credentials) {
    return {
        has: (name) => config.has(name) || credentials.has(name),
        get: (name) => config.has(name) || credentials.has(name)
            ? { ...config.get(name), ...credentials.get(name) }
            : undefined,
    };
}
/**
 * credentials.py create_credential_resolver and ProfileProviderBuilder.providers, in order: the
 * environment's keys; a role_arn (without web_identity_token_file); web identity, the
 * environment's AWS_WEB_IDENTITY_TOKEN_FILE (even "") before the profile's; SSO (sso_role_name or
 * sso_account_id); the credentials file's keys; login_session; credential_process; the config
 * file's keys. AWS_PROFILE in the environment does not take the environment's keys out of the chain
 * (only --profile does).
 */
function sourceOf(env, profile, files, exists) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID ?? '';
    if (accessKeyId !== '') {
        if ((env.AWS_SECRET_ACCESS_KEY ?? '') === '')
            return 'AWS_ACCESS_KEY_ID is set without AWS_SECRET_ACCESS_KEY';
        return { kind: 'env', accessKeyId };
    }
    const roleArn = keyOf(profile, 'role_arn');
    if (roleArn !== undefined && keyOf(profile, 'web_identity_token_file') === undefined) {
        const refused = roleSourceRefused(profile, exists);
        return refused ?? { kind: 'assume-role', roleArn };
    }
    const fromEnv = (name, key) => variableOf(env, name) ?? keyOf(profile, key);
    if (fromEnv('AWS_WEB_IDENTITY_TOKEN_FILE', 'web_identity_token_file')) {
        if (!fromEnv('AWS_ROLE_ARN', 'role_arn'))
            return 'web identity is set up without a role ARN';
        const from = variableOf(env, 'AWS_WEB_IDENTITY_TOKEN_FILE') === undefined ? 'profile' : 'environment';
        return { kind: 'web-identity', from };
    }
    const sso = ssoSource(profile);
    if (sso !== undefined)
        return sso;
    const credentialsKeys = keysIn('credentials', files.credentials);
    if (credentialsKeys !== undefined)
        return credentialsKeys;
    if (keyOf(profile, 'login_session') !== undefined)
        return { kind: 'login' };
    const command = keyOf(profile, 'credential_process');
    if (command !== undefined)
        return { kind: 'process', command };
    return keysIn('config', files.config) ?? { kind: 'none' };
}
/**
 * AssumeRoleProvider._get_role_config and _resolve_source_credentials: source_profile or
 * credential_source, not both; a source_profile that exists; a credential_source that is_supported,
 * and Environment's keys, which come first in the chain, so are not there when this is asked.
 */
function roleSourceRefused(profile, exists) {
    const source = keyOf(profile, 'source_profile');
    const credentialSource = keyOf(profile, 'credential_source');
    if (credentialSource === undefined)
        return source !== undefined && exists(source)
            ? undefined
            : 'role_arn without a source_profile that exists';
    if (source !== undefined)
        return 'role_arn with both source_profile and credential_source';
    return ['Ec2InstanceMetadata', 'EcsContainer'].includes(credentialSource)
        ? undefined
        : `credential_source ${credentialSource} gives the role no credentials here`;
}
/**
 * SSOProvider._load_sso_config: sso_role_name or sso_account_id makes the profile SSO's; without an
 * sso_session, the four settings are all required (InvalidConfigError). A session's own settings
 * are not modelled: a profile that names one is taken as SSO's.
 */
function ssoSource(profile) {
    const required = ['sso_role_name', 'sso_account_id', 'sso_start_url', 'sso_region'];
    if (required.slice(0, 2).every((k) => keyOf(profile, k) === undefined))
        return undefined;
    const missing = required.filter((k) => keyOf(profile, k) === undefined);
    return keyOf(profile, 'sso_session') !== undefined || missing.length === 0
        ? { kind: 'sso' }
        : `the profile is configured to use SSO but is missing ${missing.join(', ')}`;
}
/** SharedCredentialProvider and ConfigProvider: aws_access_key_id needs aws_secret_access_key (PartialCredentialsError). */
function keysIn(file, values) {
    const accessKeyId = keyOf(values, 'aws_access_key_id');
    if (accessKeyId === undefined)
        return undefined;
    if (keyOf(values, 'aws_secret_access_key') === undefined)
        return `aws_access_key_id without aws_secret_access_key in the ${file} file`;
    return { kind: 'keys', file, accessKeyId };
}
/**
 * session.py get_scoped_config: AWS_DEFAULT_PROFILE, else AWS_PROFILE (configprovider.py), names
 * the profile, and a named profile has to exist, "default" and "" included; unnamed, the default
 * profile is read if there is one. The region: AWS_DEFAULT_REGION (even ""), else the profile's.
 */
function resolve(env, files) {
    const config = profiles('config', files.config);
    const credentials = profiles('credentials', files.credentials);
    for (const [kind, read] of [
        ['config', config],
        ['credentials', credentials],
    ]) {
        if (read.refused !== undefined)
            return { ok: false, why: `it cannot read its ${kind} file (${read.refused})` };
    }
    const all = merged(config.profiles, credentials.profiles);
    const named = variableOf(env, 'AWS_DEFAULT_PROFILE') ?? variableOf(env, 'AWS_PROFILE');
    if (named !== undefined && !all.has(named))
        return { ok: false, why: `the config profile (${named}) could not be found` };
    const name = named ?? 'default';
    const profile = all.get(name);
    const source = sourceOf(env, profile, { config: config.profiles.get(name), credentials: credentials.profiles.get(name) }, (n) => all.has(n));
    if (typeof source === 'string')
        return { ok: false, why: source };
    const region = variableOf(env, 'AWS_DEFAULT_REGION') ?? keyOf(profile, 'region');
    return { ok: true, profile: named, source, region };
}
const botocore = { name: NAME, where, profiles, headers, resolve };

;// CONCATENATED MODULE: ./src/tools/js-sdk.ts
// How the AWS SDK for JavaScript v3 reads the job: @smithy/core 3.41.1's config submodule
// (shared-ini-file-loader: getConfigFilepath, loadSharedConfigFiles, parseIni, getConfigData,
// mergeConfigFiles, getProfileName), @aws-sdk/credential-provider-node 3.972.98 (defaultProvider)
// and @aws-sdk/credential-provider-ini 3.973.31 (resolveProfileData). Pure.


const js_sdk_NAME = 'the AWS SDK for JavaScript';
const PREFIXED = /^([\w-]+)\s(["'])?([\w\-@+.%:/]+)\2$/;
const SECTION_TYPES = ['profile', 'sso-session', 'services'];
const BLOCKED = ['__proto__', 'profile __proto__'];
/** getHomeDir: HOME, USERPROFILE, HOMEDRIVE + HOMEPATH; os.homedir() after that, which this model does not read. */
function homeOf(env) {
    if (env.HOME)
        return env.HOME;
    if (env.USERPROFILE)
        return env.USERPROFILE;
    if (env.HOMEPATH)
        return `${env.HOMEDRIVE ?? `C:${external_node_path_.sep}`}${env.HOMEPATH}`;
    return undefined;
}
/** getConfigFilepath: the variable unless it is unset or ""; loadSharedConfigFiles expands a leading "~/" only. */
function js_sdk_where(kind, env, cwd) {
    const home = homeOf(env);
    const raw = env[FILE_VARIABLE[kind]] || (home === undefined ? undefined : (0,external_node_path_.join)(home, '.aws', kind));
    if (raw === undefined || (raw.startsWith('~/') && home === undefined))
        return { unknown: 'HOME is not set' };
    return { path: absolute(raw.startsWith('~/') ? (0,external_node_path_.join)(home, raw.slice(2)) : raw, cwd) };
}
/** A line as parseIni sees it: comments cut at "#" or ";" after a space or at the start, then trimmed. */
const COMMENT = /(^|\s)[;#]/;
const trimmedOf = (line) => {
    const at = COMMENT.exec(line)?.index;
    return (at === undefined ? line : line.slice(0, at)).trim();
};
/**
 * parseIni's name for a header line's section (null: a section whose lines it drops), with the
 * text between the brackets; undefined when the line is no header.
 */
function sectionOf(line) {
    const trimmed = trimmedOf(line);
    if (!(trimmed.startsWith('[') && trimmed.endsWith(']')))
        return undefined;
    const inner = trimmed.slice(1, -1);
    const m = PREFIXED.exec(inner);
    if (!m)
        return { section: inner === '' ? null : inner, inner };
    return { section: SECTION_TYPES.includes(m[1]) ? `${m[1]}.${m[3]}` : null, inner };
}
/** getConfigData: "profile.NAME" is NAME, "default" is default; the credentials file's names are as written. */
function js_sdk_profileOfSection(kind, section) {
    if (section === null || kind === 'credentials')
        return section ?? undefined;
    if (section === 'default')
        return 'default';
    const dot = section.indexOf('.');
    return dot !== -1 && section.slice(0, dot) === 'profile' ? section.slice(dot + 1) : undefined;
}
/** parseIni: lines split at "\n" or "\r\n"; a key line is "name = value" with a name; an empty value opens a sub-section. */
function parse(text) {
    const sections = new Map();
    const headers = [];
    let current = null;
    let sub;
    for (let offset = 0, next = 0; offset < text.length; offset = next) {
        const nl = text.indexOf('\n', offset);
        next = nl === -1 ? text.length : nl + 1;
        const end = nl > offset && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl === -1 ? text.length : nl;
        const bare = text.slice(offset, end);
        const header = sectionOf(bare);
        if (header !== undefined) {
            if (BLOCKED.includes(header.inner))
                return { sections: new Map(), headers, refused: `a [${header.inner}] section` };
            headers.push([offset, header.section]);
            current = header.section;
            sub = undefined;
        }
        else if (current !== null)
            sub = keyLine(sections, current, sub, bare);
    }
    return { sections, headers, refused: undefined };
}
/** One key line of the current section; returns the sub-section it leaves open. */
function keyLine(sections, current, sub, line) {
    const trimmed = trimmedOf(line);
    const eq = trimmed.indexOf('=');
    if (eq <= 0)
        return sub;
    const [name, value] = [trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1).trim()];
    if (value === '')
        return name;
    const open = sub !== undefined && line.trimStart() !== line ? sub : undefined;
    const values = sections.get(current) ?? {};
    sections.set(current, values);
    values[open === undefined ? name : `${open}.${name}`] = value;
    return open;
}
const parsed = lastFour(parse);
/** The profiles of a file of this kind, the last four texts of each kind remembered. */
const js_sdk_profilesOf = {
    config: lastFour((text) => js_sdk_profilesIn('config', text)),
    credentials: lastFour((text) => js_sdk_profilesIn('credentials', text)),
};
function js_sdk_profiles(kind, seen) {
    return seen.text === undefined ? { profiles: new Map(), refused: undefined } : js_sdk_profilesOf[kind](seen.text);
}
function js_sdk_profilesIn(kind, text) {
    const read = parsed(text);
    const found = new Map();
    // getConfigData sets the [default] section first, then every "profile.NAME": [profile default] replaces it.
    const first = read.sections.get('default');
    if (first !== undefined)
        found.set(js_sdk_profileOfSection(kind, 'default') ?? 'default', first);
    for (const [section, values] of read.sections) {
        const name = section === 'default' ? undefined : js_sdk_profileOfSection(kind, section);
        if (name !== undefined)
            found.set(name, values);
    }
    return { profiles: found, refused: read.refused };
}
function js_sdk_headers(kind, text) {
    return parsed(text).headers.map(([offset, section]) => [offset, js_sdk_profileOfSection(kind, section)]);
}
/** resolveProfileData's order: a role, static keys, web identity, credential_process, SSO, login. */
function profileSource(data, credentials) {
    const roleArn = keyOf(data, 'role_arn');
    const sourceProfile = keyOf(data, 'source_profile');
    const credentialSource = keyOf(data, 'credential_source');
    if (roleArn !== undefined && (sourceProfile === undefined) !== (credentialSource === undefined))
        return { kind: 'assume-role', roleArn };
    const accessKeyId = keyOf(data, 'aws_access_key_id');
    if (accessKeyId !== undefined && keyOf(data, 'aws_secret_access_key') !== undefined) {
        const file = keyOf(credentials, 'aws_access_key_id') === undefined ? 'config' : 'credentials';
        return { kind: 'keys', file, accessKeyId };
    }
    if (keyOf(data, 'web_identity_token_file') !== undefined && roleArn !== undefined)
        return { kind: 'web-identity', from: 'profile' };
    const command = keyOf(data, 'credential_process');
    if (command !== undefined)
        return { kind: 'process', command };
    if (['sso_start_url', 'sso_account_id', 'sso_session', 'sso_region', 'sso_role_name'].some((k) => keyOf(data, k) !== undefined))
        return { kind: 'sso' };
    return keyOf(data, 'login_session') ? { kind: 'login' } : undefined;
}
/**
 * defaultProvider: the environment's keys unless AWS_PROFILE is set and not ""; then fromIni with
 * AWS_PROFILE (or "default"); then AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN. A file it cannot
 * parse is read as empty (loadSharedConfigFiles swallows the error); the credentials file wins key
 * by key (mergeConfigFiles). The region: AWS_REGION (even ""), else the profile's.
 */
function js_sdk_resolve(env, files) {
    const profile = env.AWS_PROFILE || undefined;
    const name = profile ?? 'default';
    // The files only when the answer needs them: a big file is not read for nothing.
    const envKeys = profile === undefined && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? env.AWS_ACCESS_KEY_ID
        : undefined;
    if (envKeys && env.AWS_REGION !== undefined)
        return { ok: true, profile, source: { kind: 'env', accessKeyId: envKeys }, region: env.AWS_REGION };
    const config = js_sdk_profiles('config', files.config).profiles.get(name);
    const credentials = js_sdk_profiles('credentials', files.credentials).profiles.get(name);
    const data = config === undefined && credentials === undefined ? undefined : { ...config, ...credentials };
    const region = env.AWS_REGION ?? keyOf(data, 'region');
    const answer = (source) => ({ ok: true, profile, source, region });
    if (envKeys)
        return answer({ kind: 'env', accessKeyId: envKeys });
    const fromIni = profileSource(data, credentials);
    if (fromIni)
        return answer(fromIni);
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN)
        return answer({ kind: 'web-identity', from: 'environment' });
    return answer({ kind: 'none' });
}
const jsSdk = { name: js_sdk_NAME, where: js_sdk_where, profiles: js_sdk_profiles, headers: js_sdk_headers, resolve: js_sdk_resolve };

;// CONCATENATED MODULE: ./src/tools/view.ts
// Both tools at once: the decisions of the step hold only when every tool reads the same thing, so
// each question here is asked of every model and answered with where they differ.




const TOOLS = [botocore, jsSdk];
/** Every line any tool reads as a header, in order: the tools' lists (each in text order) merged. */
function boundariesIn(kind, text) {
    const lists = TOOLS.map((tool) => tool.headers(kind, text));
    const next = lists.map(() => 0);
    const all = [];
    for (;;) {
        const heads = lists.map((list, t) => list[next[t] ?? 0]);
        const offset = Math.min(...heads.map((h) => h?.[0] ?? Number.POSITIVE_INFINITY));
        if (offset === Number.POSITIVE_INFINITY)
            return all;
        const names = [];
        for (const [t, h] of heads.entries()) {
            if (h?.[0] !== offset)
                continue;
            names.push(h[1]);
            next[t] = (next[t] ?? 0) + 1;
        }
        all.push({ offset, names });
    }
}
const boundariesOf = {
    config: lastFour((text) => boundariesIn('config', text)),
    credentials: lastFour((text) => boundariesIn('credentials', text)),
};
const boundaries = (kind, text) => boundariesOf[kind](text);
/** The header lines that any tool reads as the profile `name`, as written (line breaks cut). */
function headersNaming(kind, text, name) {
    return boundaries(kind, text)
        .filter((b) => b.names.includes(name))
        .map((b) => (/^[^\r\n]*/.exec(text.slice(b.offset))?.[0] ?? '').trim());
}
/**
 * The text without every section that any tool reads as the profile `name`: each from its header
 * line to the next line that any tool reads as a header. The rest keeps its bytes.
 */
function withoutProfile(kind, text, name) {
    const all = boundaries(kind, text);
    let out = '';
    let kept = 0;
    for (const [i, b] of all.entries()) {
        if (!b.names.includes(name))
            continue;
        out += text.slice(kept, b.offset);
        kept = all[i + 1]?.offset ?? text.length;
    }
    return out + text.slice(kept);
}
/** Profile names whose values differ between two readings of one file, for any tool. */
function changedProfiles(kind, before, after, except) {
    const changed = new Set();
    if (before === after)
        return [];
    for (const tool of TOOLS) {
        const read = tool.profiles(kind, { text: before, utf8: true });
        // A file the tool refuses whole cannot be read worse: what a copy makes readable is no change.
        if (read.refused !== undefined)
            continue;
        const was = read.profiles;
        const is = tool.profiles(kind, { text: after, utf8: true }).profiles;
        for (const name of new Set([...was.keys(), ...is.keys()])) {
            if (name !== except && !sameValues(was.get(name), is.get(name)))
                changed.add(name);
        }
    }
    return [...changed];
}
function sameValues(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
/** Where each tool opens a file, by tool name. */
function whereEach(kind, env, cwd) {
    return new Map(TOOLS.map((tool) => [tool, tool.where(kind, env, cwd)]));
}
/** What every tool resolves, given what each opens (`files` by tool: the tools may open different files). */
function resolveEach(env, files) {
    return new Map(TOOLS.map((tool) => [tool, tool.resolve(env, files(tool))]));
}
/** What a source is, in words. */
function described(source) {
    const s = source.source;
    const profile = source.profile === undefined ? 'the default profile' : `profile ${source.profile}`;
    switch (s.kind) {
        case 'env':
            return 'the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
        case 'keys':
            return `other keys, from the ${s.file} file's section of ${profile}`;
        case 'process':
            return `another credential_process, of ${profile}`;
        case 'assume-role':
            return `role_arn ${s.roleArn}, which ${profile} has (a [DEFAULT] section gives its keys to every section)`;
        case 'web-identity':
            return s.from === 'environment'
                ? 'AWS_WEB_IDENTITY_TOKEN_FILE'
                : `web_identity_token_file of ${profile}`;
        case 'sso':
        case 'login':
            return `the ${s.kind} settings of ${profile}`;
        default:
            return `no credentials of ${profile} (a container or instance role, or none)`;
    }
}
function meant(source, expected) {
    const s = source.source;
    if (expected.command !== undefined)
        return s.kind === 'process' && s.command === expected.command;
    return (s.kind === 'env' || s.kind === 'keys') && s.accessKeyId === expected.accessKeyId;
}
/** For each tool that would not resolve what is expected: what it would do instead. */
function misreadings(env, files, expected) {
    const found = [];
    for (const [tool, r] of resolveEach(env, files)) {
        if (!r.ok)
            found.push(`${tool.name}: ${r.why}`);
        else if (!meant(r, expected))
            found.push(`${tool.name} would use ${described(r)}`);
        else if (expected.region !== undefined && r.region !== expected.region)
            found.push(`${tool.name} would use the region ${JSON.stringify(r.region ?? '')}`);
    }
    return found;
}
/** Each section as the union of the tools' headers cuts the text: its header line as written, and its text. */
function sectionsOf(kind, text) {
    const all = boundaries(kind, text);
    return all.map((b, i) => {
        const body = text.slice(b.offset, all[i + 1]?.offset ?? text.length);
        return { header: (/^[^\r\n]*/.exec(body)?.[0] ?? '').trim(), text: body };
    });
}
/**
 * A short text that every tool reads as it reads `base + appended` for the appended section's
 * profile, where `appended` is one section whose profile no section of `base` has: botocore gives
 * it only base's [DEFAULT] keys, and refuses it only when it refuses base; the JS SDK reads it on
 * its own, and nothing when it refuses base. A user's file of a million lines is then read once.
 */
function standIn(kind, base, appended) {
    const refused = TOOLS.some((tool) => tool.profiles(kind, { text: base, utf8: true }).refused !== undefined);
    if (refused)
        return base + appended;
    const read = readIni(base);
    const all = boundaries(kind, base);
    const defaults = read.headers
        .filter((h) => h.name === 'DEFAULT')
        .map((h) => base.slice(h.offset, all.find((b) => b.offset > h.offset)?.offset ?? base.length));
    return defaults.map((d) => (/[\r\n]$/.test(d) ? d : `${d}\n`)).join('') + appended;
}

;// CONCATENATED MODULE: ./src/job/post-state.ts
// What the main step hands the post step, typed: written once by the main step (before any file),
// read once by the post step. Exported values are kept only as digests, which tell whether a later
// step changed a variable since; what a variable held before the step is kept to be written back.
// Big things (the digests of the config file's sections) stay in the private directory: the state
// is an environment variable of the post step, and stays a few KiB.



const STATE = 'aws-oidc-credentials';
/** A short digest of an exported value: enough to tell it from another, nothing to recover it from. */
const digestOf = (value) => (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex').slice(0, 16);
function saveState(state) {
    const exported = Object.fromEntries(Object.entries(state.exported).map(([n, v]) => [n, digestOf(v)]));
    const saved = { ...state, exported };
    saveStates({ [STATE]: JSON.stringify(saved) });
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Only AWS_ variables with string (or, before the step, null) values: a state never names PATH or HOME. */
function awsOnly(v) {
    if (!isRecord(v))
        return {};
    const kept = Object.entries(v).filter(([n, x]) => /^AWS_\w+$/.test(n) && (typeof x === 'string' || x === null));
    return Object.fromEntries(kept);
}
/** The main step's state, or undefined when there is none (it failed before publishing) or it is not ours. */
function loadState() {
    try {
        const raw = core.getState(STATE);
        const state = raw ? JSON.parse(raw) : undefined;
        if (!isRecord(state))
            return undefined;
        const exported = Object.entries(awsOnly(state.exported)).filter((e) => e[1] !== null);
        return {
            ...state,
            exported: Object.fromEntries(exported),
            before: awsOnly(state.before),
        };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/job/ini.ts
// The job's own copy of an AWS file, as text: a section put at the end, and a digest of each
// section to tell later which ones a later step changed. Where a section starts and ends is the
// tools' reading of it (tools/). Pure: text in, text out; the user's file is only ever read.


const BOM = '\uFEFF';
/** The line break that ends a text, as Python reads line breaks ("\r\n" is one). */
const LAST_BREAK = /(\r\n|\n|\r)$/;
/** The file's own line break, so that a CRLF file stays CRLF. */
function eolOf(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/** The text with a section `[header]` of `values` (key = value lines) at the end, a blank line before it. */
function appendSection(text, header, values) {
    const eol = eolOf(text);
    const lines = [`[${header}]`, ...Object.entries(values).map(([key, value]) => `${key} = ${value}`)];
    const body = lines.join(eol) + eol;
    if (text === '' || text === BOM)
        return text + body;
    // A lone CR ends a line for botocore only: the JS SDK needs a "\n" before our header.
    const ended = text.endsWith('\n') ? text : text + eol;
    return LAST_BREAK.test(ended.replace(LAST_BREAK, '')) ? ended + body : ended + eol + body;
}
/** A section's digest (hex, crypto.hash's default): line endings and blank lines at the end do not count. */
const ini_digestOf = (section) => (0,external_node_crypto_.hash)('sha256', section.replace(/\r\n?/g, '\n').trimEnd()).slice(0, 16);
/**
 * A short digest of each section's text, by its header line, to tell later which sections were
 * changed. Line endings and blank lines at the end do not count: botocore's writer turns CRLF into LF.
 * A Map, saved as its entries: a file of 500,000 sections is no object of 500,000 properties.
 */
function ini_sectionDigests(kind, text) {
    const digests = new Map();
    for (const s of sectionsOf(kind, text)) {
        digests.set(s.header, (digests.get(s.header) ?? '') + ini_digestOf(s.text));
    }
    return digests;
}
/**
 * The digests of `base + section` without reading base again: base's (known from the plan), and the
 * section's, which is one section whose header no section of base has. The line breaks before its
 * header are in no section: they end base's last one, where blank lines at the end do not count.
 */
function appendedDigests(kind, base, section) {
    const digests = ini_sectionDigests(kind, base);
    for (const [header, digest] of ini_sectionDigests(kind, section)) {
        digests.set(header, (digests.get(header) ?? '') + digest);
    }
    return digests;
}
/** The sections changed between two sets of digests, each said as changed, added or removed. */
function ini_changedSections(before, after) {
    const names = [...new Set([...before.keys(), ...after.keys()])];
    return names.flatMap((name) => {
        const was = before.get(name);
        const is = after.get(name);
        if (was === is)
            return [];
        const how = was === undefined ? 'added' : is === undefined ? 'removed' : 'changed';
        return [`${name} ${how}`];
    });
}

;// CONCATENATED MODULE: ./src/job/profile.ts
// The job's own AWS files. A step that writes a profile (aws-profile, refresh-credentials) never
// touches the user's files: it writes a config file of its own into a private directory of this
// job (0700, made now), starting from a copy of the config file every tool reads now (seen.ts)
// without any section that a tool reads as the profile, with the profile at the end, and points
// AWS_CONFIG_FILE at it. Only where the credentials file has a section that a tool reads as the
// profile (which would win over the config file) does the step write a copy of it too, without
// those sections, and point AWS_SHARED_CREDENTIALS_FILE at it. Which section names which profile
// is each tool's own reading (tools/). The post step deletes the directory. The user's files are
// opened read-only: never written, locked, chmod'ed or created.








/** ~/.aws/config or ~/.aws/credentials: what every tool reads when the variable is unset. */
const defaultFile = (env, kind) => join(env.HOME || homedir(), '.aws', kind);
/** The config file's header of a profile: "profile NAME", and "default" for the default profile. */
const configHeader = (profile) => (profile === 'default' ? 'default' : `profile ${profile}`);
/** Fails when a tool already reads a section of either file as this profile, and overwrite is off. */
function checkFree(user, section) {
    const { name, overwrite } = section;
    if (overwrite)
        return;
    // refresh-credentials without aws-profile writes a profile of its own name: say so, not the input.
    const whose = section.named
        ? `Input 'aws-profile' is "${name}"`
        : `refresh-credentials writes the profile "${name}" when aws-profile is not set`;
    const other = section.named
        ? 'choose another profile name'
        : 'set aws-profile to a name of its own for this step';
    for (const kind of KINDS) {
        const text = user.files[kind].text;
        const headers = text === undefined ? [] : headersNaming(kind, text, name);
        if (headers.length === 0)
            continue;
        throw new errors/* ProfileExistsError */.Ab(`${whose}, but ${user.paths[kind]} already has ${headers.map((h) => JSON.stringify(h)).join(' and ')}, ` +
            'which the AWS tools read as that profile. ' +
            `Set overwrite-aws-profile: true to replace it in this job's copy (your file stays as it is), or ${other}.`);
    }
}
/** The text without the profile's sections; fails when taking them out changes how a tool reads another profile. */
function profile_hidden(user, kind, name) {
    if (!user.files[kind].utf8) {
        throw new errors/* ProfileFileError */.mL(`${user.paths[kind]} is not UTF-8: the AWS CLI (botocore) refuses such a file whole, and would refuse this job's copy of it too. ` +
            `Save it as UTF-8, or point ${FILE_VARIABLE[kind]} at a file that is.`);
    }
    const text = user.files[kind].text ?? '';
    const out = withoutProfile(kind, text, name);
    const changed = changedProfiles(kind, text, out, name);
    if (changed.length > 0) {
        throw new errors/* ProfileFileError */.mL(`${user.paths[kind]} has lines that the AWS CLI and the AWS SDK for JavaScript read as different sections, ` +
            `so taking out profile ${name} would change profile ${changed.join(', ')}. ` +
            'Start each section with a [header] line that has nothing after the "]", at the start of its line.');
    }
    return out;
}
/**
 * The job's files are named in AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, where botocore
 * expands $NAME and ${NAME} (posixpath.expandvars; ntpath's also %NAME%) and a leading ~, and the
 * JS SDK does not: such a path would name two files. "$(" or a lone "$" is no variable to either.
 * The directory is RUNNER_TEMP's, so that is what to change.
 */
const EXPANDED = {
    win32: /\$(\w+|\{[^}]*\})|%[^%]*%|^~/,
    posix: /\$([A-Za-z0-9_]+|\{[^}]*\})|^~/,
};
function checkNameable(dir, platform = process.platform) {
    const found = EXPANDED[platform === 'win32' ? 'win32' : 'posix'].exec(dir)?.[0];
    if (found === undefined)
        return;
    throw new errors/* ProfileFileError */.mL(`This job's AWS files would be in ${dir}, where the AWS CLI expands ${JSON.stringify(found)} in AWS_CONFIG_FILE and the AWS SDK for JavaScript does not, ` +
        'so they would read different files. Set RUNNER_TEMP (on Windows, LOCALAPPDATA) to a directory without a variable ($NAME, %NAME%) or a leading ~ in its path.');
}
/**
 * The job's files in `dir`: the config file with the profile's section (or an empty [default]),
 * and, where it has the profile, the credentials file without it. `secrets` names other files of
 * `dir` that hold keys.
 */
function planJobFiles(user, section, dir, secrets = []) {
    checkNameable(dir);
    if (section === 'empty-default')
        return emptyDefault(user, dir);
    checkFree(user, section);
    const config = (0,external_node_path_.join)(dir, 'config');
    const base = profile_hidden(user, 'config', section.name);
    const copy = appendSection(base, configHeader(section.name), section.values);
    const texts = { [config]: copy };
    const variables = { [FILE_VARIABLE.config]: config };
    const credentials = user.files.credentials.text;
    if (credentials !== undefined && headersNaming('credentials', credentials, section.name).length > 0) {
        const path = (0,external_node_path_.join)(dir, 'credentials');
        texts[path] = profile_hidden(user, 'credentials', section.name);
        variables[FILE_VARIABLE.credentials] = path;
    }
    const digests = (0,external_node_path_.join)(dir, 'digests.json');
    const files = {
        profile: section.name,
        dir,
        // The refresher's cache first: in refresh mode it is the one file with keys of this job.
        secrets: [...secrets, ...Object.keys(texts)],
        config,
        digests,
    };
    return { files, texts, variables, appended: { path: config, base, section: copy.slice(base.length) } };
}
/**
 * A file of the job's with an empty [default] profile and no key, for botocore to find a default
 * profile: a credentials file where the user has none (so the user's config file stays the one the
 * tools read), else a config file where the user has none, else a copy of the user's config file.
 */
function emptyDefault(user, dir) {
    const chosen = user.files.credentials.text === undefined ? 'credentials' : 'config';
    const path = (0,external_node_path_.join)(dir, chosen);
    const text = appendSection(user.files[chosen].text ?? '', 'default', {});
    const files = {
        profile: undefined,
        dir,
        secrets: [path],
        config: path,
        digests: (0,external_node_path_.join)(dir, 'digests.json'),
    };
    const base = user.files[chosen].text ?? '';
    const appended = { path, base, section: text.slice(base.length) };
    return { files, texts: { [path]: text }, variables: { [FILE_VARIABLE[chosen]]: path }, appended };
}
/** What an errno means for a directory a file is written to, in words. */
const WHY = {
    ENOENT: 'it does not exist',
    ENOTDIR: 'it is not a directory',
    EACCES: 'this user may not write there',
    EPERM: 'this user may not write there',
    EROFS: 'it is on a read-only file system',
    ENOSPC: 'its file system is full',
    EDQUOT: "this user's disk quota is used up",
};
/** The errno of a failed write, as a ProfileFileError that names RUNNER_TEMP and the fix. */
function unwritable(dir, error) {
    const code = error.code ?? '';
    const why = WHY[code] ?? (error instanceof Error ? error.message : String(error));
    return new errors/* ProfileFileError */.mL(`Could not write this job's AWS files in ${(0,external_node_path_.dirname)(dir)} (${code || 'error'}: ${why}). ` +
        'Set RUNNER_TEMP (on Windows, LOCALAPPDATA) to a directory this user can write, with room for a few files.', { cause: error });
}
/**
 * Before any request: the private directory can be made and the planned files (with placeholder
 * keys) written in it, at their size. Written plainly, no rename, and the directory removed again.
 */
function probeJobFiles(planned) {
    const { dir } = planned.files;
    try {
        (0,runner_files/* ownDirectory */.cy)(dir);
        try {
            for (const [path, text] of Object.entries(planned.texts))
                (0,external_node_fs_.writeFileSync)(`${path}.probe`, text, { mode: 0o600, flag: 'wx' });
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    catch (error) {
        if (error instanceof errors/* ProfileFileError */.mL || error instanceof errors/* UnsafePathError */.k0)
            throw error;
        throw unwritable(dir, error);
    }
}
/** Makes the private directory; what it is (device and inode) goes into the post step's state. */
function makeJobDirectory(files) {
    (0,runner_files/* ownDirectory */.cy)(files.dir);
    const made = (0,external_node_fs_.lstatSync)(files.dir);
    return { ...files, made: { dev: made.dev, ino: made.ino } };
}
/** Writes the planned files into the private directory (made already), with each one's digests. */
function writeJobFiles(planned, digests = true) {
    (0,runner_files/* ownDirectory */.cy)(planned.files.dir);
    for (const [path, text] of Object.entries(planned.texts))
        (0,runner_files/* writeSecretFile */.AK)(path, text);
    if (!digests)
        return;
    const { appended } = planned;
    const each = Object.entries(planned.texts).map(([path, text]) => [
        path,
        [
            ...(appended?.path === path
                ? appendedDigests('config', appended.base, appended.section)
                : ini_sectionDigests('config', text)),
        ],
    ]);
    (0,runner_files/* writeSecretFile */.AK)(planned.files.digests, JSON.stringify(Object.fromEntries(each)));
}
/** The sections later steps changed in each file of the job's, by path; read before they go. */
function editsOf(files) {
    const edits = new Map();
    try {
        const before = JSON.parse(readFileSync(join(files.dir, basename(files.digests)), 'utf8'));
        for (const [path, entries] of Object.entries(before)) {
            const digests = new Map(entries);
            const now = readText(path);
            const changed = now === undefined ? [] : changedSections(digests, sectionDigests('config', now));
            if (changed.length > 0)
                edits.set(path, changed);
        }
    }
    catch {
        // No digests (a kill before they were written, or a file replaced): nothing to name.
    }
    return edits;
}
/** Why the private directory is not the one the main step made, or undefined (it is, or it is gone). */
function replacedBy(files) {
    let now;
    try {
        now = lstatSync(files.dir);
    }
    catch {
        return undefined;
    }
    if (now.isSymbolicLink())
        return 'it is a symbolic link now';
    if (!now.isDirectory())
        return 'it is not a directory now';
    if (files.made && (now.dev !== files.made.dev || now.ino !== files.made.ino))
        return 'it is another directory now';
    return undefined;
}
/**
 * Post step: the files with keys first, then the directory (`removeDirectory`: the refresher's
 * retirement, when a refresher may be writing into it). Nothing is deleted through a directory that
 * is no longer the one the main step made (a link, another directory): that is said instead.
 */
async function removeJobFiles(files, removeDirectory = async (dir) => rmSync(dir, { recursive: true, force: true })) {
    const replaced = replacedBy(files);
    if (replaced)
        return { edits: new Map(), left: [`${files.dir}: ${replaced}, so nothing was deleted through it`] };
    const edits = editsOf(files);
    const left = [];
    for (const path of files.secrets) {
        try {
            // Inside the job's own directory: whatever a later step put in its place goes too.
            rmSync(path, { force: true, recursive: true });
        }
        catch (error) {
            left.push(`${path}: ${error.code ?? String(error)}`);
        }
    }
    try {
        await removeDirectory(files.dir);
    }
    catch (error) {
        left.push(`${files.dir}: ${error.code ?? String(error)}`);
    }
    return { edits, left };
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/network/endpoint.ts
// The STS endpoint a step dials when one is configured, resolved once with the SDK's own rules: the
// sts-endpoint input, else AWS_ENDPOINT_URL_STS, else AWS_ENDPOINT_URL; an empty variable is unset,
// and AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true turns the variables off. Undefined: the SDK's own
// regional endpoint (always https://). The plain-http warning and the refreshing profile read this.
function configuredStsEndpoint(input, env) {
    if (input)
        return input;
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true')
        return undefined;
    return env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || undefined;
}

;// CONCATENATED MODULE: ./src/runner/lock.ts
// Advisory locks between processes (proper-lockfile: a `<path>.lock` directory made with mkdir, its
// mtime refreshed every 1.5 s while held). A lock whose holder is gone is stale, however its mtime
// lies: one that nobody refreshes for STALE_MS, whether its mtime is that far in the past or sits
// unchanged in the future (the clock stepped back after its holder was killed), is taken over.



// A writer that was killed leaves its lock behind; after this long without a refresh of the lock's
// mtime (proper-lockfile refreshes it every 1.5 s while held; an edit holds it for milliseconds) it
// is taken as stale.
const STALE_MS = 3_000;
/** Locks this process holds: their mtime is its own to refresh, and never second-guessed. */
const held = new Set();
/** A future mtime of someone else's lock, and when this process first saw it (monotonic ms). */
const futureSeen = new Map();
/**
 * fs.stat for proper-lockfile: a lock of another process whose mtime stays in the future, unchanged,
 * for STALE_MS is reported as old, so that proper-lockfile's own stale check takes it over.
 */
function lockStat(path, callback) {
    (0,external_node_fs_.stat)(path, (error, stats) => {
        if (error || held.has(path) || stats.mtimeMs <= Date.now() + 1_000) {
            futureSeen.delete(path);
            return callback(error, stats);
        }
        const seen = futureSeen.get(path);
        if (!seen || seen.mtimeMs !== stats.mtimeMs)
            futureSeen.set(path, { mtimeMs: stats.mtimeMs, since: performance.now() });
        else if (performance.now() - seen.since >= STALE_MS) {
            futureSeen.delete(path);
            return callback(null, Object.assign(Object.create(Object.getPrototypeOf(stats)), stats, { mtime: new Date(0), mtimeMs: 0 }));
        }
        callback(null, stats);
    });
}
/**
 * `work` under an advisory lock on `path` (`<path>.lock`). Bounded: `wait` says how many tries, how
 * far apart. The directory must exist (the caller makes it, or refuses to when it is gone).
 */
async function lock_withLock(path, wait, work) {
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(path)))
        throw new errors/* UnsafePathError */.k0(`${(0,external_node_path_.dirname)(path)} does not exist`);
    // Loaded when first needed: a refresher serving from its cache takes no lock.
    // CommonJS: its functions hang off the default export once bundled.
    const lockfile = await __nccwpck_require__.e(/* import() */ 648).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3648, 23));
    const lock = lockfile.lock ?? lockfile.default.lock;
    const fs = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 23));
    const lockPath = `${path}.lock`;
    const release = await lock(path, {
        realpath: false,
        stale: STALE_MS,
        retries: wait,
        // The functions it calls, named: spreading node:fs reads its deprecated F_OK and friends, and
        // Node prints a deprecation warning (DEP0176) in every step that takes the lock.
        fs: { mkdir: fs.mkdir, rmdir: fs.rmdir, rmdirSync: fs.rmdirSync, utimes: fs.utimes, stat: lockStat },
        // Compromised (another process took it as stale): this work is already done or will fail on
        // its own; throwing from a timer would only crash the process.
        onCompromised: () => undefined,
    });
    held.add(lockPath);
    try {
        return await work();
    }
    finally {
        held.delete(lockPath);
        await release().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/refresh/settings.ts
// A refreshing profile's settings file (0600, in the job's private directory), and the chain of
// profiles it mints through: a profile mints either through GitHub OIDC, or (role-chaining) by
// assuming its role with another refreshing profile's credentials. The whole chain is read and
// checked before any lock is taken, so a loop fails at once instead of waiting on its own lock.




/** The mark this action's post step leaves beside the job's directory when it retires it (empty, no key). */
const settings_retiredMark = (dir) => `${dir}.retired`;
/**
 * Why the job's directory `dir` is gone. The post step marks it retired before it removes it; the
 * runner writes the event file (GITHUB_EVENT_PATH) under RUNNER_TEMP when the job starts and keeps
 * it until the job ends. So: marked, the post step ran; unmarked with the event file gone from
 * RUNNER_TEMP, a step emptied it; unmarked otherwise, a step removed the directory (or emptied a
 * RUNNER_TEMP the event file is not in, as in a container job) while the job runs.
 */
function whyGone(dir, env, exists = external_node_fs_.existsSync) {
    if (exists(settings_retiredMark(dir)))
        return "this action's post step has run: it removes the profile and its credentials when the job's steps are done";
    const { GITHUB_EVENT_PATH: event, RUNNER_TEMP: temp } = env;
    const inTemp = event && temp && (0,runner_files/* isInside */.FK)(temp, event);
    if (inTemp && !exists(event)) {
        return `RUNNER_TEMP was emptied (the runner's ${event} is gone too), and this profile and its credentials with it. Empty RUNNER_TEMP before this action's step, or run the action again after that step`;
    }
    return "a step removed it while the job runs (this action's post step has not run): it deleted the directory, or emptied RUNNER_TEMP. Remove it after the steps that use the profile, or run the action again after that step";
}
function loadSettings(path) {
    const text = (0,runner_files/* readText */.yR)(path);
    if (text === undefined)
        throw new errors/* RefreshSettingsError */.ls(`${path} is gone: ${whyGone((0,external_node_path_.dirname)(path), process.env)}`);
    const settings = JSON.parse(text);
    if ((settings.kind !== 'oidc' && settings.kind !== 'chain') || typeof settings.cacheFile !== 'string') {
        throw new errors/* RefreshSettingsError */.ls(`${path} is not a refresh settings file of this action`);
    }
    return settings;
}
/** Profiles a chain may pass through, the first included. */
const MAX_CHAIN = 6;
/**
 * The profile's settings, then its source's, and so on to the one that mints through OIDC. A loop,
 * or a chain longer than MAX_CHAIN, is refused here, naming the profiles.
 */
function chainOf(path) {
    const chain = [];
    const paths = [];
    for (let next = path; next !== undefined;) {
        const settings = loadSettings(next);
        const names = () => [...chain, settings].map((s) => s.profile ?? '?').join(' -> ');
        if (paths.includes(next)) {
            throw new errors/* RefreshSettingsError */.ls(`The refreshing profiles chain in a loop (${names()}): each would wait on the other for ever. ` +
                'Run the role-chaining step again from a profile that refreshes through OIDC.');
        }
        if (chain.length === MAX_CHAIN) {
            throw new errors/* RefreshSettingsError */.ls(`More than ${MAX_CHAIN} refreshing profiles chained (${names()}). Chain from a profile nearer to the one that uses OIDC.`);
        }
        chain.push(settings);
        paths.push(next);
        next = settings.kind === 'chain' ? settings.source : undefined;
    }
    return chain.map((settings, i) => ({ settings, path: paths[i] }));
}

;// CONCATENATED MODULE: ./src/refresh/cache.ts
// The refresher's cache. Neither the AWS CLI nor any SDK keeps credential_process results across
// processes, so without it every `aws` command in a later step would mint a new session. One 0600
// file in the job's private 0700 directory, replaced atomically; served while enough lifetime
// remains; minted anew under a lock, so that refreshers running at once mint one session between
// them. The post step deletes it.
//
// How much lifetime is enough: the AWS CLI (botocore) asks for new credentials 15 minutes before
// they expire, and fails when what it gets back expires within 10 minutes. So credentials are
// served while more than 15 minutes remain, and for sessions shorter than 30 minutes (which would
// otherwise be re-minted at once) while more than 10.5 minutes remain.






const MINUTE = 60_000;
/** Lifetime that must remain for cached credentials to be served. */
function marginFor(lifetimeMs) {
    return lifetimeMs >= 30 * MINUTE ? 15 * MINUTE : 10.5 * MINUTE;
}
function isFresh(entry, nowMs) {
    const expires = Date.parse(entry.Expiration);
    const lifetime = expires - Date.parse(entry.IssuedAt);
    return Number.isFinite(lifetime) && expires - nowMs > marginFor(lifetime);
}
function entryOf(c, nowMs) {
    return {
        Version: 1,
        AccessKeyId: c.accessKeyId,
        SecretAccessKey: c.secretAccessKey,
        SessionToken: c.sessionToken,
        Expiration: c.expiration.toISOString(),
        IssuedAt: new Date(nowMs).toISOString(),
    };
}
/** The cached entry, or undefined when there is none or it is not one of ours. */
function readCache(file) {
    try {
        const entry = JSON.parse((0,runner_files/* readText */.yR)(file) ?? 'null');
        const fields = ['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration', 'IssuedAt'];
        if (entry?.Version !== 1 || fields.some((f) => typeof entry[f] !== 'string'))
            return undefined;
        return entry;
    }
    catch {
        return undefined;
    }
}
/** Into the job's private directory, which is never made again here: once retired, it stays gone. */
function writeCache(file, entry) {
    (0,runner_files/* writeSecretFile */.AK)(file, JSON.stringify(entry));
}
// A mint can take the retry loop's full minute; the others wait for it rather than mint their own.
const cache_MINT_WAIT = { retries: 200, minTimeout: 50, maxTimeout: 500, factor: 1.2 }; // about 95 s
/**
 * Fresh credentials from the cache, or from `mint` (one minter at a time; the rest reuse its
 * result). `live` says, under the lock, whether the post step has retired the directory: then what
 * was minted is returned without being cached.
 */
async function cachedCredentials(file, mint, live, now = Date.now) {
    const hit = readCache(file);
    if (hit && isFresh(hit, now()))
        return hit;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(file)))
        throw new errors/* RefreshSettingsError */.ls(`${(0,external_node_path_.dirname)(file)} is gone: ${whyGone((0,external_node_path_.dirname)(file), process.env)}`);
    const locked = lock_withLock(file, cache_MINT_WAIT, async () => {
        const again = readCache(file);
        if (again && isFresh(again, now()))
            return again;
        const entry = entryOf(await mint(), now());
        if (live())
            writeCache(file, entry);
        return entry;
    });
    return locked.catch((error) => {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(file)))
            throw error;
        throw new errors/* RefreshSettingsError */.ls(`${(0,external_node_path_.dirname)(file)} was removed while this refresher waited: ${whyGone((0,external_node_path_.dirname)(file), process.env)}`);
    });
}

;// CONCATENATED MODULE: ./src/refresh/command-line.ts
// The credential_process line: one string that every consumer must split back into the same
// arguments. On POSIX the AWS CLI and botocore split it with shlex (POSIX rules), while the SDKs for
// JavaScript, Go and Java hand it to `sh -c`. On Windows botocore splits it by CommandLineToArgvW's
// rules and starts the program itself, while the SDKs hand it to `cmd.exe /C`.
//
// POSIX: every argument in single quotes, a quote inside written '\'' : shlex and sh both read a
// single-quoted word literally, so $(...), backticks, double quotes, spaces and any non-ASCII
// character are only characters.
// Windows: an argument goes bare when it can (no space, no character cmd.exe gives a meaning to),
// which every consumer reads the same way, the Go SDK included: it escapes any double quote in the
// line as \" for cmd.exe, which then cannot find the program (aws-sdk-go-v2 issue #3208). Runner
// paths (C:\hostedtoolcache\...\node.exe, D:\a\_temp\...) are all bare. Otherwise the argument
// goes in double quotes, inside which cmd.exe leaves & | < > ^ alone and CommandLineToArgvW keeps
// spaces. What neither form can carry is refused: a double quote (not allowed in Windows file names
// anyway), a % (cmd.exe expands %NAME% even inside quotes), a line break, and a trailing backslash
// in a quoted argument (it would escape the closing quote).

const NEVER = /[\0\r\n]/;
function posixWord(arg) {
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
// Characters cmd.exe reads as more than characters, and the ones that end a word.
const CMD_SPECIAL = /[\s&|<>^(),;=!]/;
function windowsWord(arg) {
    if (!CMD_SPECIAL.test(arg) && !/["%]/.test(arg))
        return arg;
    if (/["%]/.test(arg) || arg.endsWith('\\')) {
        throw new errors/* UnsafePathError */.k0(`${JSON.stringify(arg)} cannot be named in credential_process on Windows (a ", a % or a trailing \\ cannot be quoted for both cmd.exe and CommandLineToArgvW). Use a RUNNER_TEMP (on Windows, %LOCALAPPDATA%) and a node path without them.`);
    }
    return `"${arg}"`;
}
/** The command line for `args`, for the platform the later steps run on; throws if one cannot be said. */
function commandLine(args, platform = process.platform) {
    for (const arg of args) {
        if (NEVER.test(arg) || arg === '') {
            throw new errors/* UnsafePathError */.k0(`${JSON.stringify(arg)} cannot be named in credential_process: it is empty or holds a line break or NUL.`);
        }
    }
    return args.map(platform === 'win32' ? windowsWord : posixWord).join(' ');
}
/** The arguments of a command line this module wrote (and only such a line); undefined if not one. */
function argumentsOf(line, platform = process.platform) {
    const word = platform === 'win32' ? /(?:"([^"]*)"|([^\s"]+))(?: |$)/y : /'((?:[^']|'\\'')*)'(?: |$)/y;
    const args = [];
    while (word.lastIndex < line.length) {
        const m = word.exec(line);
        if (!m)
            return undefined;
        args.push(platform === 'win32' ? (m[1] ?? m[2] ?? '') : (m[1] ?? '').replace(/'\\''/g, "'"));
    }
    return args.length > 0 ? args : undefined;
}

;// CONCATENATED MODULE: ./src/job/seen.ts
// The user's AWS files as the job's tools read them now: each tool's own path (tools/), opened as
// the tools open them (through links; a directory or /dev/null is no file), read-only. Where the
// tools would read different files, the step cannot copy "the" file: it says which variable to
// change, before any request.





// ignoreBOM keeps a byte-order mark, as Python and Node's readFile do (the tools read it differently).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The job's reader: bytes through links, decoded as UTF-8 (and told when they are not). */
function readSeen(path, kind) {
    let bytes;
    try {
        bytes = (0,runner_files/* readLinked */.c1)(path);
    }
    catch (error) {
        const why = error instanceof errors/* UnsafePathError */.k0 ? error.message : `${error.code}.`;
        throw new errors/* ProfileFileError */.mL(`Could not read ${path}, the AWS ${kind} file of this job: ${why} Make it a regular file this user can read, ` +
            `or point ${FILE_VARIABLE[kind]} at one.`, { cause: error });
    }
    if (bytes === undefined)
        return NO_FILE;
    try {
        return { text: strictUtf8.decode(bytes), utf8: true };
    }
    catch {
        return { text: bytes.toString('utf8'), utf8: false };
    }
}
const said = (where) => ('path' in where ? where.path : 'none' in where ? 'no file' : where.unknown);
/** One kind of file, when every tool reads the same text; otherwise the error that names the variable. */
function agreed(kind, env, cwd, read) {
    const where = whereEach(kind, env, cwd);
    const reads = new Map();
    for (const [tool, w] of where) {
        if ('unknown' in w)
            throw disagreement(kind, env, where);
        reads.set(tool, 'path' in w ? read(w.path, kind) : NO_FILE);
    }
    const [first, ...rest] = TOOLS.map((t) => reads.get(t));
    if (rest.some((s) => s.text !== first?.text))
        throw disagreement(kind, env, where);
    const path = [...where.values()]
        .map((w) => ('path' in w ? w.path : undefined))
        .find((p) => p !== undefined);
    return { path, seen: first ?? NO_FILE };
}
function disagreement(kind, env, where) {
    const variable = FILE_VARIABLE[kind];
    const value = variableOf(env, variable);
    const each = [...where].map(([tool, w]) => `${tool.name} reads ${said(w)}`).join(', and ');
    return new errors/* ProfileFileError */.mL(`${variable} is ${value === undefined ? 'not set' : JSON.stringify(value)}: ${each}. ` +
        `Set ${variable} to an absolute path without ~ or $ (or to /dev/null for no file), so that every tool reads the same ${kind} file.`);
}
/** The user's config and credentials files, as every tool reads them. */
function userFiles(env, cwd, read = readSeen) {
    const config = agreed('config', env, cwd, read);
    const credentials = agreed('credentials', env, cwd, read);
    return {
        paths: { config: config.path, credentials: credentials.path },
        files: { config: config.seen, credentials: credentials.seen },
    };
}
/**
 * A file variable that names a file of an earlier use of this action that its post step deleted
 * (post steps that ran out of order, as when a composite action's post step runs first): what the
 * tools read there is nothing, which is said, since it is likely not what was meant.
 */
function deletedJobFiles(env) {
    return KINDS.flatMap((kind) => {
        const value = variableOf(env, FILE_VARIABLE[kind]);
        if (!value || !/[/\\]aws-oidc-credentials-[0-9a-f]{16}[/\\][^/\\]+$/.test(value) || (0,external_node_fs_.existsSync)(value))
            return [];
        return [
            `${FILE_VARIABLE[kind]} names ${value}, a file of an earlier step of this action whose post step has run ` +
                '(post steps ran out of order): the AWS tools read no file there.',
        ];
    });
}
/** The files one tool reads, whatever the others read (for what only that tool decides). */
function filesOf(tool, env, cwd, read = readSeen) {
    const seen = (kind) => {
        const w = tool.where(kind, env, cwd);
        return 'path' in w ? read(w.path, kind) : NO_FILE;
    };
    return Object.fromEntries(KINDS.map((k) => [k, seen(k)]));
}

;// CONCATENATED MODULE: ./src/job/refresh-profile.ts
// refresh-credentials, the main step's side: in the job's private directory (profile.ts), the
// refresher's settings and its credential cache (both 0600, the cache seeded with this step's
// credentials); in the job's own config file, a profile whose credential_process runs the bundled
// refresher. The post step deletes the cache with the other files that hold keys, then retires
// the directory.












/** The profile's name when aws-profile does not give one. */
const DEFAULT_REFRESH_PROFILE = 'aws-oidc-refresh';
/** dist/refresh/index.js, beside this bundle. Built from parts so the bundler leaves it a path. */
function bundledRefresher() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), ['refresh', 'index.js'].join('/'));
}
/** The command line that runs the refresher; throws when this platform's shells cannot name a path. */
function refresherCommand(settingsFile) {
    // Absolute paths: a later step may have another node (or none) first on its PATH.
    return commandLine([process.execPath, bundledRefresher(), settingsFile]);
}
/** Where the refresher's files go in `dir`, and the credential_process line; nothing is written yet. */
function planRefreshFiles(dir) {
    const settingsFile = (0,external_node_path_.join)(dir, 'settings.json');
    return {
        settingsFile,
        cacheFile: (0,external_node_path_.join)(dir, 'cache.json'),
        credentialProcess: refresherCommand(settingsFile),
    };
}
/** The settings and the seeded cache, into the private directory (made already). */
function writeRefreshFiles(files, settings, first) {
    (0,runner_files/* writeSecretFile */.AK)(files.settingsFile, JSON.stringify(settings));
    writeCache(files.cacheFile, entryOf(first, Date.now()));
}
/**
 * No refresher writes into the directory again. The settings file goes first: a refresher checks
 * it under the cache lock before it caches what it minted. Then, under that lock (a mint in flight
 * finishes first), the directory goes; no refresher makes it again.
 */
async function retire(files, dir) {
    // Beside the directory, empty: a refresher that finds the directory gone can say the post step ran.
    try {
        writeFileSync(retiredMark(dir), '', { flag: 'wx', mode: 0o600 });
    }
    catch {
        // Already there, or RUNNER_TEMP itself is gone: the refresher says what it finds.
    }
    rmSync(files.settingsFile, { force: true });
    if (!existsSync(dir))
        return;
    const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    await withLock(files.cacheFile, MINT_WAIT, remove).catch(remove);
}
/**
 * The settings file of the refreshing profile AWS_PROFILE names, when it is one of this action's
 * (its credential_process runs our refresher); undefined otherwise. For role-chaining from it.
 */
function settingsFileOfProfile(env, cwd = process.cwd()) {
    const name = env.AWS_PROFILE;
    if (!name)
        return undefined;
    // As the JS SDK reads it, which is how this step reads its own credentials.
    const files = filesOf(jsSdk, env, cwd);
    const line = keyOf(jsSdk.profiles('config', files.config).profiles.get(name), 'credential_process');
    const args = line === undefined ? undefined : argumentsOf(line);
    const refresher = ['refresh', 'index.js'].join(external_node_path_.sep);
    return args?.length === 3 && args[1]?.endsWith(refresher) ? args[2] : undefined;
}
/** The settings the refresher reads; no request token, and a proxy only when it came from the input. */
function refreshSettings(config, roleArn, where, env, chain) {
    const common = {
        profile: where.profile,
        roleArn,
        region: config.region,
        // The endpoint this step used, so a later step without the variables reaches the same STS.
        stsEndpoint: configuredStsEndpoint(config.stsEndpoint, env),
        httpTimeoutMs: config.httpTimeoutMs,
        roleSessionName: config.roleSessionName,
        roleDurationSeconds: config.roleDurationSeconds,
        inlineSessionPolicy: config.inlineSessionPolicy,
        managedSessionPolicies: config.managedSessionPolicies,
        transitiveTagKeys: chain ? config.transitiveTagKeys : [],
        roleExternalId: chain ? config.roleExternalId : undefined,
        maxAttempts: config.maxAttempts,
        throttlesCount: config.throttlesCount,
        // A later step has the environment's proxy (and its password) itself; only the input's is kept.
        proxy: config.proxy.url === undefined || config.proxy.fromEnvironment ? undefined : config.proxy,
        cacheFile: where.cacheFile,
    };
    return chain
        ? { ...common, kind: 'chain', ...chain }
        : { ...common, kind: 'oidc', audience: config.audience };
}

;// CONCATENATED MODULE: ./src/job/variables.ts
// Which values the step exports, and which the post step writes back, so that every AWS tool reads
// what is meant. GITHUB_ENV can set a variable, even to "", but never unset it, and the tools read
// an empty value differently (tools/): botocore reads AWS_PROFILE="" as a profile named "" that
// must exist, the JS SDK as no profile. So a profile variable is set only where one is needed, to a
// profile that botocore finds; and the post step writes back what was there before, or, for a
// variable that was unset, the value that every tool reads as unset. Pure.
const CREDENTIAL_VARIABLES = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
];
const set = (env, name) => Object.hasOwn(env, name) && env[name] !== undefined;
const blank = (names) => Object.fromEntries(names.map((n) => [n, '']));
/**
 * Keys mode: the JS SDK skips keys in the environment when AWS_PROFILE is set and not "", so it is
 * made "". botocore takes the keys whatever profile is named, but a named profile must exist: it
 * reads AWS_DEFAULT_PROFILE first, so that names one that exists (the one named before, or
 * default), or an empty [default] the job's config file adds.
 */
function keysModeProfile(env, exists) {
    const out = {};
    if (env.AWS_PROFILE)
        out.AWS_PROFILE = '';
    const named = set(env, 'AWS_DEFAULT_PROFILE')
        ? env.AWS_DEFAULT_PROFILE
        : (out.AWS_PROFILE ?? env.AWS_PROFILE);
    if (named === undefined || (named !== '' && exists(named)))
        return { env: out, emptyDefault: false };
    const choice = [env.AWS_DEFAULT_PROFILE, env.AWS_PROFILE, 'default'].find((n) => n && exists(n));
    return { env: { ...out, AWS_DEFAULT_PROFILE: choice ?? 'default' }, emptyDefault: choice === undefined };
}
/**
 * Profile mode: AWS_PROFILE names it (the JS SDK reads only that), and AWS_DEFAULT_PROFILE too when
 * it is set (botocore reads it first). Without keys beside the profile, botocore would take an
 * AWS_WEB_IDENTITY_TOKEN_FILE (IRSA) before the profile: it is made "", which botocore reads as none.
 */
function profileModeVariables(env, profile, keysOut) {
    return {
        AWS_PROFILE: profile,
        ...(set(env, 'AWS_DEFAULT_PROFILE') ? { AWS_DEFAULT_PROFILE: profile } : {}),
        ...(!keysOut && env.AWS_WEB_IDENTITY_TOKEN_FILE ? { AWS_WEB_IDENTITY_TOKEN_FILE: '' } : {}),
    };
}
/** The main step's exports. `exists`: whether botocore finds a profile of that name in the user's files. */
function exportsFor(target, env, exists) {
    const said = [];
    const out = target.clearKeys ? blank(CREDENTIAL_VARIABLES) : {};
    const left = CREDENTIAL_VARIABLES.filter((n) => env[n]);
    if (target.profile !== undefined && target.keys === undefined && left.length > 0) {
        said.push(`Cleared ${left.join(', ')} left by an earlier step: the AWS CLI would use them instead of the profile.`);
        Object.assign(out, blank(CREDENTIAL_VARIABLES));
    }
    let emptyDefault = false;
    if (target.profile !== undefined) {
        Object.assign(out, profileModeVariables(env, target.profile, target.keys !== undefined));
        if (out.AWS_WEB_IDENTITY_TOKEN_FILE === '')
            said.push('Cleared AWS_WEB_IDENTITY_TOKEN_FILE: the AWS CLI would use it instead of the profile.');
    }
    else if (target.keys !== undefined) {
        const chosen = keysModeProfile(env, exists);
        emptyDefault = chosen.emptyDefault;
        if (Object.keys(chosen.env).length > 0)
            said.push(`Set ${Object.entries(chosen.env)
                .map(([n, v]) => `${n}=${JSON.stringify(v)}`)
                .join(', ')}: ` +
                'with the profile an earlier step named, the AWS SDK for JavaScript would not use these keys, and the AWS CLI needs a profile that exists.');
        Object.assign(out, chosen.env);
    }
    if (target.region !== undefined)
        Object.assign(out, { AWS_REGION: target.region, AWS_DEFAULT_REGION: target.region });
    // Keys without a session token must not pair with an earlier step's token.
    if (target.keys)
        Object.assign(out, target.keys);
    return { env: { ...out, ...target.files }, emptyDefault, said };
}
/**
 * The value that reads as "unset" for every tool, or undefined where none does and the step's
 * value is left (a region that was unset and that no profile gives).
 */
function unsetValue(name, before, view) {
    if (name === 'AWS_REGION' || name === 'AWS_DEFAULT_REGION') {
        const profile = name === 'AWS_REGION'
            ? before.AWS_PROFILE || undefined
            : (before.AWS_DEFAULT_PROFILE ?? before.AWS_PROFILE);
        return view.region(name, profile);
    }
    if (name === 'AWS_CONFIG_FILE' || name === 'AWS_SHARED_CREDENTIALS_FILE')
        return view.defaultFile(name);
    // botocore reads AWS_DEFAULT_PROFILE first: the one AWS_PROFILE named, or default (which has to exist).
    if (name === 'AWS_DEFAULT_PROFILE')
        return before.AWS_PROFILE ?? 'default';
    return '';
}
/**
 * The post step's exports: each variable in `ours` (the main step exported it, and no later step
 * changed it since) back to what it was. `before` holds the values the main step found (a name
 * missing: unset). When both profile variables were unset, AWS_PROFILE="" and
 * AWS_DEFAULT_PROFILE=default read as unset, if botocore finds a default profile: else the job adds
 * an empty one (`emptyDefault`).
 */
function restoreFor(ours, before, now, view) {
    const env = {};
    for (const name of ours) {
        const value = set(before, name) ? before[name] : unsetValue(name, before, view);
        if (value !== undefined)
            env[name] = value;
    }
    const profileLost = env.AWS_PROFILE === '' &&
        !set(before, 'AWS_PROFILE') &&
        env.AWS_DEFAULT_PROFILE === undefined &&
        !set(now, 'AWS_DEFAULT_PROFILE');
    if (profileLost)
        env.AWS_DEFAULT_PROFILE = 'default';
    // "default" standing for "unset" (not a default the job named itself) needs a default profile.
    const standIn = env.AWS_DEFAULT_PROFILE === 'default' &&
        !set(before, 'AWS_DEFAULT_PROFILE') &&
        !set(before, 'AWS_PROFILE');
    return { env, emptyDefault: standIn && !view.exists('default') };
}

;// CONCATENATED MODULE: ./src/job/publish.ts
// Every effect on the job goes through here: masks, the job's own files, exported variables,
// outputs, state. Nothing is written until authentication has fully succeeded, and then in an
// order that a kill at any point cannot turn into half state: masks; the post step's state (what
// is about to be written, so that it can undo a partial write); the files; the environment in one
// write; the outputs in one write. What is exported is planned, then checked against every AWS
// tool's reading of it (tools/): the same plan runs before any request, with placeholder keys.













function maskCredentials(creds) {
    (0,log/* mask */.dK)(creds?.accessKeyId);
    (0,log/* mask */.dK)(creds?.secretAccessKey);
    (0,log/* mask */.dK)(creds?.sessionToken);
}
function maskIdentity(config, identity) {
    if (!config.maskAccountId)
        return;
    (0,log/* mask */.dK)(identity.account);
    (0,log/* mask */.dK)(identity.arn);
}
/** Publishes the outcome. On a failure while writing files, what was written is taken back before it throws. */
async function publish(config, outcome) {
    const creds = outcome.kind === 'ambient' ? undefined : outcome.credentials;
    maskCredentials(creds);
    maskIdentity(config, outcome.identity);
    const planned = planFor(config, outcome, process.env, process.cwd(), false);
    // The directory first, empty: the state names it as made, so that the post step deletes only it.
    const plan = planned.files
        ? { ...planned, files: { ...planned.files, files: madeFor(planned.files.files) } }
        : planned;
    saveState(postStateOf(plan, process.env));
    if (plan.files)
        writeFiles(config, plan.files, plan.refresh, outcome);
    for (const said of plan.said)
        (0,log/* info */.pq)(said);
    exportVariables(plan.env);
    setOutputs(outputsFor(config, creds, outcome.identity));
}
/** The private directory made, or the error that names RUNNER_TEMP. */
function madeFor(files) {
    try {
        return makeJobDirectory(files);
    }
    catch (error) {
        throw error instanceof Error && 'code' in error && !(error instanceof errors/* ProfileFileError */.mL)
            ? unwritable(files.dir, error)
            : error;
    }
}
/** Placeholder keys: what the plan checks before any request, shaped as STS's. */
const PLACEHOLDER = {
    accessKeyId: 'ASIAPLANNEDBEFOREANY',
    secretAccessKey: 'placeholder-secret-key',
    sessionToken: 'placeholder-session-token',
};
/**
 * Before any request: the files and variables this step would publish, checked against every
 * tool's reading. What fails here (a file the tools read differently, a profile that exists) fails
 * before the token request, with what to change.
 */
function checkPublishable(config, env, cwd) {
    const identity = { account: '000000000000', arn: 'arn:aws:iam::000000000000:root' };
    const outcome = config.hasRole
        ? {
            kind: 'assumed',
            identity,
            credentials: { ...PLACEHOLDER, expiration: new Date(0), assumedRoleArn: identity.arn },
            roleArn: identity.arn,
            tags: { tags: [], droppable: [] },
            chainedFrom: undefined,
            attempts: 0,
            tokensFetched: 0,
            stsEndpoint: undefined,
        }
        : {
            kind: 'keys',
            identity,
            credentials: PLACEHOLDER,
            attempts: 0,
            tokensFetched: 0,
            stsEndpoint: undefined,
        };
    for (const said of deletedJobFiles(env))
        (0,log/* warning */.$e)(said);
    const plan = planFor(config, outcome, env, cwd, true);
    if (plan.files)
        probeJobFiles(plan.files);
}
/** The state the post step reads: what was exported, and what each variable held before. */
function postStateOf(plan, env) {
    const before = {};
    for (const name of Object.keys(plan.env)) {
        const value = Object.hasOwn(env, name) ? env[name] : undefined;
        // An earlier step's keys go into the state: masked first, as the runner may log the state.
        if (CREDENTIAL_VARIABLES.includes(name))
            (0,log/* mask */.dK)(value);
        before[name] = value ?? null;
    }
    return { exported: plan.env, before, files: plan.files?.files, refresh: plan.refresh };
}
/** The job's files, and the refresher's beside them; on a failure, the directory goes again. */
function writeFiles(config, files, refresh, outcome) {
    const { dir, profile, config: path } = files.files;
    try {
        writeJobFiles(files);
        if (refresh && outcome.kind === 'assumed' && profile !== undefined) {
            const chain = outcome.chainedFrom === undefined ? undefined : { source: outcome.chainedFrom, tags: outcome.tags };
            const where = { profile, cacheFile: refresh.cacheFile };
            const settings = refreshSettings(config, outcome.roleArn, where, process.env, chain);
            writeRefreshFiles(refresh, settings, outcome.credentials);
        }
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        // The role was assumed; what failed is the disk, which the preflight found fine a moment ago.
        throw error instanceof Error && 'code' in error && !(error instanceof errors/* ProfileFileError */.mL)
            ? unwritable(dir, error)
            : error;
    }
    if (profile === undefined)
        (0,log/* info */.pq)(`Wrote this job's own AWS config file, ${path}, with an empty [default] profile.`);
    else
        (0,log/* info */.pq)(`Wrote ${refresh ? 'refreshing ' : ''}profile ${profile} to this job's own AWS config file, ${path}.`);
}
/** A named profile's lines: the region and the keys, in a [profile NAME] section of the config file. */
function namedProfileValues(region, creds) {
    return {
        region,
        aws_access_key_id: creds.accessKeyId,
        aws_secret_access_key: creds.secretAccessKey,
        ...(creds.sessionToken ? { aws_session_token: creds.sessionToken } : {}),
    };
}
/** What the step means the job to read, and the profile's values, for these settings and outcome. */
function targetOf(config, outcome) {
    const creds = outcome.kind === 'ambient' ? undefined : outcome.credentials;
    const refreshing = config.refreshCredentials && outcome.kind === 'assumed';
    const keysOut = config.outputEnvCredentials && creds !== undefined && !refreshing;
    const name = refreshing ? (config.profile?.name ?? DEFAULT_REFRESH_PROFILE) : creds && config.profile?.name;
    const target = {
        keys: keysOut
            ? {
                AWS_ACCESS_KEY_ID: creds.accessKeyId,
                AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
                // Keys without a session token must not pair with an earlier step's token.
                AWS_SESSION_TOKEN: creds.sessionToken ?? '',
            }
            : undefined,
        // Never static keys beside a refreshing profile: they would shadow it, and expire.
        clearKeys: config.unsetCurrentCredentials || refreshing,
        profile: name,
        region: config.outputEnvCredentials || refreshing ? config.region : undefined,
        files: {},
    };
    return { target, creds, refreshing };
}
/**
 * The plan; with `check`, read back with every tool's rules (before any request, with placeholder
 * keys: the keys STS returns later differ only in their checked characters, not in what the tools read).
 */
function planFor(config, outcome, env, cwd, check) {
    const { target, creds, refreshing } = targetOf(config, outcome);
    const dir = (0,runner_files/* privateDirectoryName */.K8)(env);
    const user = target.profile === undefined ? undefined : userFiles(env, cwd);
    const ofBotocore = user?.files ?? filesOf(botocore, env, cwd);
    const exports = exportsFor(target, env, (name) => botocoreHas(ofBotocore, name));
    const refresh = refreshing ? planRefreshFiles(dir) : undefined;
    let files;
    if (user && target.profile !== undefined && creds) {
        const values = refresh
            ? { region: config.region, credential_process: refresh.credentialProcess }
            : namedProfileValues(config.region, creds);
        const named = config.profile !== undefined;
        const section = { name: target.profile, named, overwrite: config.profile?.overwrite ?? false, values };
        files = planJobFiles(user, section, dir, refresh ? [refresh.cacheFile] : []);
    }
    else if (exports.emptyDefault) {
        files = planJobFiles({ paths: { config: undefined, credentials: undefined }, files: ofBotocore }, 'empty-default', dir);
    }
    const planned = { ...exports.env, ...files?.variables };
    if (check && creds && (target.keys || target.profile !== undefined))
        checkReading({ ...env, ...planned }, files, cwd, expectedOf(creds, refresh));
    return { env: planned, files, refresh, said: exports.said };
}
function expectedOf(creds, refresh) {
    return refresh ? { command: refresh.credentialProcess } : { accessKeyId: creds.accessKeyId };
}
function botocoreHas(files, name) {
    return KINDS.some((kind) => botocore.profiles(kind, files[kind]).profiles.has(name));
}
/**
 * Every tool must read the credentials this step publishes, from the variables and files as they
 * will be. Where one would not, the step fails before any request, naming what to change.
 */
function checkReading(after, files, cwd, expected) {
    const planned = (path, kind) => {
        // The config copy is read as its stand-in: the same answers, without reading the user's text twice.
        const a = files?.appended;
        if (a?.path === path)
            return { text: standIn(kind, a.base, a.section), utf8: true };
        const text = files?.texts[path];
        return text === undefined ? undefined : { text, utf8: true };
    };
    const misread = misreadings(after, (tool) => filesOf(tool, after, cwd, (p, kind) => planned(p, kind) ?? readSeen(p, kind)), expected);
    if (misread.length === 0)
        return;
    const where = KINDS.map((kind) => {
        const w = botocore.where(kind, after, cwd);
        return `its ${kind} file is ${'path' in w ? w.path : 'none'}`;
    });
    throw new errors/* ProfileFileError */.mL(`After this step, ${misread.join('; and ')} (for the AWS CLI, ${where.join(' and ')}). ` +
        `The step stopped before any request. Change what is named (a variable of the job's env, or a section or line of that file; ${Object.values(FILE_VARIABLE).join(' or ')} may point at another file), then run the job again.`);
}
function outputsFor(config, creds, identity) {
    return {
        'aws-account-id': identity.account,
        'authenticated-arn': identity.arn,
        ...(creds?.expiration ? { 'aws-expiration': creds.expiration.toISOString() } : {}),
        ...(config.outputCredentials && creds
            ? {
                'aws-access-key-id': creds.accessKeyId,
                'aws-secret-access-key': creds.secretAccessKey,
                ...(creds.sessionToken ? { 'aws-session-token': creds.sessionToken } : {}),
            }
            : {}),
    };
}
/** use-existing-credentials found valid ones: only say who they are. */
function publishExisting(config, identity) {
    maskIdentity(config, identity);
    setOutputs({ 'aws-account-id': identity.account, 'authenticated-arn': identity.arn });
}

;// CONCATENATED MODULE: ./src/inputs/source.ts
// The credential source: which inputs were given decides the auth mode (the first row of MODES
// whose test passes), and what each mode is: web identity or signed, how it is described. What each
// mode does (what signs, where tokens come from) is its row in ../modes.ts.

const signed = { webIdentity: false, freshTokenEachAttempt: false, prefetch: false };
/** In order: the first mode whose inputs are given is the one. */
const MODES = {
    'access-keys': {
        ...signed,
        chosenWhen: (g) => g.keys,
        with: 'with the access keys',
        source: 'access keys (inputs)',
    },
    'token-file': {
        chosenWhen: (g) => g.tokenFile,
        webIdentity: true,
        freshTokenEachAttempt: true,
        prefetch: false,
        with: 'with the web identity token file',
        source: 'web identity token file',
    },
    'role-chaining': {
        ...signed,
        chosenWhen: (g) => g.roleChaining,
        with: 'with the credentials in the environment (role-chaining)',
        source: 'an earlier step (role-chaining)',
    },
    oidc: {
        chosenWhen: (g) => g.role && !g.forceSkipOidc,
        webIdentity: true,
        freshTokenEachAttempt: false,
        prefetch: true,
        with: 'with a GitHub OIDC token',
        source: 'GitHub OIDC',
    },
    ambient: {
        ...signed,
        chosenWhen: () => true,
        with: "with the runner's own credentials",
        source: "the runner's own credentials",
    },
};
function modeOf(mode) {
    return MODES[mode];
}
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
function parseSource(f, workspace) {
    const given = {
        keys: f.read('aws-access-key-id') !== '' || f.read('aws-secret-access-key') !== '',
        tokenFile: f.read('web-identity-token-file') !== '',
        roleChaining: f.bool('role-chaining'),
        role: f.read('role-to-assume') !== '',
        forceSkipOidc: f.bool('force-skip-oidc'),
    };
    const modes = Object.entries(MODES);
    const mode = modes.find(([, row]) => row.chosenWhen(given))?.[0] ?? 'ambient';
    const sources = [];
    if (given.keys)
        sources.push('aws-access-key-id');
    if (given.tokenFile)
        sources.push('web-identity-token-file');
    if (given.roleChaining)
        sources.push('role-chaining');
    return { mode, accessKeys: parseKeys(f), webIdentityTokenFile: parseTokenFile(f, workspace), sources };
}
/** The three key inputs are secrets: their messages never show a value. */
function parseKeys(f) {
    const accessKeyId = f.read('aws-access-key-id');
    const secretAccessKey = f.read('aws-secret-access-key');
    const sessionToken = f.read('aws-session-token');
    if (accessKeyId === '' && secretAccessKey === '' && sessionToken === '')
        return undefined;
    const unset = 'a secret that does not exist (or that a fork cannot see) reads as empty.';
    if (accessKeyId === '') {
        f.say('aws-access-key-id', `Input 'aws-access-key-id' is empty, but ${secretAccessKey !== '' ? 'aws-secret-access-key' : 'aws-session-token'} is set. ` +
            `Set all the keys of one identity, or none; ${unset}`);
    }
    else if (!ACCESS_KEY_ID.test(accessKeyId)) {
        f.say('aws-access-key-id', `Input 'aws-access-key-id' is not an access key ID: it must be 16 to 128 upper-case letters and digits (AKIA... or ASIA...). ` +
            'Check the secret it comes from for stray spaces or quotes.');
    }
    else if (secretAccessKey === '') {
        f.say('aws-secret-access-key', `Input 'aws-secret-access-key' is empty, but aws-access-key-id is set. ` +
            `Pass the secret access key of the same identity; ${unset}`);
    }
    else if (/\s/.test(secretAccessKey) || /\s/.test(sessionToken)) {
        const name = /\s/.test(secretAccessKey) ? 'aws-secret-access-key' : 'aws-session-token';
        f.say(name, `Input '${name}' contains whitespace. Copy the value again without spaces or line breaks.`);
    }
    else {
        return { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined };
    }
    return undefined;
}
function parseTokenFile(f, workspace) {
    const input = f.read('web-identity-token-file');
    if (input === '')
        return undefined;
    if (/[\0\n\r]/.test(input)) {
        f.bad('web-identity-token-file', input, 'it contains a control character', 'Use a plain path.');
        return undefined;
    }
    return (0,external_node_path_.isAbsolute)(input) ? input : (0,external_node_path_.resolve)(workspace, input);
}

;// CONCATENATED MODULE: ./src/refresh/credentials.ts
// What a refreshing profile runs, shared by the credential_process entry (main.ts) and by the main
// step when it chains from a refreshing profile: credentials from the cache, or minted anew. A
// chained profile's source is refreshed the same way first, so a chain outlives every one-hour
// session in it.



/** Fresh credentials for the profile whose settings file this is. */
function refreshedCredentials(settingsFile, log) {
    return credentials_link(chainOf(settingsFile), log);
}
function credentials_link(chain, log) {
    const [first, ...rest] = chain;
    if (!first)
        throw new Error('Internal error: an empty chain of refreshing profiles');
    const source = async () => (rest.length > 0 ? credentialsOf(await credentials_link(rest, log)) : undefined);
    // Minting loads the AWS SDK and the token client; a cache hit (most calls) loads neither.
    return cachedCredentials(first.settings.cacheFile, async () => (await __nccwpck_require__.e(/* import() */ 367).then(__nccwpck_require__.bind(__nccwpck_require__, 6367))).mint(first.settings, log, source), 
    // The post step removes the settings first: then nothing is cached any more.
    () => (0,external_node_fs_.existsSync)(first.path));
}
/** The credential_process answer as keys that sign a call. */
function credentialsOf(c) {
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

;// CONCATENATED MODULE: ./src/modes.ts
// What each auth mode does, one row per mode: what signs its calls and where its tokens come from.
// What each mode is (which inputs choose it, web identity or signed, how it is described) is the
// row of the same mode in inputs/source.ts. A new mode is a row there, a row here, and its input
// parser.






const DEFAULT_CHAIN = { credentials: undefined };
/** role-chaining with refresh-credentials: the source must refresh too, or the chain dies with it. */
const NOT_REFRESHING = 'role-chaining with refresh-credentials chains from the refreshing profile AWS_PROFILE names, and there is none. ' +
    'Run this action with refresh-credentials: true in an earlier step of the job, then chain from it.';
const NO_SOURCE = 'role-chaining is true, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and AWS_PROFILE names no refreshing profile of this action. ' +
    'Run a step that exports credentials (this action, with output-env-credentials or refresh-credentials) before this one.';
/** role-chaining: the keys an earlier step exported, or the refreshing profile AWS_PROFILE names. */
async function chainedSigner(s, env) {
    const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
    // A refreshing profile refreshes the source too; keys in the environment last one session.
    if (accessKeyId && secretAccessKey && !s.refreshCredentials) {
        return {
            credentials: { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN || undefined },
        };
    }
    const source = settingsFileOfProfile(env);
    if (!source)
        throw new errors/* SourceCredentialsError */.G8(s.refreshCredentials ? NOT_REFRESHING : NO_SOURCE);
    return { credentials: credentialsOf(await refreshedCredentials(source, log/* info */.pq)), refreshingSource: source };
}
const modes_signed = { tokens: () => undefined };
const BEHAVIOURS = {
    'access-keys': { ...modes_signed, signing: async (s) => ({ credentials: s.accessKeys }) },
    'token-file': {
        signing: async () => DEFAULT_CHAIN,
        tokens: (s) => async () => (0,github_token/* readTokenFile */.O2)(s.webIdentityTokenFile),
    },
    'role-chaining': { ...modes_signed, signing: chainedSigner },
    oidc: {
        signing: async () => DEFAULT_CHAIN,
        tokens: (s) => (signal) => (0,github_token/* fetchGitHubToken */.d2)(s.audience, s.httpTimeoutMs, signal),
    },
    ambient: { ...modes_signed, signing: async () => DEFAULT_CHAIN },
};
/** The row for these settings, with its functions bound to them. */
function behaviourOf(settings) {
    // The row reads only its own mode's fields.
    const row = BEHAVIOURS[settings.mode];
    return {
        ...modeOf(settings.mode),
        signing: (env) => row.signing(settings, env),
        tokens: () => row.tokens(settings),
    };
}

// EXTERNAL MODULE: ./src/network/proxy.ts
var proxy = __nccwpck_require__(1290);
;// CONCATENATED MODULE: ./src/network/cleartext.ts
// Plain http:// to another machine: what would travel in clear, said as a warning before any
// request. Loopback is exempt (local test servers, a sidecar proxy).



/** The URL, when it is http:// to a host that is not this machine. */
function remotePlain(url) {
    if (!url || !URL.canParse(url))
        return undefined;
    const u = new URL(url);
    return u.protocol === 'http:' && !(0,proxy/* isLoopback */.U9)(u.hostname) ? u : undefined;
}
function cleartextWarnings(config, env) {
    const warnings = [];
    const webIdentity = modeOf(config.mode).webIdentity;
    // print-trust-policy makes no STS call; it reads the GitHub API with github-token.
    const sts = config.printTrustPolicy
        ? undefined
        : remotePlain(configuredStsEndpoint(config.stsEndpoint, env));
    const api = config.printTrustPolicy && config.githubToken ? remotePlain(env.GITHUB_API_URL) : undefined;
    if (api) {
        warnings.push(`The GitHub API ${api.origin} (GITHUB_API_URL) is plain http:// to another machine: github-token travels in clear to it. Use https://.`);
    }
    if (sts) {
        const sent = webIdentity ? 'the web identity token' : 'the signed requests';
        warnings.push(`The STS endpoint ${sts.origin} is plain http:// to another machine: ${sent} and the credentials STS returns travel in clear. Use https://.`);
    }
    const tokenEndpoint = config.mode === 'oidc' ? remotePlain(env.ACTIONS_ID_TOKEN_REQUEST_URL) : undefined;
    if (tokenEndpoint) {
        warnings.push(`The GitHub OIDC token endpoint ${tokenEndpoint.origin} is plain http:// to another machine: the runner's request token and the OIDC token travel in clear.`);
    }
    // A credential-less http:// proxy is usual and safe enough: requests to https:// endpoints go
    // through a CONNECT tunnel and stay encrypted end to end. Its password is what would be exposed.
    const proxy = remotePlain(config.proxy.url);
    if (proxy && (proxy.username || proxy.password)) {
        warnings.push(`The proxy ${proxy.host} is plain http:// with a user name and password: they travel in clear to it on every request. Use an https:// proxy URL, or a proxy without credentials.`);
    }
    return warnings;
}

// EXTERNAL MODULE: ./src/sts/sts-session.ts + 5 modules
var sts_session = __nccwpck_require__(9744);
;// CONCATENATED MODULE: ./src/inputs/custom-tags.ts
// custom-tags: a JSON object of session tags, checked against STS's tag rules and this action's own keys.
/** The tags this action sends with every AssumeRole (sts/tags.ts); custom-tags may not reuse them. */
const AUTOMATIC_TAGS = ['Repository', 'Workflow', 'Action', 'Actor', 'Commit', 'Branch'];
/** Sent too, but dropped first when STS answers PackedPolicyTooLarge. */
const DROPPABLE_TAGS = ['EventName', 'BaseRef', 'HeadRef', 'RunId', 'Job', 'TriggeringActor'];
// STS Tag: keys 1-128, values 0-256, of letters, spaces, digits and _ . : / = + - @.
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_SESSION_TAGS = 50;
const OWN_TAGS = [...AUTOMATIC_TAGS, ...DROPPABLE_TAGS];
const FIX = 'Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.';
function parseCustomTags(f) {
    const raw = f.read('custom-tags');
    if (raw === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch (error) {
        f.bad('custom-tags', raw, `not JSON (${error.message})`, FIX);
        return [];
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        f.bad('custom-tags', raw, 'not a JSON object', FIX);
        return [];
    }
    const tags = Object.entries(parsed).flatMap(([Key, Value]) => {
        const problem = tagProblem(Key, Value);
        if (problem === undefined)
            return [Object.freeze({ Key, Value: Value })];
        f.bad('custom-tags', raw, ...problem);
        return [];
    });
    const room = MAX_SESSION_TAGS - OWN_TAGS.length;
    if (tags.length > room) {
        f.bad('custom-tags', raw, `it has ${tags.length} tags; with this action's own ${OWN_TAGS.length}, STS takes at most ${room}`, 'Remove some tags.');
    }
    return tags;
}
/** What is wrong with one tag and the fix, or undefined. */
function tagProblem(key, value) {
    const shown = JSON.stringify(key);
    if (typeof value !== 'string')
        return [`the value of ${shown} is not a string`, FIX];
    if (OWN_TAGS.some((k) => k.toLowerCase() === key.toLowerCase())) {
        return [
            `the key ${shown} is one this action sets itself`,
            `Rename it; ${OWN_TAGS.join(', ')} are reserved.`,
        ];
    }
    if (key.length < 1 || key.length > 128 || !TAG_TEXT.test(key) || /^aws:/i.test(key)) {
        return [
            `the key ${shown} is not a valid tag key (1-128 letters, digits, spaces and _ . : / = + - @, not starting with aws:)`,
            FIX,
        ];
    }
    if (value.length > 256 || !TAG_TEXT.test(value)) {
        return [
            `the value of ${shown} is not a valid tag value (at most 256 letters, digits, spaces and _ . : / = + - @)`,
            FIX,
        ];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sts/tags.ts
// Session tags for AssumeRole: who and what asked for the session, from the run's facts. Pure.

/** No tags: a web identity session, or role-skip-session-tagging. */
const NO_TAGS = { tags: [], droppable: [] };
const MAX_TAG_VALUE = 256;
/** STS tag values allow letters, spaces, digits and _ . : / = + - @; anything else becomes _. */
function sanitizeTagValue(value) {
    return [...value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_')].slice(0, MAX_TAG_VALUE).join('');
}
const SOURCES = {
    Repository: 'repository',
    Workflow: 'workflow',
    Action: 'action',
    Actor: 'actor',
    Commit: 'sha',
    Branch: 'ref',
    EventName: 'eventName',
    BaseRef: 'baseRef',
    HeadRef: 'headRef',
    RunId: 'runId',
    Job: 'job',
    TriggeringActor: 'triggeringActor',
};
function sessionTags(config, facts) {
    if (config.skipSessionTagging)
        return NO_TAGS;
    const from = (keys) => keys.flatMap((Key) => {
        const value = facts[SOURCES[Key]] ?? '';
        return value === '' ? [] : [{ Key, Value: sanitizeTagValue(value) }];
    });
    const droppable = from(DROPPABLE_TAGS);
    return {
        tags: [...from(AUTOMATIC_TAGS), ...droppable, ...config.customTags],
        // Only droppable tags that transitive-tag-keys does not name: STS needs those present.
        droppable: droppable.map((t) => t.Key).filter((k) => !config.transitiveTagKeys.includes(k)),
    };
}

;// CONCATENATED MODULE: ./src/authenticate.ts
// Authentication in steps: preflight (no network) -> start (the token request and the SDK load,
// overlapped) -> existing credentials -> the role's ARN -> assume. What differs by auth mode is a
// row of inputs/source.ts and of modes.ts; the calls go through one STS session (sts/sts-session.ts).











async function authenticate(given, signal) {
    const config = await withRunnerCredentials(given, process.env, signal);
    const signer = await preflight(config, process.env);
    const started = await start(config, signer, signal);
    try {
        return await outcomeOf(started, signal);
    }
    finally {
        started.session.destroy();
    }
}
async function outcomeOf(started, signal) {
    const config = started.config;
    if (config.useExistingCredentials) {
        const identity = await existingIdentity(started, signal);
        if (identity)
            return { kind: 'existing', identity };
        (0,log/* info */.pq)('No valid credentials exist (use-existing-credentials); going on as usual.');
    }
    if (!config.role)
        return await identityOnly(started, signal);
    const resolved = await roleArnOf(started, config.role, signal);
    const tags = started.facts ? sessionTags(config, started.facts) : NO_TAGS;
    const result = await assume(started, resolved.arn, tags, signal);
    const arn = result.credentials.assumedRoleArn;
    return {
        kind: 'assumed',
        identity: { account: (0,aws_arn/* accountOfArn */.KC)(arn), arn },
        credentials: result.credentials,
        roleArn: resolved.arn,
        tags,
        chainedFrom: started.signer.refreshingSource,
        attempts: resolved.attempts + result.attempts,
        tokensFetched: result.tokensFetched,
        stsEndpoint: started.dialed.endpoint,
    };
}
/** Records the STS origin each request went to, and says it in the debug log once per origin. */
class Dialed {
    endpoint;
    onDial = (origin, proxied) => {
        if (origin !== this.endpoint)
            (0,log/* debug */.Yz)(`STS requests go to ${origin}${proxied ? ' through the proxy' : ''}.`);
        this.endpoint = origin;
    };
}
/**
 * role-to-assume with no OIDC token endpoint (no permissions: id-token: write), no keys and no
 * token file: as configure-aws-credentials does, the role is assumed with the runner's own
 * credentials when the AWS SDK's default chain finds some, said as a warning with where they came
 * from. When it finds none, OIDC mode goes on to say what the job lacks (readRequestToken).
 */
async function withRunnerCredentials(config, env, signal) {
    if (config.mode !== 'oidc' || (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN))
        return config;
    // Loaded here, as sts-session loads the client: a start that needs no STS client pays for none.
    const { runnerCredentials } = await Promise.all(/* import() */[__nccwpck_require__.e(695), __nccwpck_require__.e(335)]).then(__nccwpck_require__.bind(__nccwpck_require__, 335));
    const found = await runnerCredentials(config, env, signal);
    if (!found)
        return config;
    (0,log/* warning */.$e)(`role-to-assume is set, but this job has no GitHub OIDC token endpoint (no permissions: id-token: write), so the role is assumed with the runner's own credentials, from ${found.from}, as configure-aws-credentials does. ` +
        'To use OIDC instead, add "permissions: id-token: write" to the job; to say that the runner\'s credentials are meant, set force-skip-oidc: true.');
    return { ...config, mode: 'ambient' };
}
/** Everything that can be checked without the network, first. Returns what signs the calls. */
async function preflight(config, env) {
    if (config.mode === 'oidc')
        (0,log/* mask */.dK)((0,github_token/* readRequestToken */.jY)(env));
    for (const said of cleartextWarnings(config, env))
        (0,log/* warning */.$e)(said);
    checkPublishable({ ...config, hasRole: config.role !== undefined }, env, process.cwd());
    if (config.unsetCurrentCredentials) {
        for (const name of CREDENTIAL_VARIABLES)
            delete env[name];
    }
    (0,proxy/* applyProxyEnv */.m4)(config.proxy);
    // Last: chaining from a refreshing profile may have to mint its credentials.
    const signer = await behaviourOf(config).signing(env);
    maskCredentials(signer.credentials);
    return signer;
}
/**
 * The GitHub token request goes out first: it is network-bound, while loading the AWS SDK (the
 * largest part of start-up) is CPU-bound, so the two overlap.
 */
async function start(config, signer, signal) {
    const mode = behaviourOf(config);
    // Cancelled if start() fails, so that no request outlives the step.
    const cancel = new AbortController();
    const tokens = mode.tokens();
    const prefetched = tokens && mode.prefetch && !config.useExistingCredentials
        ? tokens(AbortSignal.any([signal, cancel.signal]))
        : undefined;
    // Handled here only so that a rejection before the first attempt awaits it is not "unhandled".
    prefetched?.catch(() => undefined);
    const tagged = config.role !== undefined && !mode.webIdentity && !config.skipSessionTagging;
    const dialed = new Dialed();
    try {
        const [session, facts] = await Promise.all([
            (0,sts_session/* openStsSession */.Z)(config, {
                credentials: signer.credentials,
                policy: (0,sts_session/* retryPolicy */.Jb)(config, 'step', mode.freshTokenEachAttempt),
                specialCharactersWorkaround: config.specialCharactersWorkaround,
                log: log/* info */.pq,
                onDial: dialed.onDial,
            }),
            tagged ? runFacts() : undefined,
        ]);
        (0,log/* debug */.Yz)(`Auth mode ${config.mode}.`);
        return { config, session, dialed, signer, facts, tokens: tokens && firstPrefetched(tokens, prefetched) };
    }
    catch (error) {
        cancel.abort();
        throw error;
    }
}
/** The token source, whose first call takes the token requested while the SDK loaded. */
function firstPrefetched(tokens, prefetched) {
    let first = prefetched;
    return (signal) => {
        const token = first ?? tokens(signal);
        first = undefined;
        return token;
    };
}
/** use-existing-credentials: whatever the SDK's default chain finds, if STS accepts it. One try. */
async function existingIdentity(s, signal) {
    const session = await (0,sts_session/* openStsSession */.Z)(s.config, {
        policy: (0,sts_session/* retryPolicy */.Jb)(s.config, 'step'),
        specialCharactersWorkaround: false,
        log: log/* info */.pq,
        onDial: s.dialed.onDial,
    });
    try {
        return await session.probeIdentity(signal);
    }
    catch (error) {
        if (signal.aborted)
            throw signal.reason;
        (0,log/* debug */.Yz)(`use-existing-credentials: ${error instanceof Error ? error.name : 'error'}`);
        return undefined;
    }
    finally {
        session.destroy();
    }
}
/** No role: access keys as they are, or the runner's own identity. Only GetCallerIdentity. */
async function identityOnly(s, signal) {
    const who = await s.session.callerIdentity(signal);
    const counts = { attempts: who.attempts, tokensFetched: 0, stsEndpoint: s.dialed.endpoint };
    const keys = s.signer.credentials;
    return keys
        ? { kind: 'keys', identity: who.credentials, credentials: keys, ...counts }
        : { kind: 'ambient', identity: who.credentials, ...counts };
}
/** The role's ARN; a bare role name is in the account of the credentials that assume it. */
async function roleArnOf(s, role, signal) {
    if (role.arn !== undefined)
        return { arn: role.arn, attempts: 0 };
    const who = await s.session.callerIdentity(signal);
    return { arn: (0,aws_arn/* arnOfRole */.Nc)({ ...role, accountId: who.credentials.account }), attempts: who.attempts };
}
/** AssumeRoleWithWebIdentity with a token (oidc, token-file), else AssumeRole signed by the source. */
function assume(s, roleArn, tags, signal) {
    return s.tokens
        ? s.session.withWebIdentity(roleArn, s.tokens, signal)
        : s.session.assume(roleArn, tags, signal);
}

;// CONCATENATED MODULE: ./src/inputs/destination.ts
// Where the credentials go: the environment, a named profile, outputs, a refreshing profile.
// A profile name is an INI section name and a file-name-safe word: no spaces, brackets, separators.
const PROFILE_NAME = /^[\w.+@:-]{1,64}$/;
function parseDestination(f) {
    const profile = parseProfile(f);
    const refreshCredentials = f.bool('refresh-credentials');
    return {
        profile,
        maskAccountId: f.bool('mask-aws-account-id'),
        outputCredentials: f.bool('output-credentials'),
        // Static keys in the environment win over a profile, so profile mode does not export them
        // unless asked; a refreshing profile never has them beside it.
        outputEnvCredentials: f.bool('output-env-credentials', profile === undefined && !refreshCredentials),
        unsetCurrentCredentials: f.bool('unset-current-credentials'),
        useExistingCredentials: f.bool('use-existing-credentials'),
        refreshCredentials,
        printTrustPolicy: f.bool('print-trust-policy'),
        trustPolicySub: parseTrustPolicySub(f),
        githubToken: f.given('github-token'),
    };
}
const SUB_FORMS = ['token', 'both'];
function parseTrustPolicySub(f) {
    const value = f.read('trust-policy-sub');
    const form = SUB_FORMS.find((v) => v === value);
    if (form)
        return form;
    f.bad('trust-policy-sub', value, "it is 'token' (the sub this job's token has) or 'both' (the name form and the immutable form)", 'Use trust-policy-sub: both before a rename, transfer or opt-in to immutable claims; token otherwise.');
    return 'token';
}
function parseProfile(f) {
    const name = f.read('aws-profile');
    if (name === '')
        return undefined;
    if (!PROFILE_NAME.test(name)) {
        f.bad('aws-profile', name, 'a profile name is 1 to 64 letters, digits and _ . + @ : - (no spaces, brackets or slashes)', 'Use e.g. aws-profile: deploy.');
    }
    return { name, overwrite: f.bool('overwrite-aws-profile') };
}

// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __nccwpck_require__(7026);
;// CONCATENATED MODULE: ./src/inputs/fields.ts
// Reading one input: its raw value (default applied), and the typed readers every parser shares.
// Each problem is recorded with the input it is about, so that the report can list them in
// action.yml's order and the cross-field rules can skip fields that failed to parse.


/** Shows a value in an error so that stray whitespace or newlines are visible. */
function show(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
const WHOLE_NUMBER = /^\d+$/;
class Fields {
    problems = [];
    failedInputs = new Set();
    warnings = [];
    reader;
    constructor(reader) {
        this.reader = reader;
    }
    /** The value as given, or the table's default when empty. */
    read(name) {
        return this.reader(name) || (0,spec/* defaultOf */.HA)(name);
    }
    /** The value as given, with no default: whether the user set it. */
    given(name) {
        return this.reader(name);
    }
    /** Whether the value came from an environment variable rather than from with:. */
    fromEnvironment(name) {
        return this.reader.fromEnvironment?.(name) ?? false;
    }
    /** A bad value: names the input, shows the value, says what is wrong and gives the fix. */
    bad(name, value, what, fix) {
        this.say(name, `Input '${name}' is ${show(value)}: ${what}. ${fix}`);
    }
    /** A problem worded in full: for secret inputs (never shown) and for combinations of inputs. */
    say(name, text) {
        this.failedInputs.add(name);
        // A rule may read an input a parser read already: the same problem is said once.
        if (!this.problems.some((p) => p.text === text))
            this.problems.push({ input: name, text });
    }
    /** Whether every one of these inputs parsed: rules about a failed input say nothing more. */
    ok(...names) {
        return names.every((n) => !this.failedInputs.has(n));
    }
    /** Every problem at once, in action.yml's order of the inputs they are about. */
    throwIfAny() {
        if (this.problems.length === 0)
            return;
        const sorted = [...this.problems].sort((a, b) => (0,spec/* orderOf */.mJ)(a.input) - (0,spec/* orderOf */.mJ)(b.input));
        throw new errors/* InputError */.dz(sorted.map((p) => p.text));
    }
    bool(name, fallback = false) {
        const raw = this.read(name);
        if (raw === '')
            return fallback;
        // YAML 1.2 core schema, as the runner's own getBooleanInput.
        if (['true', 'True', 'TRUE'].includes(raw))
            return true;
        if (['false', 'False', 'FALSE'].includes(raw))
            return false;
        this.bad(name, raw, 'not a boolean', 'Use true or false (YAML 1.2: true, True, TRUE, false, False, FALSE).');
        return fallback;
    }
    /** A whole number in [min, max]; the default's value when it is not one. */
    wholeNumber(name, min, max, fix) {
        const raw = this.read(name);
        const n = WHOLE_NUMBER.test(raw) ? Number(raw) : Number.NaN;
        if (Number.isSafeInteger(n) && n >= min && n <= max)
            return n;
        const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
        this.bad(name, raw, `it must be a whole number ${range}`, fix);
        return Number((0,spec/* defaultOf */.HA)(name));
    }
    /** An http(s) URL, or undefined when empty or bad. */
    url(name, fix) {
        const raw = this.read(name);
        if (raw === '')
            return undefined;
        const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
        if (parsed?.protocol === 'https:' || parsed?.protocol === 'http:')
            return raw;
        // A URL that does not parse may still carry a password; show only its start.
        const shown = raw.includes('@') ? `${raw.slice(0, raw.indexOf('//') + 2)}...` : raw;
        this.bad(name, shown, 'not an http(s) URL', fix);
        return undefined;
    }
    /** A list input: one item a line, or comma-separated. */
    list(name) {
        return this.read(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    }
}

;// CONCATENATED MODULE: ./src/inputs/limits.ts
// Bounds, guards and the network path: retries, timeouts, allowed accounts, endpoint and proxy.

const ACCOUNT_ID = /^\d{12}$/;
// Five days, the longest a self-hosted job may run; also keeps setTimeout in range.
const MAX_ACTION_TIMEOUT_S = 432000;
function parseLimits(f) {
    const retryMaxAttempts = f.wholeNumber('retry-max-attempts', 1, Number.MAX_SAFE_INTEGER, `Use 1 for a single attempt, or leave it empty for the default of ${(0,spec/* defaultOf */.HA)('retry-max-attempts')}.`);
    const actionTimeoutS = f.wholeNumber('action-timeout-s', 0, MAX_ACTION_TIMEOUT_S, 'Use seconds, e.g. 60, or 0 for no limit.');
    const httpTimeoutS = f.wholeNumber('http-timeout-s', 1, 300, `Use seconds, e.g. ${(0,spec/* defaultOf */.HA)('http-timeout-s')}.`);
    return {
        maxAttempts: f.bool('disable-retry') ? 1 : retryMaxAttempts,
        throttlesCount: f.bool('disable-retry') || f.given('retry-max-attempts') !== '',
        specialCharactersWorkaround: f.bool('special-characters-workaround'),
        allowedAccountIds: parseAllowedAccounts(f),
        actionTimeoutMs: actionTimeoutS > 0 ? actionTimeoutS * 1000 : undefined,
        httpTimeoutMs: httpTimeoutS * 1000,
        stsEndpoint: parseStsEndpoint(f),
        proxy: {
            url: parseProxy(f),
            noProxy: f.read('no-proxy'),
            fromEnvironment: f.fromEnvironment('http-proxy'),
        },
    };
}
function parseAllowedAccounts(f) {
    const ids = f.list('allowed-account-ids');
    for (const id of ids.filter((i) => !ACCOUNT_ID.test(i))) {
        f.bad('allowed-account-ids', id, 'not a 12-digit AWS account ID', 'Use account IDs separated by commas, e.g. 123456789012,210987654321.');
    }
    return ids;
}
function parseProxy(f) {
    const url = f.url('http-proxy', 'Use a URL such as http://proxy.example.com:3128 (the input, or HTTPS_PROXY / HTTP_PROXY).');
    if (url === undefined)
        return undefined;
    const u = new URL(url);
    try {
        decodeURIComponent(u.username);
        decodeURIComponent(u.password);
    }
    catch {
        // Never echoed: the part that fails to decode is the password, most likely.
        f.say('http-proxy', `Input 'http-proxy' has a user name or password with an invalid %-escape (a % not followed by two hex digits). ` +
            'Percent-encode them: a literal % as %25, @ as %40, : as %3A.');
    }
    return url;
}
function parseStsEndpoint(f) {
    const url = f.url('sts-endpoint', 'Use a URL such as https://sts.us-east-1.amazonaws.com, or leave it empty for the regional endpoint.');
    if (url === undefined)
        return undefined;
    const u = new URL(url);
    if (u.username || u.password) {
        f.say('sts-endpoint', `Input 'sts-endpoint' contains a user name or password. Remove the user:password@ part; STS needs none.`);
    }
    return url;
}

;// CONCATENATED MODULE: ./src/aws/partitions.ts
// Generated by scripts/partitions.ts from @aws-sdk/core 3.981.1: do not edit. npm run partitions.
const PARTITIONS = [
    {
        id: 'aws',
        regionRegex: '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$',
        regions: [
            'af-south-1',
            'ap-east-1',
            'ap-east-2',
            'ap-northeast-1',
            'ap-northeast-2',
            'ap-northeast-3',
            'ap-south-1',
            'ap-south-2',
            'ap-southeast-1',
            'ap-southeast-2',
            'ap-southeast-3',
            'ap-southeast-4',
            'ap-southeast-5',
            'ap-southeast-6',
            'ap-southeast-7',
            'ca-central-1',
            'ca-west-1',
            'eu-central-1',
            'eu-central-2',
            'eu-north-1',
            'eu-south-1',
            'eu-south-2',
            'eu-west-1',
            'eu-west-2',
            'eu-west-3',
            'il-central-1',
            'me-central-1',
            'me-south-1',
            'me-west-1',
            'mx-central-1',
            'sa-east-1',
            'sa-west-1',
            'us-east-1',
            'us-east-2',
            'us-west-1',
            'us-west-2',
        ],
    },
    {
        id: 'aws-cn',
        regionRegex: '^cn\\-\\w+\\-\\d+$',
        regions: ['cn-north-1', 'cn-northwest-1'],
    },
    {
        id: 'aws-eusc',
        regionRegex: '^eusc\\-(de)\\-\\w+\\-\\d+$',
        regions: ['eusc-de-east-1'],
    },
    {
        id: 'aws-iso',
        regionRegex: '^us\\-iso\\-\\w+\\-\\d+$',
        regions: ['us-iso-east-1', 'us-iso-west-1'],
    },
    {
        id: 'aws-iso-b',
        regionRegex: '^us\\-isob\\-\\w+\\-\\d+$',
        regions: ['us-isob-east-1', 'us-isob-west-1'],
    },
    {
        id: 'aws-iso-e',
        regionRegex: '^eu\\-isoe\\-\\w+\\-\\d+$',
        regions: ['eu-isoe-west-1'],
    },
    {
        id: 'aws-iso-f',
        regionRegex: '^us\\-isof\\-\\w+\\-\\d+$',
        regions: ['us-isof-east-1', 'us-isof-south-1'],
    },
    {
        id: 'aws-us-gov',
        regionRegex: '^us\\-gov\\-\\w+\\-\\d+$',
        regions: ['us-gov-east-1', 'us-gov-west-1'],
    },
];

;// CONCATENATED MODULE: ./src/aws/partition.ts
// Which AWS partition a region or an ARN is in, decided from the SDK's own partition data
// (partitions.ts, generated). The SDK's partition() looks a region up in each partition's list,
// then tries the patterns in order; for every region the SDK lists, the first matching pattern is
// its own partition's (partitions.test checks it against the SDK at each regeneration), so the
// patterns alone decide here. Unlike the SDK, an unknown region is not quietly taken for "aws": it
// is a typo to report before any request.

/** Compiled once, on first use. */
let patterns;
/** The partition id (aws, aws-cn, aws-eusc, ...) of a region; undefined when none claims it. */
function partitionOf(region) {
    patterns ??= PARTITIONS.map((p) => ({ id: p.id, regex: new RegExp(p.regionRegex) }));
    return patterns.find((p) => p.regex.test(region))?.id;
}
/** Whether an ARN's partition field names a partition AWS has. */
function isPartition(id) {
    return PARTITIONS.some((p) => p.id === id);
}
/** For messages: "aws, aws-cn, ..." */
const PARTITION_IDS = PARTITIONS.map((p) => p.id).join(', ');

;// CONCATENATED MODULE: ./src/inputs/rules.ts
// Rules across inputs, each a small named function over the parsed draft. A rule says nothing
// about an input that already failed to parse (f.ok), so each mistake is reported once.



const isWebIdentity = (d) => modeOf(d.mode).webIdentity;
const RULES = {
    roleIsInTheRegionsPartition(d, f) {
        if (!d.role?.arn || !f.ok('aws-region') || partitionOf(d.region) === d.role.partition)
            return;
        f.bad('role-to-assume', d.role.arn, `the role is in partition ${d.role.partition} but aws-region ${d.region} is in ${partitionOf(d.region)}`, 'Use a region of the role\u2019s partition, or the role ARN of that partition.');
    },
    oneSourceOfCredentials(d, f) {
        const [first] = d.sources;
        if (first === undefined || d.sources.length < 2)
            return;
        f.say(first, `Inputs ${d.sources.join(' and ')} are both set, but each is a different source of credentials. ` +
            'Keep the one this step should use.');
    },
    tokenFileAndChainingNeedARole(d, f) {
        if (f.read('role-to-assume') !== '')
            return;
        for (const source of d.sources.filter((s) => s === 'web-identity-token-file' || s === 'role-chaining')) {
            f.say(source, `Input '${source}' needs role-to-assume: it is a way to assume a role. Set role-to-assume to the role's ARN.`);
        }
    },
    chainingKeepsTheCurrentCredentials(d, f) {
        if (!d.sources.includes('role-chaining') || !d.unsetCurrentCredentials)
            return;
        f.say('role-chaining', `Inputs role-chaining and unset-current-credentials are both true, but role chaining assumes the role with ` +
            'the current credentials. Remove unset-current-credentials.');
    },
    webIdentityNeedsARoleArn(d, f) {
        if (!d.role || d.role.arn !== undefined || !isWebIdentity(d))
            return;
        f.bad('role-to-assume', d.role.roleName, 'a role name alone works only with source credentials (access keys, role-chaining, force-skip-oidc)', 'Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name>.');
    },
    chainedSessionsLastAnHour(d, f) {
        if (!d.sources.includes('role-chaining') ||
            !f.ok('role-duration-seconds') ||
            d.roleDurationSeconds <= 3600)
            return;
        f.bad('role-duration-seconds', String(d.roleDurationSeconds), 'role chaining caps a session at 3600 seconds (one hour)', 'Use 3600 or less with role-chaining.');
    },
    transitiveKeysAreSent(d, f) {
        const sent = new Set([...AUTOMATIC_TAGS, ...DROPPABLE_TAGS, ...d.customTags.map((t) => t.Key)]);
        for (const key of d.transitiveTagKeys.filter((k) => !sent.has(k))) {
            f.bad('transitive-tag-keys', key, 'it is not the key of a session tag this action sends', `Use keys among ${AUTOMATIC_TAGS.join(', ')} or those of custom-tags.`);
        }
    },
    skippedTaggingHasNoTags(d, f) {
        if (!d.skipSessionTagging || (d.customTags.length === 0 && d.transitiveTagKeys.length === 0))
            return;
        f.say('role-skip-session-tagging', `Input 'role-skip-session-tagging' is true, so no session tags are sent, but ` +
            `${d.customTags.length > 0 ? 'custom-tags' : 'transitive-tag-keys'} is set. Remove one of them.`);
    },
    // AssumeRoleWithWebIdentity takes no tags and no external ID: the token's claims play that part.
    webIdentityIgnoresTags(d, f) {
        if (!isWebIdentity(d))
            return;
        const ignored = [
            d.customTags.length > 0 && 'custom-tags',
            d.transitiveTagKeys.length > 0 && 'transitive-tag-keys',
            d.roleExternalId !== undefined && 'role-external-id',
        ].filter(Boolean);
        if (ignored.length === 0)
            return;
        f.warnings.push(`${ignored.join(', ')} ${ignored.length === 1 ? 'has' : 'have'} no effect with a web identity token ` +
            '(AssumeRoleWithWebIdentity takes neither session tags nor an external ID); it was ignored.');
    },
    profileNeedsCredentials(d, f) {
        if (!d.profile || !f.ok('aws-profile') || f.read('role-to-assume') !== '' || d.mode === 'access-keys')
            return;
        f.say('aws-profile', `Input 'aws-profile' needs credentials to write, but neither role-to-assume nor aws-access-key-id is set. ` +
            'Set one of them, or remove aws-profile.');
    },
    refreshIsForOidcAndChains(d, f) {
        if (!d.refreshCredentials || d.mode === 'oidc' || d.mode === 'role-chaining')
            return;
        f.say('refresh-credentials', `Input 'refresh-credentials' is true, but it refreshes through GitHub OIDC (or chains from a refreshing profile) and the inputs choose ${d.mode}. ` +
            'Use role-to-assume alone (with permissions: id-token: write) or with role-chaining, or remove refresh-credentials.');
    },
    refreshedChainHasItsOwnName(d, f) {
        if (!d.refreshCredentials || d.mode !== 'role-chaining' || d.profile)
            return;
        f.say('refresh-credentials', `Inputs refresh-credentials and role-chaining are both true, so this step writes a second refreshing profile beside the one it chains from. ` +
            'Name it with aws-profile (e.g. aws-profile: deploy-chained).');
    },
    refreshExportsNoKeys(d, f) {
        if (!d.refreshCredentials || !d.outputEnvCredentials)
            return;
        f.say('refresh-credentials', `Inputs refresh-credentials and output-env-credentials are both true, but exported keys would shadow the ` +
            'refreshing profile and expire with the session. Remove output-env-credentials.');
    },
    workaroundNeedsRetries(d, f) {
        if (!d.specialCharactersWorkaround || !f.bool('disable-retry'))
            return;
        f.say('special-characters-workaround', `Inputs special-characters-workaround and disable-retry are both true, but the workaround works by ` +
            're-assuming the role. Remove disable-retry.');
    },
    printTrustPolicyIsForOidc(d, f) {
        const others = [...d.sources, ...(f.bool('force-skip-oidc') ? ['force-skip-oidc'] : [])];
        if (!d.printTrustPolicy || others.length === 0)
            return;
        f.say('print-trust-policy', `Input 'print-trust-policy' is true, so the step prints a trust policy for this job's GitHub OIDC token, but ${others.join(' and ')} ${others.length > 1 ? 'choose' : 'chooses'} another source of credentials. ` +
            'Remove one of them: print the policy in a step of its own.');
    },
    roleIsInAnAllowedAccount(d, f) {
        const account = d.role?.accountId;
        const allowed = d.allowedAccountIds;
        if (!account || !f.ok('allowed-account-ids') || allowed.length === 0 || allowed.includes(account))
            return;
        f.bad('role-to-assume', d.role?.arn ?? account, `its account ${account} is not in allowed-account-ids (${allowed.join(', ')})`, 'Use a role in an allowed account, or add the account to allowed-account-ids.');
    },
};

;// CONCATENATED MODULE: ./src/inputs/policies.ts
// Session policies: inline-session-policy (a JSON policy document) and managed-session-policies (ARNs).


const MAX_MANAGED_POLICIES = 10;
function isPolicyArn(arn) {
    const partition = (0,aws_arn/* policyArnPartition */.yu)(arn);
    return partition !== undefined && isPartition(partition);
}
const MAX_INLINE_POLICY = 2048;
/** The policy minified, as STS counts its size; undefined when empty or bad. */
function parseInlinePolicy(f) {
    const raw = f.read('inline-session-policy');
    if (raw === '')
        return undefined;
    const fix = 'Use an IAM policy document, e.g. {"Version":"2012-10-17","Statement":[...]}.';
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch (error) {
        f.bad('inline-session-policy', raw, `not JSON (${error.message})`, fix);
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('Statement' in parsed)) {
        f.bad('inline-session-policy', raw, 'not a policy document (a JSON object with a Statement)', fix);
        return undefined;
    }
    const minified = JSON.stringify(parsed);
    if (minified.length > MAX_INLINE_POLICY) {
        f.bad('inline-session-policy', raw, `it is ${minified.length} characters without whitespace; STS takes at most ${MAX_INLINE_POLICY}`, 'Shorten it, or use managed-session-policies.');
        return undefined;
    }
    return minified;
}
function parseManagedPolicies(f) {
    const arns = f.list('managed-session-policies');
    for (const arn of arns.filter((a) => !isPolicyArn(a))) {
        f.bad('managed-session-policies', arn, 'not an IAM policy ARN', 'Use one ARN a line, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess.');
    }
    if (arns.length > MAX_MANAGED_POLICIES) {
        f.say('managed-session-policies', `Input 'managed-session-policies' lists ${arns.length} policies; STS takes at most ${MAX_MANAGED_POLICIES}. Merge some of them.`);
    }
    return arns;
}

;// CONCATENATED MODULE: ./src/inputs/session.ts
// The role session: audience, name, duration, external ID, tags and session policies.



const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
function parseSession(f) {
    return {
        audience: parseAudience(f),
        roleSessionName: parseSessionName(f),
        roleDurationSeconds: f.wholeNumber('role-duration-seconds', 900, 43200, 'Use seconds, e.g. 3600 for one hour (the role\u2019s own maximum session duration also applies).'),
        roleExternalId: parseExternalId(f),
        skipSessionTagging: f.bool('role-skip-session-tagging'),
        customTags: parseCustomTags(f),
        transitiveTagKeys: f.list('transitive-tag-keys'),
        inlineSessionPolicy: parseInlinePolicy(f),
        managedSessionPolicies: parseManagedPolicies(f),
    };
}
function parseAudience(f) {
    const audience = f.read('audience');
    if (/\s/.test(audience)) {
        f.bad('audience', audience, 'it contains whitespace', `Use the audience the IAM OIDC provider lists, normally ${(0,spec/* defaultOf */.HA)('audience')}.`);
    }
    return audience;
}
function parseSessionName(f) {
    const name = f.read('role-session-name');
    if (SESSION_NAME.test(name))
        return name;
    const bad = [...new Set(name.replace(/[\w+=,.@-]/g, ''))].map((c) => JSON.stringify(c)).join(' ');
    f.bad('role-session-name', name, bad
        ? `it contains ${bad}, and STS allows only letters, digits and + = , . @ _ -`
        : `it is ${name.length} character${name.length === 1 ? '' : 's'} long, and STS needs 2 to 64`, `Use e.g. ${(0,spec/* defaultOf */.HA)('role-session-name')}, or replace the other characters with - or _.`);
    return name;
}
function parseExternalId(f) {
    const id = f.read('role-external-id');
    if (id === '')
        return undefined;
    if (!EXTERNAL_ID.test(id)) {
        f.bad('role-external-id', id, 'STS takes 2 to 1224 letters, digits and + = , . @ : / - _', 'Use the external ID the role owner gave you, exactly.');
    }
    return id;
}

;// CONCATENATED MODULE: ./src/inputs/target.ts
// Where and who: aws-region and role-to-assume.


function parseTarget(f) {
    const region = f.read('aws-region');
    if (region === '') {
        f.say('aws-region', `Input 'aws-region' is required. Set it to the AWS region to use, e.g. aws-region: us-east-1.`);
    }
    else if (partitionOf(region) === undefined) {
        f.bad('aws-region', region, `not a region of any AWS partition this action knows (${PARTITION_IDS})`, 'Use a region code such as us-east-1, eu-west-2 or cn-north-1. A region of a partition newer than this release needs a newer release of the action.');
    }
    return { region, role: parseRole(f, partitionOf(region) ?? 'aws') };
}
function parseRole(f, regionsPartition) {
    const input = f.read('role-to-assume');
    if (input === '')
        return undefined;
    const parts = (0,aws_arn/* parseRoleArn */.DM)(input);
    if (parts && isPartition(parts.partition))
        return { ...parts, arn: input };
    if ((0,aws_arn/* isRoleName */.yn)(input)) {
        return { partition: regionsPartition, accountId: undefined, path: '/', roleName: input, arn: undefined };
    }
    f.bad('role-to-assume', input, parts
        ? `not an IAM role ARN: ${parts.partition} is not an AWS partition (${PARTITION_IDS})`
        : 'not an IAM role ARN', 'Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name>, with the partition of your account in place of aws (e.g. aws-cn, aws-us-gov).');
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/parse.ts
// Every input is read, parsed and validated here, once, before anything touches the network.
// Pure: it takes a reader, so tests feed it tables without a runner. One parser per group of
// inputs, then the cross-field rules, then one InputError listing every problem.







/**
 * @param read the inputs, with their environment fallbacks (withEnvFallbacks), without defaults.
 * @param workspace GITHUB_WORKSPACE, against which a relative web-identity-token-file is resolved.
 */
function parseInputs(read, workspace = '') {
    const f = new Fields(read);
    const draft = {
        ...parseTarget(f),
        ...parseSource(f, workspace),
        ...parseSession(f),
        ...parseDestination(f),
        ...parseLimits(f),
    };
    // Read by withEnvFallbacks before any other input; checked here, so that a typo is reported.
    // Stryker disable next-line BooleanLiteral: the value is not used, only checked; no default can show.
    f.bool('translate-env-variables', true);
    for (const rule of Object.values(RULES))
        rule(draft, f);
    f.throwIfAny();
    const { mode, role, accessKeys, webIdentityTokenFile, sources: _, ...settings } = draft;
    return deepFreeze({
        ...settings,
        ...credentialSource(draft),
        warnings: f.warnings,
    });
}
/** The union member of the draft's mode; the rules have made sure each has what it needs. */
function credentialSource(d) {
    switch (d.mode) {
        case 'oidc':
            return { mode: d.mode, role: withArn(d.role) };
        case 'token-file':
            return { mode: d.mode, role: withArn(d.role), webIdentityTokenFile: present(d.webIdentityTokenFile) };
        case 'access-keys':
            return { mode: d.mode, role: d.role, accessKeys: present(d.accessKeys) };
        // Stryker disable next-line ConditionalExpression: falling through to ambient differs only by present(), which a rule makes sure of.
        case 'role-chaining':
            return { mode: d.mode, role: present(d.role) };
        case 'ambient':
            return { mode: d.mode, role: d.role };
    }
}
// The two guards below hold by the rules (rules.ts), which every mode's test shows; no input reaches
// them, so their mutants cannot be killed and are not counted.
function present(value) {
    // Stryker disable next-line all: unreachable while the rules hold.
    if (value === undefined)
        throw new Error('Internal error: an input the rules require is missing');
    return value;
}
function withArn(role) {
    const r = present(role);
    // Stryker disable next-line all: unreachable while the rules hold.
    if (r.arn === undefined)
        throw new Error('Internal error: a web identity mode without a role ARN');
    return r;
}
function deepFreeze(value) {
    // Object.isFrozen is true of every primitive, undefined and null included: objects go on.
    if (Object.isFrozen(value))
        return value;
    for (const v of Object.values(value))
        deepFreeze(v);
    return Object.freeze(value);
}

// EXTERNAL MODULE: ./src/github/claims.ts
var github_claims = __nccwpck_require__(1598);
// EXTERNAL MODULE: ./src/network/http.ts
var http = __nccwpck_require__(5284);
;// CONCATENATED MODULE: ./src/github/sub-template.ts
// The repository's OIDC sub customization, for print-trust-policy: whether a custom sub template is
// in force and which claim keys it uses (GET /repos/OWNER/REPO/actions/oidc/customization/sub,
// through @actions/github with the github-token input). Its request goes through boundedGet, so it
// has the same deadline, body cap and proxy rule as every other request. A refusal is a note in the
// output, never a failure: the policy is printed from the token either way.

/** fetch for Octokit, made of boundedGet: the lookup is a GET, bounded like every other request. */
function boundedFetch(timeoutMs, signal) {
    return async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const headers = Object.fromEntries(new Headers(init?.headers).entries());
        const r = await (0,http/* boundedGet */._1)(url, { endpoint: 'the GitHub API', headers, timeoutMs, signal });
        const answer = new Headers();
        for (const [name, value] of Object.entries(r.headers))
            if (typeof value === 'string')
                answer.set(name, value);
        return new Response(r.body, { status: r.status, headers: answer });
    };
}
/** A short account of an answer that is not the documented object, for the note. */
function sub_template_described(data) {
    if (typeof data === 'string')
        return data.trimStart().startsWith('<') ? 'an HTML page' : 'text, not JSON';
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return `JSON ${Array.isArray(data) ? 'array' : String(data)}`;
    return 'JSON without a true or false use_default';
}
/**
 * The answer read for what it is: the documented object (use_default, and include_claim_keys, a
 * list of claim names, when it is false), or why it is not. sub_claim_prefix is not in GitHub's
 * published schema (seen in answers since immutable claims, 2026): read when it is a string.
 */
function templateOf(status, data) {
    if (status !== 200) {
        const redirect = status >= 300 && status < 400 ? ' (a redirect, which this lookup does not follow)' : '';
        return { kind: 'unread', why: `GitHub answered HTTP ${status}${redirect}` };
    }
    const found = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {});
    if (typeof found.use_default !== 'boolean')
        return { kind: 'unread', why: `GitHub's answer is not the documented JSON object: ${sub_template_described(data)}` };
    const prefix = typeof found.sub_claim_prefix === 'string' ? found.sub_claim_prefix : undefined;
    if (found.use_default)
        return { kind: 'default', prefix };
    const keys = found.include_claim_keys;
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string'))
        return {
            kind: 'unread',
            why: "GitHub's answer has use_default: false but no list of include_claim_keys",
        };
    return { kind: 'custom', keys, prefix };
}
/** The repository's sub template, or why it could not be read. */
async function subTemplate(lookup, signal) {
    const [owner = '', repo = ''] = lookup.repository.split('/');
    if (lookup.token === '')
        return { kind: 'unread', why: 'github-token is empty' };
    try {
        const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 4794));
        const octokit = getOctokit(lookup.token, {
            ...(lookup.apiUrl ? { baseUrl: lookup.apiUrl } : {}),
            request: { fetch: boundedFetch(lookup.timeoutMs, signal), retries: 0 },
        });
        const { status, data } = await octokit.rest.actions.getCustomOidcSubClaimForRepo({ owner, repo });
        return templateOf(status, data);
    }
    catch (error) {
        if (signal.aborted)
            throw signal.reason;
        // Octokit answers a request that never got a response (a timeout, a refused connection) as
        // status 500 with the cause's message: that message is the reason then.
        const { status, response } = error;
        const message = error instanceof Error ? error.message : String(error);
        const why = typeof status === 'number' && response !== undefined ? `GitHub answered HTTP ${status}` : message;
        return { kind: 'unread', why };
    }
}

// EXTERNAL MODULE: ./src/runner/escape.ts
var runner_escape = __nccwpck_require__(4099);
// EXTERNAL MODULE: ./src/sts/classify.ts
var classify = __nccwpck_require__(5288);
;// CONCATENATED MODULE: ./src/report/sub-forms.ts
// The two default forms of a GitHub OIDC token's `sub`, built from the token's own claims: the name
// form repo:OWNER/REPO:CONTEXT, and the immutable form repo:OWNER@OWNER_ID/REPO@REPO_ID:CONTEXT that
// github.com gives repositories created, renamed or transferred on or after 2026-07-15, or opted in.
// A sub in neither form comes from a custom sub template. Pure.
/** The two default prefixes of sub for OWNER/REPO; the immutable one only with both IDs. */
function subPrefixes(repository, ownerId, repoId) {
    const [owner, repo] = repository.split('/');
    const immutable = ownerId && repoId ? `repo:${owner}@${ownerId}/${repo}@${repoId}` : undefined;
    return { name: `repo:${repository}`, immutable };
}
/** Both forms of this token's sub, or undefined when its sub is in neither (or a claim is missing). */
function subForms(claims) {
    const { repository, repository_id: repoId, repository_owner_id: ownerId } = claims;
    const parts = subParts(claims.sub);
    if (!parts || !repository || !/^[^/]+\/[^/]+$/.test(repository) || !repoId || !ownerId)
        return undefined;
    const both = subPrefixes(repository, ownerId, repoId);
    const current = parts.repository === repository
        ? 'name'
        : `repo:${parts.repository}` === both.immutable
            ? 'immutable'
            : undefined;
    if (current === undefined)
        return undefined;
    return {
        current,
        name: `${both.name}:${parts.context}`,
        immutable: `${both.immutable}:${parts.context}`,
    };
}
/** A sub of a default form: repo:REPOSITORY:CONTEXT, with the default template's contexts. */
const DEFAULT_SUB = /^repo:([^:]+):(ref:refs\/.+|environment:.+|pull_request)$/;
/**
 * The repository part (OWNER/REPO, or OWNER@ID/REPO@ID) and the context (ref:refs/...,
 * environment:NAME or pull_request) of a sub of a default form; undefined for a custom template's
 * sub, whose parts are other claims.
 */
function subParts(sub) {
    const m = DEFAULT_SUB.exec(sub ?? '');
    return m ? { repository: m[1], context: m[2] } : undefined;
}
/** The context of a sub of a default form, or undefined. */
const subContext = (sub) => subParts(sub)?.context;
/** What the repository's sub customization says (github/sub-template.ts), as notes for the policy. */
function templateNotes(template, repository) {
    switch (template.kind) {
        case 'default':
            return [
                `GitHub's default sub template is in force for ${repository} (use_default: true)${template.prefix ? `; its sub prefix is ${template.prefix}` : ''}.`,
            ];
        case 'custom':
            return [
                `A custom sub template is in force for ${repository}: sub is built from the claim keys ${template.keys.join(', ') || '(none listed)'}; the policy admits the sub this template gave the token.`,
            ];
        case 'unread':
            return [
                `The repository's sub customization was not read (${template.why}), so whether a custom sub template is in force is not known.`,
                `To read it, add actions: read to the job's permissions (GitHub's REST API reference, version 2026-03-10, asks for the Actions repository permission, read), or give github-token a token that has it. Or run: gh api repos/${repository}/actions/oidc/customization/sub`,
            ];
    }
}

;// CONCATENATED MODULE: ./src/report/diagnostics.ts
// Why a trust policy said no: the token's claims that trust policies match on, a Condition that
// would admit this job (built from the claims the token really has, preferring the
// immutable IDs STS accepts as condition keys since February 2026), and what to check for the error
// and the kind of call. Pure; the claims are not secret, and the token itself never comes here.





/** The audience a token without an aud claim was asked for: the audience input's default. */
const DEFAULT_AUDIENCE = (0,spec/* defaultOf */.HA)('audience');
/** The codes after which a person needs to see the claims (or, for a signed call, the principals). */
function isTrustFailure(code) {
    return ['AccessDenied', 'InvalidIdentityToken', 'IDPRejectedClaim'].includes((0,classify/* canonicalCode */.o9)(code));
}
const UNSAFE = 'The trust policy has a :sub or a :repository_id condition (without one, any repository on GitHub can assume the role), ' +
    'and no ForAllValues: operator in an Allow (it matches when the claim is absent).';
const CHECKS = {
    AccessDenied: [
        "The role's trust policy Principal is the IAM OIDC provider of the token's issuer (iss above).",
        'Its conditions match the claims above: :sub exactly (StringEquals) or by pattern (StringLike with *), :aud, and :repository_id, :job_workflow_ref or :environment where it has them.',
        'The sub form: repositories created, renamed or transferred on github.com after 2026-07-15 (or opted in) have repo:OWNER@ID/REPO@ID:..., others repo:OWNER/REPO:... (GitHub Enterprise Server always); a custom sub template replaces the format. A condition for another form does not match.',
        UNSAFE,
        'The role ARN, account and partition are the ones you meant (a typo reads as AccessDenied).',
    ],
    InvalidIdentityToken: [
        'An IAM OIDC provider exists in the account for exactly the iss above (https://...).',
        'Its audience list (client IDs) contains the aud above; otherwise set the audience input to one it lists.',
        'For GitHub Enterprise Server, the provider URL is https://HOSTNAME/_services/token.',
    ],
    IDPRejectedClaim: [
        'The trust policy conditions on the claims above (sub, aud, repository_id, job_workflow_ref, environment) match this run.',
        'A job with environment: gets sub repo:...:environment:NAME, not the branch form.',
        UNSAFE,
    ],
    MissingIdTokenPermission: [
        'The job (or workflow) has permissions: id-token: write; a reusable workflow needs it from its caller too.',
        'A pull request from a fork gets no id-token: write (GitHub lowers it for forks); a Dependabot run starts read-only and needs id-token: write granted explicitly.',
        'Do not switch to pull_request_target for a token: it runs with this repository\u2019s permissions, and a step that checks out the pull request\u2019s code then hands the role to its author.',
    ],
    // AssumeRole, signed by access keys, role-chaining or the runner's own credentials.
    SignedAccessDenied: [
        "The identity that signed (named in STS's message above) may call sts:AssumeRole on this role: its own IAM policy allows it.",
        "The role's trust policy names that identity (or its account) as Principal, with sts:AssumeRole.",
        'This action sends session tags with AssumeRole: the trust policy also allows sts:TagSession for that Principal, or set role-skip-session-tagging: true.',
        'With role-chaining, the source session lasts at most an hour and cannot be extended by chaining.',
    ],
};
/** The condition-key prefix: the issuer's host and path, as IAM names it. */
function issuerKey(iss) {
    return (iss ?? github_claims/* GITHUB_ISSUER */.oX).replace(/^https:\/\//, '').replace(/\/$/, '');
}
/** A reusable workflow's job: the workflow file that runs the job is not the one the run started from. */
function inReusableWorkflow(claims) {
    return Boolean(claims.job_workflow_ref && claims.workflow_ref && claims.job_workflow_ref !== claims.workflow_ref);
}
/** A Condition that admits this job (and every job with the same claims), from its token. */
function suggestedCondition(claims) {
    return JSON.stringify({ Condition: trustCondition(claims) }, null, 2);
}
/** The Condition block itself: StringEquals on the claims that pin this workflow. */
function trustCondition(claims) {
    const key = issuerKey(claims.iss);
    const equals = {
        [`${key}:aud`]: claims.aud ?? DEFAULT_AUDIENCE,
        [`${key}:sub`]: claims.sub ?? 'repo:ORG/REPO:ref:refs/heads/BRANCH',
    };
    if (claims.repository_id)
        equals[`${key}:repository_id`] = claims.repository_id;
    if (inReusableWorkflow(claims) && claims.job_workflow_ref) {
        equals[`${key}:job_workflow_ref`] = claims.job_workflow_ref;
    }
    if (claims.environment)
        equals[`${key}:environment`] = claims.environment;
    return { StringEquals: equals };
}
function repositoryPattern(claims) {
    const repo = /^(repo:[^:]+):/.exec(claims.sub ?? '')?.[1];
    return repo ? `${repo}:*` : undefined;
}
function conditionLines(claims, roleArn) {
    const lines = [
        `Suggested trust-policy condition${roleArn ? ` for ${roleArn}` : ''}, from this job's claims:`,
        ...suggestedCondition(claims)
            .split('\n')
            .map((l) => `  ${l}`),
    ];
    if (claims.repository_id) {
        lines.push('  (repository_id is the repository\u2019s immutable ID: it survives renames and transfers, and a deleted name taken by someone else does not match it)');
    }
    const pattern = repositoryPattern(claims);
    if (pattern)
        lines.push(`  (or StringLike on :sub with "${pattern}" to admit every ref of the repository)`);
    return lines;
}
/** The lines of the diagnostics block, for the log and the job summary. */
function trustDiagnostics(code, claims, roleArn, signed = false) {
    const lines = [];
    if (claims) {
        lines.push('Token claims (trust policies match on these; the token itself is not shown):');
        for (const name of github_claims/* TRUST_CLAIMS */.ph)
            lines.push(`  ${name}: ${claims[name] ?? '(not set)'}`);
        lines.push(...conditionLines(claims, roleArn));
    }
    const canonical = (0,classify/* canonicalCode */.o9)(code);
    const checks = CHECKS[signed && canonical === 'AccessDenied' ? 'SignedAccessDenied' : canonical] ?? [];
    if (checks.length > 0) {
        lines.push('What to check:');
        lines.push(...checks.map((c) => `  - ${c}`));
    }
    if (canonical === 'InvalidIdentityToken')
        lines.push(...audienceLines(claims, roleArn));
    if (canonical === 'AccessDenied' && /[A-Z]/.test(claims?.sub ?? ''))
        lines.push(caseLine(claims?.sub ?? ''));
    return lines;
}
/** IAM compares :sub with StringEquals and StringLike case-sensitively: a policy written in lower case misses. */
const caseLine = (sub) => `  - This sub has upper-case letters (${sub}), and IAM's StringEquals and StringLike compare values case-sensitively: the policy must spell the owner and repository exactly as the token does.`;
/**
 * The provider's audience list is the account owner's choice, so the way to know it is to ask IAM.
 * In aws-cn many providers list sts.amazonaws.com.cn (the China-region guides use it) while this
 * action, like configure-aws-credentials, asks for sts.amazonaws.com by default: say so there.
 */
function audienceLines(claims, roleArn) {
    const role = (0,aws_arn/* parseRoleArn */.DM)(roleArn ?? '');
    if (!role)
        return [];
    const { partition } = role;
    const provider = (0,aws_arn/* iamArn */.ZW)(partition, role.accountId, `oidc-provider/${issuerKey(claims?.iss)}`);
    const lines = [
        `  - The audiences the provider accepts: aws iam get-open-id-connect-provider --open-id-connect-provider-arn ${provider} --query ClientIDList`,
    ];
    if (partition === 'aws-cn' && (claims?.aud ?? DEFAULT_AUDIENCE) === DEFAULT_AUDIENCE) {
        lines.push('  - In the China regions providers are often registered with the audience sts.amazonaws.com.cn: if the list has it, set audience: sts.amazonaws.com.cn (or add sts.amazonaws.com to the list).');
    }
    return lines;
}
/** What this run's token would say, from the runner's environment (no token was issued), in both sub forms. */
function missingTokenDiagnostics(facts) {
    const { repository, repositoryId, repositoryOwnerId, ref, eventName } = facts;
    const lines = [];
    const tail = eventName === 'pull_request' ? 'pull_request' : ref ? `ref:${ref}` : undefined;
    if (repository) {
        const prefixes = subPrefixes(repository, repositoryOwnerId, repositoryId);
        lines.push("This run's token would carry (from the runner's environment; no token was issued):");
        lines.push(`  repository: ${repository}`);
        if (repositoryId)
            lines.push(`  repository_id: ${repositoryId}`);
        if (tail) {
            lines.push(`  sub: ${prefixes.name}:${tail} (the name form: GitHub Enterprise Server, and github.com repositories not created, renamed, transferred or opted in after 2026-07-15)`);
            if (prefixes.immutable) {
                lines.push(`  sub: ${prefixes.immutable}:${tail} (the immutable form: github.com repositories created, renamed or transferred after 2026-07-15, or opted in)`);
            }
            lines.push('  (a job with environment: gets repo:...:environment:NAME instead)');
        }
    }
    return [...lines, ...trustDiagnostics('MissingIdTokenPermission', undefined, undefined)];
}

;// CONCATENATED MODULE: ./src/report/admits.ts
// What a printed trust policy admits, in words: not this one job, but every job whose token carries
// the same claims. The sub's context (GitHub's default template: ref, environment or pull_request)
// says which. Pure.



/** The jobs of a repository that a sub context admits, by the context's prefix. */
const CONTEXTS = [
    ['ref:refs/heads/', (b) => `that runs on the branch ${b} and names no environment`],
    ['ref:refs/tags/', (t) => `that runs on the tag ${t} and names no environment`],
    ['ref:', (r) => `that runs on the ref ${r} and names no environment`],
    ['environment:', (e) => `that names the environment ${e}, on any branch its deployment rules allow`],
    // The one context left, the sub having been read as a default form's: pull_request.
    ['', () => 'that runs for a pull request, from any branch'],
];
/** Which jobs of the repository a default form's context admits. */
function jobsOf(context) {
    const [prefix, words] = CONTEXTS.find(([p]) => context.startsWith(p));
    return words(context.slice(prefix.length));
}
/** One comment line: whom the policy admits, from the claims its Condition pins. */
function admitsLine(claims) {
    const parts = subParts(claims.sub);
    const custom = claims.sub === undefined ? '' : ' (a custom sub template builds it)';
    const who = parts
        ? `every job of every workflow of ${(0,runner_escape/* oneLine */.TN)(claims.repository ?? parts.repository)} ${(0,runner_escape/* oneLine */.TN)(jobsOf(parts.context))}`
        : `every job whose token has exactly the sub below${custom}`;
    // The Condition pins the reusable workflow when the job runs in one: only jobs through it.
    const reusable = trustCondition(claims).StringEquals[`${issuerKey(claims.iss)}:job_workflow_ref`];
    const through = reusable ? `, and only through the reusable workflow ${(0,runner_escape/* oneLine */.TN)(reusable)}` : '';
    return `# Whom it admits: not this job alone, but ${who}${through}.`;
}
/** A warning when the policy was printed from a pull request's job, or undefined. */
function pullRequestWarning(claims) {
    if (subContext(claims.sub) !== 'pull_request' && claims.event_name !== 'pull_request')
        return undefined;
    return `print-trust-policy ran for a pull_request event: its policy admits the sub of this run (${(0,runner_escape/* oneLine */.TN)(claims.sub ?? '(not set)')}), not the one your deployments will have. Run it from the branch, tag or environment that deploys (for example a push to main) and use that policy.`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// The job summary as GitHub renders it: GitHub-flavoured Markdown, in which an HTML block ends at
// the first blank line and what follows is Markdown again. So every HTML element here is one line,
// with its text escaped and its line breaks as <br>, and separated from the next block by a blank
// line; and code (messages, claims, commands) goes in fenced code blocks, where nothing is read as
// Markdown or HTML, behind a fence longer than any run of backticks in it. Pure.

/** Outside text inside a one-line HTML element: escaped, its line breaks as <br>. */
const inline = (text) => (0,runner_escape/* html */.qy)(text).replace(/\r\n|\r|\n/g, '<br>');
const heading = (text) => `<h3>${inline(text)}</h3>`;
const paragraph = (text) => `<p>${inline(text)}</p>`;
/** A table of rows, the first one its header; on one line, so no blank line can end it. */
function table(rows) {
    const row = (cells, tag) => `<tr>${cells.map((c) => `<${tag}>${inline(c)}</${tag}>`).join('')}</tr>`;
    const [header = [], ...body] = rows;
    return `<table>${row(header, 'th')}${body.map((r) => row(r, 'td')).join('')}</table>`;
}
/** A fenced code block: its text shown as it is, however many backticks or blank lines it has. */
function codeBlock(text) {
    const safe = (0,runner_escape/* codeSafe */.Zy)(text);
    const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}text\n${safe}\n${fence}`;
}
/** A folded section around blocks: the tags on lines of their own, blank lines around the body. */
const details = (summary, body) => `<details><summary>${inline(summary)}</summary>\n\n${body}\n\n</details>`;
/** The blocks of one summary, a blank line between each, and one after the last. */
const markdown = (blocks) => `${blocks.join('\n\n')}\n\n`;

;// CONCATENATED MODULE: ./src/report/report.ts
// What a person reads: the trust-failure block in the log and the job summary. Nothing secret
// reaches here: claims are not secret, keys never come in, a masked account shows as ***.







/** The diagnostics lines for a failure, or [] when the failure is not about trust. */
async function diagnosticsFor(error, config, facts) {
    const roleArn = config?.role?.arn;
    // No token to read: what this run's sub would be, from the run's facts.
    if (error instanceof errors/* MissingIdTokenPermissionError */.Am)
        return missingTokenDiagnostics(await facts());
    if (error instanceof errors/* ExchangeError */.Sb && isTrustFailure(error.classified.code)) {
        const signed = config !== undefined && !modeOf(config.mode).webIdentity;
        return trustDiagnostics(error.classified.code, error.claims, roleArn, signed);
    }
    return [];
}
/** The grouped block in the log: one click to open, never in the way. */
function logDiagnostics(lines) {
    (0,log/* group */.Os)('Why the role did not trust this workflow: token claims and a suggested condition', lines);
}
const minutesLeft = (d) => Math.round((d.getTime() - Date.now()) / 60_000);
async function summarizeSuccess(config, r) {
    const hide = (s) => (config.maskAccountId ? (0,runner_escape/* hideAccounts */.VW)(s) : s);
    const rows = [
        ['Role', r.roleArn ? hide(r.roleArn) : '(none: credentials as given)'],
        ['Authenticated as', hide(r.identityArn)],
        ['Credentials from', modeOf(config.mode).source],
        ['Account', config.maskAccountId ? '***' : r.account],
        ['Session name', config.role ? config.roleSessionName : '-'],
        ['Region', config.region],
        ['STS endpoint', r.stsEndpoint ?? '-'],
        [
            'Expires',
            r.expiration
                ? `${r.expiration.toISOString()} (in ${minutesLeft(r.expiration)} min)`
                : '- (long-term keys)',
        ],
        ['Attempts', String(r.attempts)],
        ['Tokens fetched', String(r.tokensFetched)],
        ['Time taken', `${Math.round(r.durationMs)} ms`],
    ];
    await write([heading('AWS credentials'), table([['What', 'Value'], ...rows])]);
}
/** The error and the diagnostics, as code: both carry STS's words and the token's claims. */
async function summarizeFailure(message, diagnostics) {
    const fold = 'Token claims, a suggested condition, what to check';
    await write([
        heading('AWS credentials: failed'),
        codeBlock(message),
        ...(diagnostics.length > 0 ? [details(fold, codeBlock(diagnostics.join('\n')))] : []),
    ]);
}
/** print-trust-policy's lines: the policy and the commands, as one code block to copy. */
async function summarizeTrustPolicy(lines, maskAccountId) {
    const text = lines.join('\n');
    await write([
        heading('AWS trust policy for this workflow'),
        paragraph('Built from this job\u2019s own GitHub OIDC token; no STS call was made.'),
        codeBlock(maskAccountId ? (0,runner_escape/* hideAccounts */.VW)(text) : text),
    ]);
}
/** The blocks as GitHub-flavoured Markdown (markdown.ts), appended to the job summary. */
async function write(blocks) {
    // Outside a runner there is no summary file; the step must not fail for it.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await lib_core/* summary */.z.addRaw(markdown(blocks)).write();
    }
    catch (error) {
        (0,log/* debug */.Yz)(`Job summary not written: ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/report/trust-policy.ts
// print-trust-policy: the IAM trust policy built from the claims of this job's own GitHub OIDC
// token (the issuer it has, the sub in the form the repository has), which admits every job whose
// token has the same claims, and an AWS CLI script that makes or updates the OIDC provider and the
// role with it, and can run twice. Pure.






const ACCOUNT_PLACEHOLDER = 'ACCOUNT_ID';
const ROLE_PLACEHOLDER = 'ROLE_NAME';
/** IAM's default maximum session duration for a role, which create-role sets when not told. */
const DEFAULT_MAX_SESSION_S = 3600;
const accountOf = (target) => target.accountId ?? ACCOUNT_PLACEHOLDER;
/** The Condition, with sub as both its forms when asked for and the token allows. */
function conditionOf(claims, subs) {
    const { StringEquals } = trustCondition(claims);
    const forms = subs === 'both' ? subForms(claims) : undefined;
    if (!forms)
        return { StringEquals };
    return {
        StringEquals: { ...StringEquals, [`${issuerKey(claims.iss)}:sub`]: [forms.name, forms.immutable] },
    };
}
/** The trust policy document: the issuer's OIDC provider in the role's account, and the Condition. */
function trustPolicyOf(claims, target) {
    const account = accountOf(target);
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Effect: 'Allow',
                Principal: {
                    Federated: (0,aws_arn/* iamArn */.ZW)(target.partition, account, `oidc-provider/${issuerKey(claims.iss)}`),
                },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: conditionOf(claims, target.subs),
            },
        ],
    };
}
/** A word for sh: single quotes, so that nothing in it is expanded, on one line whatever it holds. */
const sh = (word) => `'${(0,runner_escape/* oneLine */.TN)(word).replace(/'/g, `'\\''`)}'`;
/** A line for stderr, then the end of the script: printf's format is ours, the values its words. */
const stop = (format, ...words) => [
    `  printf '${format}\\n' ${words.join(' ')} >&2`,
    '  exit 1',
];
/** The CLI must be signed in to the role's account, or the role would be made in another one. */
function accountCheck(target) {
    const account = sh(accountOf(target));
    return [
        "# The AWS CLI must be signed in to the role's account:",
        'account=$(aws sts get-caller-identity --query Account --output text)',
        `if [ "$account" != ${account} ]; then`,
        ...stop('The AWS CLI is signed in to the account %s, and the role belongs in %s: sign in to that account (AWS_PROFILE, aws sso login or aws configure) and run this again.', '"$account"', account),
        'fi',
    ];
}
/** The issuer's provider: made when the account has none, given the audience when it lacks it. */
function providerCommands(claims, target) {
    const issuer = sh(claims.iss ?? github_claims/* GITHUB_ISSUER */.oX);
    const audience = sh(claims.aud ?? DEFAULT_AUDIENCE);
    const arn = (0,aws_arn/* iamArn */.ZW)(target.partition, accountOf(target), `oidc-provider/${issuerKey(claims.iss)}`);
    return [
        "# The issuer's OIDC provider, once per account (IAM pins the issuer\u2019s certificate itself):",
        `provider=${sh(arn)}`,
        'if audiences=$(aws iam get-open-id-connect-provider --open-id-connect-provider-arn "$provider" --query ClientIDList --output text 2>/dev/null); then',
        `  if ! printf '%s\\n' "$audiences" | tr '\\t' '\\n' | grep -qxF -- ${audience}; then`,
        `    aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "$provider" --client-id ${audience}`,
        '  fi',
        'else',
        `  aws iam create-open-id-connect-provider --url ${issuer} --client-id-list ${audience}`,
        'fi',
    ];
}
/** The role: made with the policy, or, when it exists at the same path, given the policy. */
function roleCommands(target) {
    const role = sh(target.roleName ?? ROLE_PLACEHOLDER);
    const path = target.path ?? '/';
    const seconds = target.durationSeconds;
    const longer = seconds > DEFAULT_MAX_SESSION_S;
    const max = longer ? ` --max-session-duration ${seconds}` : '';
    return [
        `# The role, with this policy${longer ? ` and sessions of up to ${seconds} s (role-duration-seconds)` : ''}: made, or updated when it exists.`,
        `if path=$(aws iam get-role --role-name ${role} --query Role.Path --output text 2>/dev/null); then`,
        `  if [ "$path" != ${sh(path)} ]; then`,
        ...stop('The role %s exists with the path %s, not %s as role-to-assume has it, and IAM cannot move a role: put its ARN in role-to-assume, or delete it and run this again.', role, '"$path"', sh(path)).map((l) => `  ${l}`),
        '  fi',
        `  aws iam update-assume-role-policy --role-name ${role} --policy-document file://trust-policy.json`,
        ...(longer
            ? [
                `  if [ "$(aws iam get-role --role-name ${role} --query Role.MaxSessionDuration --output text)" -lt ${seconds} ]; then`,
                `    aws iam update-role --role-name ${role}${max}`,
                '  fi',
            ]
            : []),
        'else',
        `  aws iam create-role --role-name ${role}${path === '/' ? '' : ` --path ${sh(path)}`}${max} --assume-role-policy-document file://trust-policy.json`,
        'fi',
        `printf 'The role %s trusts this policy.\\n' ${role}`,
    ];
}
/** What to do after the script: a policy for what the job does. */
function attachLines(target) {
    const role = sh(target.roleName ?? ROLE_PLACEHOLDER);
    const policyArn = (0,aws_arn/* iamArn */.ZW)(target.partition, accountOf(target), 'policy/POLICY_NAME');
    return [
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        `# aws iam attach-role-policy --role-name ${role} --policy-arn ${sh(policyArn)}`,
    ];
}
/** Why both forms could not be built: the claims they come from, or a sub in neither form. */
function whyNotBoth(claims) {
    const missing = ['repository', 'repository_id', 'repository_owner_id'].filter((k) => !claims[k]);
    return missing.length > 0
        ? `the token has no ${missing.join(', ')} claim to build the other form from`
        : 'this sub is in neither default form, so a custom sub template is in force';
}
/** Which sub the policy admits, and what to do about the other form. */
function subLines(claims, subs) {
    const forms = subForms(claims);
    if (subs === 'token' || !forms) {
        const why = subs === 'both'
            ? ` (trust-policy-sub: both, but ${whyNotBoth(claims)}: only this sub is admitted)`
            : '';
        return [`# Admits the sub this job's token has: ${(0,runner_escape/* oneLine */.TN)(claims.sub ?? '(not set)')}${why}`];
    }
    return [
        `# Admits both forms of sub: ${(0,runner_escape/* oneLine */.TN)(forms.name)} (the name form) and ${(0,runner_escape/* oneLine */.TN)(forms.immutable)} (the immutable form; this token has the ${forms.current} form).`,
        forms.current === 'name'
            ? '# Once this job\u2019s tokens carry the immutable form (run print-trust-policy again to see), narrow :sub to it.'
            : '# This token has the immutable form already: narrow :sub to it (trust-policy-sub: token prints that policy).',
    ];
}
/** The comments before the script: whom it admits, which sub, what GitHub said, what to replace. */
function headLines(claims, target, notes) {
    const placeholders = [
        target.accountId === undefined && `${ACCOUNT_PLACEHOLDER} (your 12-digit account ID)`,
        target.roleName === undefined && `${ROLE_PLACEHOLDER} (the role's name)`,
    ].filter(Boolean);
    const warned = pullRequestWarning(claims);
    return [
        `# Trust policy for GitHub's OIDC tokens (issuer ${(0,runner_escape/* oneLine */.TN)(claims.iss ?? '(not set)')}), saved as trust-policy.json.`,
        admitsLine(claims),
        ...subLines(claims, target.subs),
        // What GitHub's API said, word for word where it quotes the answer: one comment line each.
        ...notes.map((n) => `# ${(0,runner_escape/* oneLine */.TN)(n)}`),
        ...(warned ? [`# Warning: ${warned}`] : []),
        ...(placeholders.length > 0
            ? [`# Replace ${placeholders.join(' and ')} first, or give role-to-assume and run this step again.`]
            : []),
        '# Paste it into a shell, or run it with sh or bash: it stops at the first error, and can run again.',
    ];
}
/**
 * What the log group and the summary say, as one shell script to paste: the policy written to
 * trust-policy.json, then, in a subshell that stops at the first error, the account check, the
 * provider and the role, each made or updated; then what is left to do. `notes` (the repository's
 * sub customization) are shown as comments.
 */
function trustPolicyLines(claims, target, notes = []) {
    return [
        ...headLines(claims, target, notes),
        '(',
        'set -e',
        "cat > trust-policy.json <<'EOF'",
        ...(0,runner_escape/* jsonSafe */.yJ)(trustPolicyOf(claims, target)).split('\n'),
        'EOF',
        '',
        ...accountCheck(target),
        '',
        ...providerCommands(claims, target),
        '',
        ...roleCommands(target),
        ')',
        '',
        ...attachLines(target),
        '# Then remove print-trust-policy: the next run assumes the role.',
    ];
}

;// CONCATENATED MODULE: ./src/print-trust-policy.ts
// print-trust-policy: this job's own token, its claims, and the trust policy that admits the jobs
// whose tokens have the same ones, in a log group, the job summary and the trust-policy output,
// with what GitHub says of the repository's sub template. No STS call; nothing exported.













/** What GitHub says of the repository's sub template, as notes; none without a repository claim. */
async function notesFor(repository, config, signal) {
    if (!repository)
        return [];
    const lookup = {
        repository,
        token: config.githubToken,
        apiUrl: process.env.GITHUB_API_URL,
        timeoutMs: config.httpTimeoutMs,
    };
    return templateNotes(await subTemplate(lookup, signal), repository);
}
async function printTrustPolicy(config, signal) {
    (0,log/* mask */.dK)((0,github_token/* readRequestToken */.jY)(process.env));
    // The same proxy and warnings as the main path: the token request and the lookup go the same way.
    for (const said of cleartextWarnings(config, process.env))
        (0,log/* warning */.$e)(said);
    (0,proxy/* applyProxyEnv */.m4)(config.proxy);
    const { credentials: token } = await (0,sts_session/* tokenAlone */.Dp)((0,sts_session/* retryPolicy */.Jb)(config, 'step'), (s) => (0,github_token/* fetchGitHubToken */.d2)(config.audience, config.httpTimeoutMs, s), log/* info */.pq, signal);
    const claims = (0,github_claims/* trustClaims */.um)(token) ?? {};
    const target = {
        partition: config.role?.partition ?? partitionOf(config.region) ?? 'aws',
        accountId: config.role?.accountId,
        roleName: config.role?.roleName,
        path: config.role?.path,
        durationSeconds: config.roleDurationSeconds,
        subs: config.trustPolicySub,
    };
    const lines = trustPolicyLines(claims, target, await notesFor(claims.repository, config, signal));
    const fromPullRequest = pullRequestWarning(claims);
    if (fromPullRequest)
        (0,log/* warning */.$e)(fromPullRequest);
    (0,log/* group */.Os)('Trust policy for this workflow (print-trust-policy)', lines);
    setOutputs({ 'trust-policy': JSON.stringify(trustPolicyOf(claims, target), null, 2) });
    await summarizeTrustPolicy(lines, config.maskAccountId);
    (0,log/* notice */.lm)('print-trust-policy: printed the trust policy for the jobs with this job\u2019s claims, and the script that makes the role (see the log group and the job summary); no STS call was made and nothing was exported.');
}

;// CONCATENATED MODULE: ./src/report/messages.ts
// The one error line a failed step prints: what failed, STS's code and message, the next step,
// and where the troubleshooting guide says more.



/** The ### sections of docs/troubleshooting.md, as GitHub anchors them (a test keeps the two equal). */
const TROUBLESHOOTING_SECTIONS = new Set([
    'InputError',
    'MissingIdTokenPermission',
    'NoTokenEndpointUnderAct',
    'SourceCredentials',
    'AccountNotAllowed',
    'ActionTimeout',
    'HTTP 4xx',
    'HTTP 5xx',
    'NoTokenInResponse',
    'CrossOriginRedirect',
    'TooManyRedirects',
    'TokenFileError',
    'ExpiredToken',
    'AccessDenied',
    'InvalidIdentityToken',
    'IDPRejectedClaim',
    'IDPCommunicationError',
    'Throttling',
    'ValidationError',
    'RegionDisabled',
    'MalformedPolicyDocument',
    'PackedPolicyTooLarge',
    'InvalidClientTokenId',
    'SignatureDoesNotMatch',
    'UnrecognizedClient',
    'CredentialsProviderError',
    'SpecialCharacters',
    'ExpiredCredentials',
    'UnexpectedRole',
    'IncompleteResponse',
    'MalformedResponse',
    'ResponseTooLarge',
    'ENOTFOUND',
    'Network errors',
    'Timeout',
    'Other STS errors',
    'ProfileExists',
    'ProfileFile',
    'FileCommand',
    'InvalidTokenEndpoint',
    'UnsafePath',
    'RefreshSettings',
].map((heading) => heading.toLowerCase().replace(/ /g, '-')));
/** The section of docs/troubleshooting.md for an error code. */
function anchorFor(code) {
    if (/^HTTP 5\d\d$/.test(code))
        return 'http-5xx';
    if (/^HTTP 4\d\d$/.test(code))
        return 'http-4xx';
    if (/Throttl|^TooManyRequests$/.test(code))
        return 'throttling';
    if (/^(E[A-Z]+|UND_ERR_\w+|NetworkError)$/.test(code) && code !== 'ENOTFOUND')
        return 'network-errors';
    const anchor = (0,classify/* canonicalCode */.o9)(code).toLowerCase();
    return TROUBLESHOOTING_SECTIONS.has(anchor) ? anchor : 'other-sts-errors';
}
/** The troubleshooting guide of the action as it ran (its repository and ref), else the repo path. */
function troubleshootingLink(code, env = process.env) {
    const repo = env.GITHUB_ACTION_REPOSITORY;
    const base = repo
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${repo}/blob/${env.GITHUB_ACTION_REF || 'HEAD'}/docs/troubleshooting.md`
        : 'docs/troubleshooting.md';
    return `${base}#${anchorFor(code)}`;
}
function failureMessage(error, config, env = process.env) {
    // Each input problem says its own fix; a link would only be noise.
    if (error instanceof errors/* InputError */.dz)
        return error.message;
    if (error instanceof errors/* ActionError */.lZ && error.complete) {
        return `${error.message} Details: ${troubleshootingLink(error.code, env)}`;
    }
    const role = config?.role ? `role ${config.role.arn ?? config.role.roleName}` : 'the role';
    if (error instanceof errors/* ActionTimeoutError */.kd) {
        return (`Timed out after ${error.seconds} s (action-timeout-s) while assuming ${role}; nothing was exported. ` +
            `Raise action-timeout-s, or check the network path to STS and the token endpoint. Details: ${troubleshootingLink(error.code, env)}`);
    }
    if (error instanceof errors/* ExchangeError */.Sb) {
        return `${exchangeFailure(error, config, role)} Details: ${troubleshootingLink(error.classified.code, env)}`;
    }
    const message = error instanceof Error ? error.message : String(error);
    return `Failed to assume ${role}: ${message}`;
}
const GAVE_UP = {
    attempts: (tries) => ` (gave up after ${tries}: retry-max-attempts)`,
    time: (tries) => ` (gave up after ${tries}: retry time limit reached)`,
    throttled: (tries, e) => ` (gave up after ${tries}: STS kept throttling past the throttle budget of ${Math.round((e.throttleBudgetMs ?? 0) / 1000)} s)`,
    fatal: (tries) => ` (${tries})`,
};
function exchangeFailure(error, config, role) {
    const c = error.classified;
    const how = config ? modeOf(config.mode).with : '';
    const what = c.stage === 'token'
        ? config?.mode === 'token-file'
            ? `Failed to read the web identity token from ${config.webIdentityTokenFile}`
            : 'Failed to get a GitHub OIDC token'
        : config && !config.role
            ? `Failed to check the credentials ${how} (GetCallerIdentity)`
            : `Failed to assume ${role} ${how}`.trimEnd();
    const tries = error.attempts === 1 ? '1 attempt' : `${error.attempts} attempts`;
    const why = GAVE_UP[error.reason](tries, error);
    const said = c.message.trim();
    return `${what}${why}: ${c.code}: ${/[.!?]$/.test(said) ? said : `${said}.`} Next: ${c.hint}`;
}

;// CONCATENATED MODULE: ./src/main.ts
// The main step: read the inputs, authenticate (authenticate.ts) or print a trust policy
// (print-trust-policy.ts), publish (job/publish.ts), report (report/). The map of the parts is
// src/README.md.













function getInputs() {
    const read = (0,spec/* withEnvFallbacks */.rg)((name) => lib_core/* getInput */.V4(name), process.env);
    // Masked before anything could print them, valid or not.
    for (const name of spec/* SECRET_INPUTS */.pH)
        (0,log/* mask */.dK)(read(name));
    maskProxyPassword(read('http-proxy'));
    return parseInputs(read, process.env.GITHUB_WORKSPACE || process.cwd());
}
/** The proxy's password, as written and as decoded; the whole value when it does not parse. */
function maskProxyPassword(proxy) {
    if (!proxy.includes('@'))
        return;
    if (!URL.canParse(proxy)) {
        (0,log/* mask */.dK)(proxy);
        return;
    }
    const { password } = new URL(proxy);
    (0,log/* mask */.dK)(password);
    try {
        (0,log/* mask */.dK)(decodeURIComponent(password));
    }
    catch {
        // An invalid %-escape: parseInputs says so, without the value.
    }
}
async function run() {
    const started = performance.now();
    let config;
    try {
        config = getInputs();
        checkFileCommands(process.env);
        // Known before any request: masked now, so that no line of this step can show it.
        if (config.maskAccountId)
            (0,log/* mask */.dK)(config.role?.accountId);
        for (const said of config.warnings)
            (0,log/* warning */.$e)(said);
        const settings = config;
        if (config.printTrustPolicy) {
            await withActionTimeout(config, (signal) => printTrustPolicy(settings, signal));
            return;
        }
        const outcome = await withActionTimeout(config, (signal) => authenticate(settings, signal));
        // Every path, use-existing-credentials included: the account is checked before anything is said.
        checkAllowedAccount(config, outcome.identity.account);
        if (outcome.kind === 'existing') {
            publishExisting(config, outcome.identity);
            (0,log/* notice */.lm)('Pre-existing credentials are valid (use-existing-credentials); nothing new was exported.');
            return;
        }
        await publish(config, outcome);
        await reportSuccess(config, outcome, performance.now() - started);
    }
    catch (error) {
        await reportFailure(error, config);
    }
}
async function reportSuccess(config, outcome, durationMs) {
    const report = {
        roleArn: outcome.kind === 'assumed' ? outcome.roleArn : undefined,
        identityArn: outcome.identity.arn,
        account: outcome.identity.account,
        expiration: outcome.kind === 'ambient' ? undefined : outcome.credentials.expiration,
        attempts: outcome.attempts,
        tokensFetched: outcome.tokensFetched,
        stsEndpoint: outcome.stsEndpoint,
        durationMs,
    };
    const who = config.maskAccountId
        ? 'the role'
        : config.role
            ? (config.role.arn ?? config.role.roleName)
            : report.identityArn;
    (0,log/* info */.pq)(`${config.role ? 'Assumed' : 'Authenticated as'} ${who} in ${config.region}: ` +
        `${report.attempts} attempt(s), ${report.tokensFetched} token(s), ${Math.round(durationMs)} ms` +
        `${report.expiration ? `; credentials expire at ${report.expiration.toISOString()}` : ''}.`);
    await summarizeSuccess(config, report);
}
async function reportFailure(error, config) {
    const hide = (text) => (config?.maskAccountId ? (0,runner_escape/* hideAccounts */.VW)(text) : text);
    const message = hide(failureMessage(error, config));
    (0,log/* fail */.fJ)(message);
    const diagnostics = (await diagnosticsFor(error, config, () => runFacts())).map(hide);
    logDiagnostics(diagnostics);
    await summarizeFailure(message, diagnostics);
    if (lib_core/* isDebug */._o() && error instanceof Error && error.stack)
        (0,log/* debug */.Yz)(error.stack);
}
async function withActionTimeout(config, work) {
    const controller = new AbortController();
    const limit = config.actionTimeoutMs;
    const timer = limit === undefined
        ? undefined
        : setTimeout(() => controller.abort(new errors/* ActionTimeoutError */.kd(limit / 1000)), limit);
    try {
        return await work(controller.signal);
    }
    finally {
        clearTimeout(timer);
    }
}
/** allowed-account-ids is checked before anything is exported. */
function checkAllowedAccount(config, account) {
    if (config.allowedAccountIds.length > 0 && !config.allowedAccountIds.includes(account)) {
        throw new errors/* AccountNotAllowedError */.TQ(account, config.allowedAccountIds);
    }
}


/***/ }),

/***/ 5284:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   Yq: () => (/* binding */ RESPONSE_LIMIT_BYTES),
/* harmony export */   _1: () => (/* binding */ boundedGet)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1290);
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
        agent = __nccwpck_require__.e(/* import() */ 659).then(__nccwpck_require__.bind(__nccwpck_require__, 7659)).then(({ HttpsProxyAgent }) => new HttpsProxyAgent(proxy));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   m4: () => (/* binding */ applyProxyEnv)
/* harmony export */ });
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7026);
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

/***/ 4099:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ annotationSafe),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VW: () => (/* binding */ hideAccounts),
/* harmony export */   Zy: () => (/* binding */ codeSafe),
/* harmony export */   qy: () => (/* binding */ html),
/* harmony export */   sN: () => (/* binding */ logSafe),
/* harmony export */   yJ: () => (/* binding */ jsonSafe)
/* harmony export */ });
// Outside text is data. Claims, server messages, error bodies and paths reach a log line or the
// job summary only through these functions, so that none of it can act as a workflow command or
// as markup.
// Control characters: C0 but tab and the line breaks, DEL, and C1. ESC starts a terminal escape
// sequence (colours, cursor moves, a title), BEL rings; shown as \x1b, \x07 they are only text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/**
 * Characters that change how the text around them reads without showing themselves: bidi controls
 * (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), zero-width ones (U+200B-U+200D, U+2060),
 * the BOM (U+FEFF), and the line and paragraph separators (U+2028, U+2029).
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** Control characters shown as \xNN (line breaks and tab are left to the caller), invisible ones as \u{NNNN}. */
function visible(text) {
    return text
        .replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
/**
 * Outside text inside one line of a script or a log: line breaks shown as \n and \r, control and
 * invisible characters as escapes, so that the text can never start a line of its own (a command
 * of a shell script pasted from the summary, a workflow command of the log).
 */
function oneLine(text) {
    return visible(text).replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}
/**
 * One log line, made inert for the runner: line breaks shown as \n and \r (a new line could start
 * with ::set-output), control characters as \xNN, "##[" escaped (the runner's old command syntax,
 * found anywhere in a line), and a "::" at the start (after spaces) escaped, since the runner trims
 * before it looks.
 */
function logSafe(line) {
    const flat = oneLine(line).replace(/##\[/g, '##\\[');
    return /^\s*::/.test(flat) ? `\\${flat}` : flat;
}
/**
 * The text of an annotation (::error::, ::warning::): @actions/core escapes its line breaks and %
 * itself; control characters are shown as \xNN and the old "##[" syntax is neutralised here.
 */
function annotationSafe(text) {
    return visible(text).replace(/##\[/g, '##\\[');
}
/**
 * Text for a fenced code block of the job summary, where Markdown and HTML are not read: control
 * and invisible characters shown as for the log, and a lone CR (a line break to a Markdown parser,
 * which could start a closing fence) as \r.
 */
function codeSafe(text) {
    return visible(text.replace(/\r\n/g, '\n')).replace(/\r/g, '\\r');
}
/**
 * A value as pretty JSON that the log shows as it is: characters the log would rewrite or a reader
 * could misread (DEL and C1 controls, invisible and direction-changing ones, the "[" of "##[") as
 * JSON \u escapes, which keep it valid and equal to the value. JSON.stringify escapes C0 itself.
 */
function jsonSafe(value) {
    const unicode = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return JSON.stringify(value, null, 2)
        .replace(CONTROL, unicode)
        .replace(INVISIBLE, unicode)
        .replace(/##\[/g, '##\\u005b');
}
/** Text for the job summary, which renders HTML: every character that markup could use, escaped. */
function html(text) {
    return visible(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * mask-aws-account-id: every 12-digit number, which is what an account ID is, shown as ***. For
 * text the runner's masking does not reach (the job summary), and for failures, where an ID may
 * come from STS's own message.
 */
function hideAccounts(text) {
    return text.replace(/(?<!\d)\d{12}(?!\d)/g, '***');
}


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ writeSecretFile),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   K8: () => (/* binding */ privateDirectoryName),
/* harmony export */   c1: () => (/* binding */ readLinked),
/* harmony export */   cy: () => (/* binding */ ownDirectory),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3916);
// Files this action reads or writes on the runner: never through a symlink, never anything but a
// regular file (a FIFO, socket, device or directory is refused before anything can block on it).
// The action writes only inside a private directory of this job (0700, made by it) and replaces a
// file there atomically (a temp file beside it, fsync, rename), so that a reader sees the old file
// or the new one, never half of either. Anyone else's file, a user's ~/.aws included, is only read.





/** What a path is, when it is not a regular file: said in the error that refuses it. */
function kindOf(stat) {
    if (stat.isFile())
        return undefined;
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    if (stat.isDirectory())
        return 'a directory';
    return 'not a regular file';
}
function notRegular(path, kind) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafePathError */ .k0(`${path} is ${kind}, not a regular file; refusing to open it.`);
}
/** Refuses a path that exists and is not a regular file, before any open could block on it. */
function refuseOddFile(path) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
    }
    catch {
        return;
    }
    const kind = stat.isSymbolicLink() ? undefined : kindOf(stat);
    if (kind)
        throw notRegular(path, kind);
}
function isSymlink(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Refuses a path that is a symlink, or whose directory is. */
function refuseSymlinks(path) {
    for (const p of [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), path]) {
        if (isSymlink(p)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafePathError */ .k0(`${p} is a symbolic link; refusing to follow it. Replace it with a real ${p === path ? 'file' : 'directory'}.`);
        }
    }
}
// Opening a FIFO for reading blocks until a writer comes; O_NONBLOCK makes the open return at once
// (it changes nothing for a regular file), and fstat then refuses it. Windows has no FIFOs.
const NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0;
/**
 * Opens a regular file and hands its descriptor and stat to `use`; undefined if it does not exist.
 * O_NOFOLLOW closes the gap between the lstat check and the open.
 */
function withFile(path, flags, use, mode) {
    refuseOddFile(path);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, flags | NONBLOCK, mode);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !(flags & node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT))
            return undefined;
        if (code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafePathError */ .k0(`${path} is a symbolic link; refusing to follow it.`);
        if (code === 'ENXIO')
            throw notRegular(path, 'a socket');
        throw error;
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        const kind = kindOf(stat);
        if (kind)
            throw notRegular(path, kind);
        return use(fd, stat);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** The file's text, or undefined if it does not exist. Opened read-only; nothing about it changes. */
/**
 * Whether `path` is `dir` or inside it, by the platform's rules. Both are resolved first, so ".."
 * cannot pass for inside, a sibling that starts with the same letters ("/tmp/a2" beside "/tmp/a")
 * is outside, and a name that starts with two dots ("/tmp/a/..x") is inside; on Windows another
 * drive is outside.
 */
function isInside(dir, path, p = (node_path__WEBPACK_IMPORTED_MODULE_3___default())) {
    const rel = p.relative(p.resolve(dir), p.resolve(path));
    return rel === '' || (!p.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${p.sep}`));
}
function readText(path, options = {}) {
    const allowSymlink = options.allowSymlink ?? false;
    if (!allowSymlink)
        refuseSymlinks(path);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (allowSymlink ? 0 : node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
    return withFile(path, flags, (fd) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(fd, 'utf8'));
}
/** /dev/null, which every tool reads as an empty file. */
function isDevNull(stat) {
    try {
        const devNull = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)('/dev/null');
        return stat.isCharacterDevice() && stat.rdev === devNull.rdev && stat.ino === devNull.ino;
    }
    catch {
        return false;
    }
}
/**
 * Someone else's file, read as the tools that use it read it: through symbolic links. Undefined
 * when there is nothing to read: no file, a directory, or /dev/null. A FIFO, socket or other device
 * is refused before any open could block on it; the open itself cannot block (O_NONBLOCK).
 */
function readLinked(path) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path);
    }
    catch (error) {
        if (['ENOENT', 'ENOTDIR', 'ELOOP'].includes(error.code ?? ''))
            return undefined;
        throw error;
    }
    if (stat.isDirectory() || isDevNull(stat))
        return undefined;
    const kind = kindOf(stat);
    if (kind)
        throw notRegular(path, kind);
    return withFile(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY, (fd) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(fd));
}
/**
 * A directory only this user can enter, made now (0700), or one that is already exactly that: a
 * real directory, not a link, owned by this user, open to no one else.
 */
function ownDirectory(dir, platform = process.platform) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { mode: 0o700 });
        return;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dir);
    const mine = process.getuid === undefined || stat.uid === process.getuid();
    // Windows has ACLs, not mode bits: the directory under LOCALAPPDATA is the user's own.
    if (!stat.isDirectory() || !mine || (platform !== 'win32' && (stat.mode & 0o077) !== 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafePathError */ .k0(`${dir} exists and is not a private directory of this user; refusing to use it.`);
    }
}
/** Makes the directory durable after a rename in it (POSIX; Windows cannot open a directory). */
function syncDirectory(dir) {
    if (process.platform === 'win32')
        return;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Replaces the file with `text` in one rename, 0600 and this process's. Its directory must exist. */
function writeSecretFile(path, text) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path);
    refuseSymlinks(path);
    refuseOddFile(path);
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW;
    try {
        withFile(temp, flags, (fd) => {
            // The mode of open() is cut by the umask; the mode meant is set exactly.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, 0o600);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(fd, text);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }, 0o600);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        throw error;
    }
    syncDirectory(dir);
}
/**
 * A name for a private directory of this job; made when first needed (ownDirectory). Its parent is
 * RUNNER_TEMP, where the directory is made 0700 and the runner empties it after the job. On
 * Windows a mode means nothing and RUNNER_TEMP inherits its drive's ACL (which lets every local
 * user read), so the parent is the user's own %LOCALAPPDATA%: Windows gives a profile directory
 * an ACL for that user, SYSTEM and Administrators only.
 */
function privateDirectoryName(env, platform = process.platform) {
    const parent = (platform === 'win32' && env.LOCALAPPDATA) || env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const name = `aws-oidc-credentials-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`;
    // Absolute: a later step in another working directory must find the same files.
    const absolute = (platform === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_3__.win32 : node_path__WEBPACK_IMPORTED_MODULE_3__.posix).isAbsolute(parent);
    return absolute ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, name) : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(parent, name);
}


/***/ }),

/***/ 7708:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9025);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4099);
// The action's own log lines. Each goes through logSafe, because most carry something from
// outside: an STS code, a claim, a path.


/**
 * The one door for masking: the runner replaces the value with *** in every later line of the
 * job's log. Called before anything could print the value (nothing else calls setSecret).
 */
function mask(value) {
    if (value)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
function info(line) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(line));
}
/** Shown with RUNNER_DEBUG=1 (or ACTIONS_STEP_DEBUG): @actions/core escapes its line breaks. */
function debug(line) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .annotationSafe */ .RE)(line));
}
function warning(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .annotationSafe */ .RE)(text));
}
function notice(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .annotationSafe */ .RE)(text));
}
/** The step's one ::error:: line. */
function fail(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .annotationSafe */ .RE)(message));
}
/** A ::group:: block of lines, each made safe. */
function group(title, lines) {
    if (lines.length === 0)
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(title));
    for (const line of lines)
        info(line);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
}


/***/ }),

/***/ 5288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ classifyStsError),
/* harmony export */   WX: () => (/* binding */ classifyTokenError),
/* harmony export */   o9: () => (/* binding */ canonicalCode)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
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


/***/ }),

/***/ 9744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ openStsSession),
  Jb: () => (/* binding */ retryPolicy),
  Dp: () => (/* binding */ tokenAlone)
});

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js + 4 modules
var decode_jwt = __nccwpck_require__(9937);
;// CONCATENATED MODULE: ./node_modules/is-network-error/index.js
const objectToString = Object.prototype.toString;

const isError = value => objectToString.call(value) === '[object Error]';

const errorMessages = new Set([
	'network error', // Chrome
	'NetworkError when attempting to fetch resource.', // Firefox
	'The Internet connection appears to be offline.', // Safari 16
	'Network request failed', // `cross-fetch`
	'fetch failed', // Undici (Node.js)
	'terminated', // Undici (Node.js)
	' A network error occurred.', // Bun (WebKit)
	'Network connection lost', // Cloudflare Workers (fetch)
]);

function isNetworkError(error) {
	const isValid = error
		&& isError(error)
		&& error.name === 'TypeError'
		&& typeof error.message === 'string';

	if (!isValid) {
		return false;
	}

	const {message, stack} = error;

	// Safari 17+ has generic message but no stack for network errors
	if (message === 'Load failed' || (message.startsWith('Load failed (') && message.endsWith(')'))) {
		return stack === undefined
			// Sentry adds its own stack trace to the fetch error, so also check for that
			|| '__sentry_captured__' in error;
	}

	// Deno network errors start with specific text
	if (message.startsWith('error sending request for url')) {
		return true;
	}

	// Chrome: exact "Failed to fetch" or with hostname: "Failed to fetch (example.com)"
	if (message === 'Failed to fetch' || (message.startsWith('Failed to fetch (') && message.endsWith(')'))) {
		return true;
	}

	// Standard network error messages
	return errorMessages.has(message);
}

;// CONCATENATED MODULE: ./node_modules/p-retry/index.js


function validateRetries(retries) {
	if (typeof retries === 'number') {
		if (retries < 0) {
			throw new TypeError('Expected `retries` to be a non-negative number.');
		}

		if (Number.isNaN(retries)) {
			throw new TypeError('Expected `retries` to be a valid number or Infinity, got NaN.');
		}

		// Not `Number.isSafeInteger`, which would reject a huge `retries`. That is accepted on purpose and behaves as effectively forever.
		// eslint-disable-next-line unicorn/prefer-number-is-safe-integer
		if (Number.isFinite(retries) && !Number.isInteger(retries)) {
			throw new TypeError('Expected `retries` to be a non-negative integer or Infinity.');
		}
	} else if (retries !== undefined) {
		throw new TypeError('Expected `retries` to be a number or Infinity.');
	}
}

function validateNumberOption(name, value, {allowInfinity = false} = {}) {
	if (typeof value !== 'number' || Number.isNaN(value)) {
		throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? ' or Infinity' : ''}.`);
	}

	if (!allowInfinity && !Number.isFinite(value)) {
		throw new TypeError(`Expected \`${name}\` to be a finite number.`);
	}

	if (value < 0) {
		throw new TypeError(`Expected \`${name}\` to be \u{2265} 0.`);
	}
}

function validateOption(name, value, type) {
	// `null` means "not provided", as it does for the other options. `unref` needs this because it is the one option with no default of its own.
	if (value === undefined || value === null) {
		return;
	}

	if (typeof value !== type) {
		throw new TypeError(`Expected \`${name}\` to be a ${type}.`);
	}
}

function validateSignal(value) {
	// `null` means "not provided", as it does for the other options.
	if (value === undefined || value === null) {
		return;
	}

	// Duck typed rather than `instanceof`, so a signal from another realm still works. All three methods are checked because `removeEventListener` is called from inside a timer callback, where a `TypeError` would be an uncaught exception rather than a rejection the caller could catch.
	if (typeof value.throwIfAborted !== 'function'
		|| typeof value.addEventListener !== 'function'
		|| typeof value.removeEventListener !== 'function') {
		throw new TypeError('Expected `signal` to be an AbortSignal.');
	}
}

class AbortError extends Error {
	constructor(message) {
		super(typeof message === 'string' ? message : undefined);

		this.name = 'AbortError';

		if (message instanceof Error) {
			this.originalError = message;
			({message} = message);
		} else {
			// Created here, so it already captures every caller frame. Copying `this.stack` instead would only rewrite the header, which is rendered lazily from `name` and `message` at read time. It also stringifies a non-string message, so reuse its result below.
			this.originalError = new Error(message);
			({message} = this.originalError);

			// The caller sees this error, so the frame for this constructor is dropped where the runtime supports it. Left in, the top frame blames p-retry for an error the caller threw. An error the caller passed keeps its own stack, which points at their throw site already. V8-only, hence the lint exception, and the optional call leaves the stack as it is where it is missing.
			// eslint-disable-next-line unicorn/no-nonstandard-builtin-properties
			Error.captureStackTrace?.(this.originalError, AbortError);
		}

		this.message = message;
	}
}

// `setTimeout` cannot represent a longer delay and fires it right away instead, which turns a long backoff into a tight retry loop. Cap at the largest value it can still hold.
const maximumDelay = (2 ** 31) - 1;

function calculateDelay(retriesConsumed, options) {
	// Nothing to wait for, and multiplying by a factor that has grown to `Infinity` would give `NaN`.
	if (options.minTimeout === 0) {
		return 0;
	}

	// `retriesConsumed` starts at 0 and only ever counts up, so the first retry is already attempt 1.
	const attempt = retriesConsumed + 1;
	const random = options.randomize ? (Math.random() + 1) : 1;

	const timeout = Math.round(random * options.minTimeout * (options.factor ** (attempt - 1)));

	// `maxTimeout` rounds up, so a fractional cap still gives a whole number of milliseconds. Rounding down would turn a cap below 1 into no timer at all, which never yields to the event loop. `Math.ceil(Infinity)` is `Infinity`.
	return Math.min(timeout, Math.ceil(options.maxTimeout), maximumDelay);
}

function calculateRemainingTime(start, max) {
	return Number.isFinite(max) ? max - (performance.now() - start) : max;
}

async function delayForRetry(delay, options) {
	if (delay <= 0) {
		return;
	}

	await new Promise((resolve, reject) => {
		// Registered with `once`, so it removes itself when it fires.
		const onAbort = () => {
			clearTimeout(timeoutToken);
			reject(options.signal.reason);
		};

		const timeoutToken = setTimeout(() => {
			options.signal?.removeEventListener('abort', onAbort);
			resolve();
		}, delay);

		if (options.unref) {
			timeoutToken.unref?.();
		}

		options.signal?.addEventListener('abort', onAbort, {once: true});
	});
}

// Stringifying a thrown value can itself throw, for an object with no usable `toString`. That must never be allowed to replace the failure the caller is actually dealing with.
//
// A thrown value whose own accessors or proxy traps throw is not supported, here or anywhere else. It comes from the caller's own code, so it is not something to defend against.
function stringifyThrownValue(value) {
	try {
		return String(value);
	} catch {
		return Object.prototype.toString.call(value);
	}
}

// `AbortError` wraps the error the caller actually wants, and the wrappers can be nested, so keep unwrapping until the cause is reached. Otherwise an `AbortError` would escape `pRetry` and a `catch` doing `error instanceof AbortError` would read a real failure as a cancellation.
//
// Two wrappers whose `originalError` points at each other are not supported, like the thrown values above.
function unwrapAbortError(error) {
	let cause = error;

	// A wrapper with no error to unwrap to is the cause as far as it goes.
	while (cause instanceof AbortError && cause.originalError instanceof Error) {
		cause = cause.originalError;
	}

	return cause;
}

async function onAttemptFailure({error, attemptNumber, retriesConsumed, startTime, options}) {
	// The signal is checked after the operation and after every callback, so a cancellation is never reported as an operation failure or a callback's decision, and no callback runs after it. The last check also guards the delay, whose abort listener never fires on a signal that is already aborted.
	const abortIfNeeded = () => {
		options.signal?.throwIfAborted();
	};

	const normalizedError = error instanceof Error
		? error
		: new TypeError(`Non-error was thrown: "${stringifyThrownValue(error)}". You should only throw errors.`);

	// Checked before unwrapping an `AbortError`, because the reason a caller aborted with is final. Unwrapping it would replace the reason they chose with whatever is inside it, and it would also let an `AbortError` from the operation outrank a cancellation the caller asked for.
	abortIfNeeded();

	if (normalizedError instanceof AbortError) {
		throw unwrapAbortError(normalizedError);
	}

	// `retriesConsumed` only ever advances while `retriesLeft` is above 0, so this is never negative. `Infinity` minus a finite count is `Infinity`, so an unlimited budget needs no special case.
	const retriesLeft = options.retries - retriesConsumed;

	// A `TypeError` normally means the operation itself is broken rather than the thing it was trying to reach, so retrying it does not help. A network `TypeError` is the exception, and its message differs per runtime, so it has to be recognised rather than assumed.
	const isRetriableError = !(normalizedError instanceof TypeError) || isNetworkError(normalizedError);

	// Out of time already, out of retries, or a failure that is never retried, so the delay is 0 and the callbacks are told that no retry follows. Only computed when a retry can still follow, so a randomized delay does not draw from `Math.random` for a wait that is never taken.
	const timeLeft = calculateRemainingTime(startTime, options.maxRetryTime);
	const delayTime = isRetriableError && timeLeft > 0 && retriesLeft > 0 ? calculateDelay(retriesConsumed, options) : 0;

	const consumeRetryContext = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
		retryDelay: delayTime,
	});

	// No answer means no opinion, so fall back to the default. Treating it as `false` instead would leave `retries` uncounted and let the loop run forever.
	const consumeRetry = (await options.shouldConsumeRetry(consumeRetryContext)) ?? true;

	abortIfNeeded();

	const effectiveDelay = consumeRetry ? delayTime : 0;
	const context = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
		retryDelay: effectiveDelay,
	});

	await options.onFailedAttempt(context);

	abortIfNeeded();

	const remainingTime = calculateRemainingTime(startTime, options.maxRetryTime);

	// No time or budget left, or a failure that retrying cannot help with.
	if (
		!isRetriableError
		|| remainingTime <= 0
		|| retriesLeft <= 0
	) {
		throw normalizedError;
	}

	const shouldRetry = await options.shouldRetry(context);

	abortIfNeeded();

	if (!shouldRetry) {
		throw normalizedError;
	}

	const remainingTimeAfterShouldRetry = calculateRemainingTime(startTime, options.maxRetryTime);

	if (remainingTimeAfterShouldRetry <= 0) {
		throw normalizedError;
	}

	if (!consumeRetry) {
		return false;
	}

	await delayForRetry(Math.min(effectiveDelay, remainingTimeAfterShouldRetry), options);

	return true;
}

async function pRetry(input, options = {}) {
	options = {...options};

	// Applied before validating, so that `null` means "not provided" here as it does for every other option.
	options.retries ??= 10;

	validateRetries(options.retries);

	if (Object.hasOwn(options, 'forever')) {
		throw new Error('The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.');
	}

	options.factor ??= 2;
	options.minTimeout ??= 1000;
	options.maxTimeout ??= Infinity;
	options.maxRetryTime ??= Infinity;
	options.randomize ??= false;
	options.onFailedAttempt ??= () => {};
	options.shouldRetry ??= () => true;
	options.shouldConsumeRetry ??= () => true;

	// Validate the options that have a runtime type to check.
	validateOption('onFailedAttempt', options.onFailedAttempt, 'function');
	validateOption('shouldRetry', options.shouldRetry, 'function');
	validateOption('shouldConsumeRetry', options.shouldConsumeRetry, 'function');
	validateOption('randomize', options.randomize, 'boolean');
	validateOption('unref', options.unref, 'boolean');
	validateSignal(options.signal);
	validateNumberOption('factor', options.factor);
	validateNumberOption('minTimeout', options.minTimeout);
	validateNumberOption('maxTimeout', options.maxTimeout, {allowInfinity: true});
	validateNumberOption('maxRetryTime', options.maxRetryTime, {allowInfinity: true});

	// A negative factor is rejected above, so this only catches `0`. Treat it as `1` to keep the delay constant instead of dropping to zero after the first retry.
	if (options.factor === 0) {
		options.factor = 1;
	}

	options.signal?.throwIfAborted();

	let attemptNumber = 0;
	let retriesConsumed = 0;
	const startTime = performance.now();

	// A consumed count is always finite, so `Infinity` keeps this true and needs no special case.
	while (retriesConsumed <= options.retries) {
		attemptNumber++;

		try {
			options.signal?.throwIfAborted();

			const result = await input(attemptNumber);

			options.signal?.throwIfAborted();

			return result;
		} catch (error) {
			if (await onAttemptFailure({
				error,
				attemptNumber,
				retriesConsumed,
				startTime,
				options,
			})) {
				retriesConsumed++;
			}
		}
	}

	// Unreachable: `onAttemptFailure` throws once `retriesLeft` reaches 0, which is the same state the loop condition tests, so the loop is always left by a throw. Kept as a guard against a future change to either side breaking that pairing.
	throw new Error('Retry attempts exhausted without throwing an error.');
}

function makeRetriable(function_, options) {
	return function (...arguments_) {
		return pRetry(() => function_.apply(this, arguments_), options);
	};
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/github/claims.ts
var claims = __nccwpck_require__(1598);
// EXTERNAL MODULE: ./src/sts/classify.ts
var classify = __nccwpck_require__(5288);
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
        const credentials = await pRetry(() => loop.attempt(), {
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
        return new AbortError(wrapped);
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
            claims: this.lastSent === undefined ? undefined : (0,claims/* trustClaims */.um)(this.lastSent),
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
        sleep: (ms, sig) => (0,promises_namespaceObject.setTimeout)(ms, undefined, { signal: sig }),
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
    const sts = await Promise.all(/* import() */[__nccwpck_require__.e(695), __nccwpck_require__.e(238)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1238));
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


/***/ }),

/***/ 333:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["fetch"]: () => (__WEBPACK_EXTERNAL_MODULE__undici_stub_js_24858b81__.fetch) });

/***/ }),

/***/ 2108:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./undici-stub.js");

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  N4: () => (/* binding */ endGroup),
  dN: () => (/* binding */ exportVariable),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, error, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, platform, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: external "./undici-stub.js"
var external_undici_stub_js_ = __nccwpck_require__(333);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 9937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ decodeJwt)
});

;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
const buffer_utils_encoder = new TextEncoder(), decoder = new TextDecoder(), buffer_utils_strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = (/* unused pure expression or super */ null && (2 ** 32));
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
function writeUInt32BE(buf, value, offset) {
  if (value < 0 || value >= UINT32_RANGE)
    throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
  buf.set([value >>> 24, value >>> 16, value >>> 8, value & 255], offset);
}
function uint64be(value) {
  const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = new Uint8Array(8);
  return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
  const buf = new Uint8Array(4);
  return writeUInt32BE(buf, value), buf;
}
const NON_ASCII = /[^\x00-\x7f]/;
function buffer_utils_encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return buffer_utils_encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function buffer_utils_encodeBase64(input, url = !1) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
async function digest(algorithm, data) {
  const subtleDigest = `SHA-${algorithm.slice(-3)}`;
  return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/base64url.js

const invalid = "The input to be decoded is not correctly encoded.";
function base64url_decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function base64url_encode(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, !0);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/validate.js



function assertUint8Array(input, label) {
  if (!(input instanceof Uint8Array))
    throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message, { cause });
  }
  if (!isObject(parsed))
    throw new ErrorClass(message);
  return parsed;
}
const JWS_RECOGNIZED = { __proto__: null, b64: !0 }, JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/errors.js
class JOSEError extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}
class JWTClaimValidationFailed extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JWTExpired extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JOSEAlgNotAllowed extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JOSE_ALG_NOT_ALLOWED"));
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}
class errors_JOSENotSupported extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JOSE_NOT_SUPPORTED"));
  code = "ERR_JOSE_NOT_SUPPORTED";
}
class JWEDecryptionFailed extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message = "decryption operation failed", options) {
    super(message, options);
  }
}
class JWEInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWE_INVALID"));
  code = "ERR_JWE_INVALID";
}
class errors_JWSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWS_INVALID"));
  code = "ERR_JWS_INVALID";
}
class JWTInvalid extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}
class JWKInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWK_INVALID"));
  code = "ERR_JWK_INVALID";
}
class JWKSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWKS_INVALID"));
  code = "ERR_JWKS_INVALID";
}
class JWKSNoMatchingKey extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message = "no applicable key found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSMultipleMatchingKeys extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSTimeout extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message = "request timed out", options) {
    super(message, options);
  }
}
class JWSSignatureVerificationFailed extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message = "signature verification failed", options) {
    super(message, options);
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js




function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new JWTInvalid("JWTs must use Compact JWS serialization, JWT must be a string");
  const { 1: encodedPayload, length } = jwt.split(".");
  if (length === 5)
    throw new JWTInvalid("Only JWTs using Compact JWS serialization can be decoded");
  if (length !== 3)
    throw new JWTInvalid("Invalid JWT");
  if (!encodedPayload)
    throw new JWTInvalid("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = base64url_decode(encodedPayload);
  } catch (cause) {
    throw new JWTInvalid("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(buffer_utils_strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("Invalid JWT Claims Set");
  return claimsSet;
}



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map