import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__undici_stub_js_24858b81__ from "./undici-stub.js";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


__webpack_unused_export__ = httpOverHttp;
__webpack_unused_export__ = httpsOverHttp;
__webpack_unused_export__ = httpOverHttps;
__webpack_unused_export__ = httpsOverHttps;


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
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 691:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _job_post_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(661);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(640);
// Post step: undo what the main step exported or wrote. It never fails the job.


try {
    const { done, notes, warnings } = await (0,_job_post_js__WEBPACK_IMPORTED_MODULE_0__/* .undoPublish */ .k)();
    for (const said of warnings)
        (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(said);
    for (const note of notes)
        (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm)(note);
    if (done.length > 0)
        (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)(`Cleaned up: ${done.join('; ')}.`);
}
catch (error) {
    (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`Could not clean up the AWS credentials: ${error instanceof Error ? error.message : String(error)}`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ undoPublish)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var lib_core = __nccwpck_require__(5);
;// CONCATENATED MODULE: ./src/errors.ts
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
class MissingIdTokenPermissionError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'MissingIdTokenPermission';
    complete = true;
}
/** Under act (a local runner), which has no token endpoint: said before any request. */
class NoTokenEndpointUnderActError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'NoTokenEndpointUnderAct';
    complete = true;
}
/** A refreshing profile's settings file is gone (the job ended) or is not ours. */
class errors_RefreshSettingsError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'RefreshSettings';
    complete = true;
}
/** role-chaining without credentials in the environment. */
class SourceCredentialsError extends (/* unused pure expression or super */ null && (ActionError)) {
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
class errors_UnsafePathError extends ActionError {
    code = 'UnsafePath';
}
/** The profile files could not be used safely; wraps UnsafePathError at the profile boundary. */
class errors_ProfileFileError extends ActionError {
    code = 'ProfileFile';
    complete = true;
}
/** ACTIONS_ID_TOKEN_REQUEST_URL is set, but to no http(s) URL a request could go to. */
class InvalidTokenEndpointError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'InvalidTokenEndpoint';
    complete = true;
}
/** A file command (GITHUB_ENV, GITHUB_OUTPUT, ...) names a file this step cannot append to. */
class errors_FileCommandError extends (/* unused pure expression or super */ null && (ActionError)) {
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
class RequestTimeoutError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'Timeout';
}
/** A server sent more than this action ever reads; said with the endpoint and the limit. */
class ResponseTooLargeError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'ResponseTooLarge';
}
/** STS sent a value that is not of the shape it documents (a line break in a secret). */
class MalformedResponseError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'MalformedResponse';
}
/** STS answered with a session of another role, account or partition than the one asked for. */
class UnexpectedRoleError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'UnexpectedRole';
}
/** STS issued credentials that are already expired, or about to, by this runner's clock. */
class ExpiredCredentialsError extends (/* unused pure expression or super */ null && (ActionError)) {
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
class TokenFileError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'TokenFileError';
}
/** STS answered 200 without what a successful call must carry. */
class IncompleteResponseError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'IncompleteResponse';
}
/**
 * special-characters-workaround: the secret has a character some tools mangle. Re-assuming mints
 * a new secret; bounded by the same attempt and time limits as any retry.
 */
class SpecialCharactersError extends (/* unused pure expression or super */ null && (ActionError)) {
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

;// CONCATENATED MODULE: ./src/runner/file-commands.ts
// The runner's file commands (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE), each batch in ONE append:
// a write of a few KB to a regular file is not cut short by a signal, so a step killed at any point
// leaves the job with none of a batch or all of it, never AWS_ACCESS_KEY_ID without its secret.
// The entries are in the format @actions/core writes, one heredoc per value; without the file
// (an old runner), each goes through @actions/core instead.





/** The runner's file commands this step writes: the job's variables, outputs, state and summary. */
const FILE_COMMANDS = (/* unused pure expression or super */ null && (['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']));
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
            if (!statSync(path).isFile())
                why = 'it is not a regular file';
            else
                accessSync(path, constants.W_OK);
        }
        catch (error) {
            why = error.code ?? String(error);
        }
        if (why === undefined)
            continue;
        throw new FileCommandError(`${name} names ${path}, which this step cannot append to (${why}). The runner makes this file before each step: ` +
            `run the action as a step of a workflow, or point ${name} at a file that exists and that this user can write.`);
    }
}
function entry(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    // Values are checked before they get here (sts.ts); this is the last line of defence.
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`${name}: the value holds its delimiter`);
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
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
    append(process.env.GITHUB_OUTPUT, values, (n, v) => core.setOutput(n, v));
}
/** For the post step, which reads them back with core.getState. */
function file_commands_saveStates(values) {
    append(process.env.GITHUB_STATE, values, (n, v) => core.saveState(n, v));
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/runner/files.ts
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
    return new errors_UnsafePathError(`${path} is ${kind}, not a regular file; refusing to open it.`);
}
/** Refuses a path that exists and is not a regular file, before any open could block on it. */
function refuseOddFile(path) {
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(path);
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
        return (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Refuses a path that is a symlink, or whose directory is. */
function refuseSymlinks(path) {
    for (const p of [(0,external_node_path_namespaceObject.dirname)(path), path]) {
        if (isSymlink(p)) {
            throw new errors_UnsafePathError(`${p} is a symbolic link; refusing to follow it. Replace it with a real ${p === path ? 'file' : 'directory'}.`);
        }
    }
}
// Opening a FIFO for reading blocks until a writer comes; O_NONBLOCK makes the open return at once
// (it changes nothing for a regular file), and fstat then refuses it. Windows has no FIFOs.
const NONBLOCK = external_node_fs_.constants.O_NONBLOCK ?? 0;
/**
 * Opens a regular file and hands its descriptor and stat to `use`; undefined if it does not exist.
 * O_NOFOLLOW closes the gap between the lstat check and the open.
 */
function withFile(path, flags, use, mode) {
    refuseOddFile(path);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, flags | NONBLOCK, mode);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !(flags & external_node_fs_.constants.O_CREAT))
            return undefined;
        if (code === 'ELOOP')
            throw new errors_UnsafePathError(`${path} is a symbolic link; refusing to follow it.`);
        if (code === 'ENXIO')
            throw notRegular(path, 'a socket');
        throw error;
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        const kind = kindOf(stat);
        if (kind)
            throw notRegular(path, kind);
        return use(fd, stat);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The file's text, or undefined if it does not exist. Opened read-only; nothing about it changes. */
/**
 * Whether `path` is `dir` or inside it, by the platform's rules. Both are resolved first, so ".."
 * cannot pass for inside, a sibling that starts with the same letters ("/tmp/a2" beside "/tmp/a")
 * is outside, and a name that starts with two dots ("/tmp/a/..x") is inside; on Windows another
 * drive is outside.
 */
function files_isInside(dir, path, p = nodePath) {
    const rel = p.relative(p.resolve(dir), p.resolve(path));
    return rel === '' || (!p.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${p.sep}`));
}
function files_readText(path, options = {}) {
    const allowSymlink = options.allowSymlink ?? false;
    if (!allowSymlink)
        refuseSymlinks(path);
    const flags = external_node_fs_.constants.O_RDONLY | (allowSymlink ? 0 : external_node_fs_.constants.O_NOFOLLOW);
    return withFile(path, flags, (fd) => (0,external_node_fs_.readFileSync)(fd, 'utf8'));
}
/** /dev/null, which every tool reads as an empty file. */
function isDevNull(stat) {
    try {
        const devNull = (0,external_node_fs_.statSync)('/dev/null');
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
        stat = (0,external_node_fs_.statSync)(path);
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
    return withFile(path, external_node_fs_.constants.O_RDONLY, (fd) => (0,external_node_fs_.readFileSync)(fd));
}
/**
 * A directory only this user can enter, made now (0700), or one that is already exactly that: a
 * real directory, not a link, owned by this user, open to no one else.
 */
function files_ownDirectory(dir, platform = process.platform) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { mode: 0o700 });
        return;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    const stat = (0,external_node_fs_.lstatSync)(dir);
    const mine = process.getuid === undefined || stat.uid === process.getuid();
    // Windows has ACLs, not mode bits: the directory under LOCALAPPDATA is the user's own.
    if (!stat.isDirectory() || !mine || (platform !== 'win32' && (stat.mode & 0o077) !== 0)) {
        throw new errors_UnsafePathError(`${dir} exists and is not a private directory of this user; refusing to use it.`);
    }
}
/** Makes the directory durable after a rename in it (POSIX; Windows cannot open a directory). */
function syncDirectory(dir) {
    if (process.platform === 'win32')
        return;
    const fd = (0,external_node_fs_.openSync)(dir, external_node_fs_.constants.O_RDONLY);
    try {
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Replaces the file with `text` in one rename, 0600 and this process's. Its directory must exist. */
function files_writeSecretFile(path, text) {
    const dir = (0,external_node_path_namespaceObject.dirname)(path);
    refuseSymlinks(path);
    refuseOddFile(path);
    const temp = (0,external_node_path_namespaceObject.join)(dir, `.${(0,external_node_path_namespaceObject.basename)(path)}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`);
    const flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
    try {
        withFile(temp, flags, (fd) => {
            // The mode of open() is cut by the umask; the mode meant is set exactly.
            (0,external_node_fs_.fchmodSync)(fd, 0o600);
            (0,external_node_fs_.writeFileSync)(fd, text);
            (0,external_node_fs_.fsyncSync)(fd);
        }, 0o600);
        (0,external_node_fs_.renameSync)(temp, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
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
    const parent = (platform === 'win32' && env.LOCALAPPDATA) || env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)();
    const name = `aws-oidc-credentials-${(0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex')}`;
    // Absolute: a later step in another working directory must find the same files.
    const absolute = (platform === 'win32' ? external_node_path_namespaceObject.win32 : external_node_path_namespaceObject.posix).isAbsolute(parent);
    return absolute ? (0,external_node_path_namespaceObject.join)(parent, name) : (0,external_node_path_namespaceObject.resolve)(parent, name);
}

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

;// CONCATENATED MODULE: ./src/tools/resolution.ts
// The words both tools' models answer in: where a tool looks for a file, what it finds there, and
// which credentials and region it ends up with. Pure types and two small helpers.

const resolution_KINDS = ['config', 'credentials'];
/** The variable that names each file; both tools read both. */
const resolution_FILE_VARIABLE = {
    config: 'AWS_CONFIG_FILE',
    credentials: 'AWS_SHARED_CREDENTIALS_FILE',
};
const resolution_NO_FILE = { text: undefined, utf8: true };
/** A path as a later step opens it: relative paths from the working directory. */
const absolute = (path, cwd) => ((0,external_node_path_namespaceObject.isAbsolute)(path) ? path : (0,external_node_path_namespaceObject.resolve)(cwd, path));
/** The value a variable has, or undefined; a variable set to "" is set. */
const resolution_variableOf = (env, name) => Object.hasOwn(env, name) ? env[name] : undefined;
/** A profile's key, own properties only (a profile named "constructor" is a name like another). */
const resolution_keyOf = (values, key) => values !== undefined && Object.hasOwn(values, key) ? values[key] : undefined;
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
const configparser_readIni = lastFour(read);

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
    const raw = resolution_variableOf(env, resolution_FILE_VARIABLE[kind]) ?? `~/.aws/${kind}`;
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
    const read = configparser_readIni(text);
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
    return configparser_readIni(text).headers.map((h) => [
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
    const roleArn = resolution_keyOf(profile, 'role_arn');
    if (roleArn !== undefined && resolution_keyOf(profile, 'web_identity_token_file') === undefined) {
        const refused = roleSourceRefused(profile, exists);
        return refused ?? { kind: 'assume-role', roleArn };
    }
    const fromEnv = (name, key) => resolution_variableOf(env, name) ?? resolution_keyOf(profile, key);
    if (fromEnv('AWS_WEB_IDENTITY_TOKEN_FILE', 'web_identity_token_file')) {
        if (!fromEnv('AWS_ROLE_ARN', 'role_arn'))
            return 'web identity is set up without a role ARN';
        const from = resolution_variableOf(env, 'AWS_WEB_IDENTITY_TOKEN_FILE') === undefined ? 'profile' : 'environment';
        return { kind: 'web-identity', from };
    }
    const sso = ssoSource(profile);
    if (sso !== undefined)
        return sso;
    const credentialsKeys = keysIn('credentials', files.credentials);
    if (credentialsKeys !== undefined)
        return credentialsKeys;
    if (resolution_keyOf(profile, 'login_session') !== undefined)
        return { kind: 'login' };
    const command = resolution_keyOf(profile, 'credential_process');
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
    const source = resolution_keyOf(profile, 'source_profile');
    const credentialSource = resolution_keyOf(profile, 'credential_source');
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
    if (required.slice(0, 2).every((k) => resolution_keyOf(profile, k) === undefined))
        return undefined;
    const missing = required.filter((k) => resolution_keyOf(profile, k) === undefined);
    return resolution_keyOf(profile, 'sso_session') !== undefined || missing.length === 0
        ? { kind: 'sso' }
        : `the profile is configured to use SSO but is missing ${missing.join(', ')}`;
}
/** SharedCredentialProvider and ConfigProvider: aws_access_key_id needs aws_secret_access_key (PartialCredentialsError). */
function keysIn(file, values) {
    const accessKeyId = resolution_keyOf(values, 'aws_access_key_id');
    if (accessKeyId === undefined)
        return undefined;
    if (resolution_keyOf(values, 'aws_secret_access_key') === undefined)
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
    const named = resolution_variableOf(env, 'AWS_DEFAULT_PROFILE') ?? resolution_variableOf(env, 'AWS_PROFILE');
    if (named !== undefined && !all.has(named))
        return { ok: false, why: `the config profile (${named}) could not be found` };
    const name = named ?? 'default';
    const profile = all.get(name);
    const source = sourceOf(env, profile, { config: config.profiles.get(name), credentials: credentials.profiles.get(name) }, (n) => all.has(n));
    if (typeof source === 'string')
        return { ok: false, why: source };
    const region = resolution_variableOf(env, 'AWS_DEFAULT_REGION') ?? resolution_keyOf(profile, 'region');
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
        return `${env.HOMEDRIVE ?? `C:${external_node_path_namespaceObject.sep}`}${env.HOMEPATH}`;
    return undefined;
}
/** getConfigFilepath: the variable unless it is unset or ""; loadSharedConfigFiles expands a leading "~/" only. */
function js_sdk_where(kind, env, cwd) {
    const home = homeOf(env);
    const raw = env[resolution_FILE_VARIABLE[kind]] || (home === undefined ? undefined : (0,external_node_path_namespaceObject.join)(home, '.aws', kind));
    if (raw === undefined || (raw.startsWith('~/') && home === undefined))
        return { unknown: 'HOME is not set' };
    return { path: absolute(raw.startsWith('~/') ? (0,external_node_path_namespaceObject.join)(home, raw.slice(2)) : raw, cwd) };
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
    const roleArn = resolution_keyOf(data, 'role_arn');
    const sourceProfile = resolution_keyOf(data, 'source_profile');
    const credentialSource = resolution_keyOf(data, 'credential_source');
    if (roleArn !== undefined && (sourceProfile === undefined) !== (credentialSource === undefined))
        return { kind: 'assume-role', roleArn };
    const accessKeyId = resolution_keyOf(data, 'aws_access_key_id');
    if (accessKeyId !== undefined && resolution_keyOf(data, 'aws_secret_access_key') !== undefined) {
        const file = resolution_keyOf(credentials, 'aws_access_key_id') === undefined ? 'config' : 'credentials';
        return { kind: 'keys', file, accessKeyId };
    }
    if (resolution_keyOf(data, 'web_identity_token_file') !== undefined && roleArn !== undefined)
        return { kind: 'web-identity', from: 'profile' };
    const command = resolution_keyOf(data, 'credential_process');
    if (command !== undefined)
        return { kind: 'process', command };
    if (['sso_start_url', 'sso_account_id', 'sso_session', 'sso_region', 'sso_role_name'].some((k) => resolution_keyOf(data, k) !== undefined))
        return { kind: 'sso' };
    return resolution_keyOf(data, 'login_session') ? { kind: 'login' } : undefined;
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
    const region = env.AWS_REGION ?? resolution_keyOf(data, 'region');
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
const js_sdk_jsSdk = { name: js_sdk_NAME, where: js_sdk_where, profiles: js_sdk_profiles, headers: js_sdk_headers, resolve: js_sdk_resolve };

;// CONCATENATED MODULE: ./src/tools/view.ts
// Both tools at once: the decisions of the step hold only when every tool reads the same thing, so
// each question here is asked of every model and answered with where they differ.




const view_TOOLS = [botocore, js_sdk_jsSdk];
/** Every line any tool reads as a header, in order: the tools' lists (each in text order) merged. */
function boundariesIn(kind, text) {
    const lists = view_TOOLS.map((tool) => tool.headers(kind, text));
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
    for (const tool of view_TOOLS) {
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
function view_whereEach(kind, env, cwd) {
    return new Map(view_TOOLS.map((tool) => [tool, tool.where(kind, env, cwd)]));
}
/** What every tool resolves, given what each opens (`files` by tool: the tools may open different files). */
function resolveEach(env, files) {
    return new Map(view_TOOLS.map((tool) => [tool, tool.resolve(env, files(tool))]));
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
    const refused = view_TOOLS.some((tool) => tool.profiles(kind, { text: base, utf8: true }).refused !== undefined);
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
const digestOf = (value) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(value).digest('hex').slice(0, 16);
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
        const raw = lib_core/* getState */.Gu(STATE);
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
const ini_digestOf = (section) => (0,external_node_crypto_namespaceObject.hash)('sha256', section.replace(/\r\n?/g, '\n').trimEnd()).slice(0, 16);
/**
 * A short digest of each section's text, by its header line, to tell later which sections were
 * changed. Line endings and blank lines at the end do not count: botocore's writer turns CRLF into LF.
 * A Map, saved as its entries: a file of 500,000 sections is no object of 500,000 properties.
 */
function sectionDigests(kind, text) {
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
    const digests = sectionDigests(kind, base);
    for (const [header, digest] of sectionDigests(kind, section)) {
        digests.set(header, (digests.get(header) ?? '') + digest);
    }
    return digests;
}
/** The sections changed between two sets of digests, each said as changed, added or removed. */
function changedSections(before, after) {
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
const defaultFile = (env, kind) => (0,external_node_path_namespaceObject.join)(env.HOME || (0,external_node_os_namespaceObject.homedir)(), '.aws', kind);
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
    for (const kind of resolution_KINDS) {
        const text = user.files[kind].text;
        const headers = text === undefined ? [] : headersNaming(kind, text, name);
        if (headers.length === 0)
            continue;
        throw new ProfileExistsError(`${whose}, but ${user.paths[kind]} already has ${headers.map((h) => JSON.stringify(h)).join(' and ')}, ` +
            'which the AWS tools read as that profile. ' +
            `Set overwrite-aws-profile: true to replace it in this job's copy (your file stays as it is), or ${other}.`);
    }
}
/** The text without the profile's sections; fails when taking them out changes how a tool reads another profile. */
function profile_hidden(user, kind, name) {
    if (!user.files[kind].utf8) {
        throw new errors_ProfileFileError(`${user.paths[kind]} is not UTF-8: the AWS CLI (botocore) refuses such a file whole, and would refuse this job's copy of it too. ` +
            `Save it as UTF-8, or point ${resolution_FILE_VARIABLE[kind]} at a file that is.`);
    }
    const text = user.files[kind].text ?? '';
    const out = withoutProfile(kind, text, name);
    const changed = changedProfiles(kind, text, out, name);
    if (changed.length > 0) {
        throw new errors_ProfileFileError(`${user.paths[kind]} has lines that the AWS CLI and the AWS SDK for JavaScript read as different sections, ` +
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
    throw new errors_ProfileFileError(`This job's AWS files would be in ${dir}, where the AWS CLI expands ${JSON.stringify(found)} in AWS_CONFIG_FILE and the AWS SDK for JavaScript does not, ` +
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
    const config = (0,external_node_path_namespaceObject.join)(dir, 'config');
    const base = profile_hidden(user, 'config', section.name);
    const copy = appendSection(base, configHeader(section.name), section.values);
    const texts = { [config]: copy };
    const variables = { [resolution_FILE_VARIABLE.config]: config };
    const credentials = user.files.credentials.text;
    if (credentials !== undefined && headersNaming('credentials', credentials, section.name).length > 0) {
        const path = (0,external_node_path_namespaceObject.join)(dir, 'credentials');
        texts[path] = profile_hidden(user, 'credentials', section.name);
        variables[resolution_FILE_VARIABLE.credentials] = path;
    }
    const digests = (0,external_node_path_namespaceObject.join)(dir, 'digests.json');
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
    const path = (0,external_node_path_namespaceObject.join)(dir, chosen);
    const text = appendSection(user.files[chosen].text ?? '', 'default', {});
    const files = {
        profile: undefined,
        dir,
        secrets: [path],
        config: path,
        digests: (0,external_node_path_namespaceObject.join)(dir, 'digests.json'),
    };
    const base = user.files[chosen].text ?? '';
    const appended = { path, base, section: text.slice(base.length) };
    return { files, texts: { [path]: text }, variables: { [resolution_FILE_VARIABLE[chosen]]: path }, appended };
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
    return new ProfileFileError(`Could not write this job's AWS files in ${dirname(dir)} (${code || 'error'}: ${why}). ` +
        'Set RUNNER_TEMP (on Windows, LOCALAPPDATA) to a directory this user can write, with room for a few files.', { cause: error });
}
/**
 * Before any request: the private directory can be made and the planned files (with placeholder
 * keys) written in it, at their size. Written plainly, no rename, and the directory removed again.
 */
function probeJobFiles(planned) {
    const { dir } = planned.files;
    try {
        ownDirectory(dir);
        try {
            for (const [path, text] of Object.entries(planned.texts))
                writeFileSync(`${path}.probe`, text, { mode: 0o600, flag: 'wx' });
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }
    catch (error) {
        if (error instanceof ProfileFileError || error instanceof UnsafePathError)
            throw error;
        throw unwritable(dir, error);
    }
}
/** Makes the private directory; what it is (device and inode) goes into the post step's state. */
function makeJobDirectory(files) {
    ownDirectory(files.dir);
    const made = lstatSync(files.dir);
    return { ...files, made: { dev: made.dev, ino: made.ino } };
}
/** Writes the planned files into the private directory (made already), with each one's digests. */
function writeJobFiles(planned, digests = true) {
    files_ownDirectory(planned.files.dir);
    for (const [path, text] of Object.entries(planned.texts))
        files_writeSecretFile(path, text);
    if (!digests)
        return;
    const { appended } = planned;
    const each = Object.entries(planned.texts).map(([path, text]) => [
        path,
        [
            ...(appended?.path === path
                ? appendedDigests('config', appended.base, appended.section)
                : sectionDigests('config', text)),
        ],
    ]);
    files_writeSecretFile(planned.files.digests, JSON.stringify(Object.fromEntries(each)));
}
/** The sections later steps changed in each file of the job's, by path; read before they go. */
function editsOf(files) {
    const edits = new Map();
    try {
        const before = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(files.dir, (0,external_node_path_namespaceObject.basename)(files.digests)), 'utf8'));
        for (const [path, entries] of Object.entries(before)) {
            const digests = new Map(entries);
            const now = files_readText(path);
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
        now = (0,external_node_fs_.lstatSync)(files.dir);
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
async function removeJobFiles(files, removeDirectory = async (dir) => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true })) {
    const replaced = replacedBy(files);
    if (replaced)
        return { edits: new Map(), left: [`${files.dir}: ${replaced}, so nothing was deleted through it`] };
    const edits = editsOf(files);
    const left = [];
    for (const path of files.secrets) {
        try {
            // Inside the job's own directory: whatever a later step put in its place goes too.
            (0,external_node_fs_.rmSync)(path, { force: true, recursive: true });
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
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.dirname)(path)))
        throw new errors_UnsafePathError(`${(0,external_node_path_namespaceObject.dirname)(path)} does not exist`);
    // Loaded when first needed: a refresher serving from its cache takes no lock.
    // CommonJS: its functions hang off the default export once bundled.
    const lockfile = await __nccwpck_require__.e(/* import() */ 648).then(__nccwpck_require__.t.bind(__nccwpck_require__, 648, 23));
    const lock = lockfile.lock ?? lockfile.default.lock;
    const fs = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 24, 23));
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
const retiredMark = (dir) => `${dir}.retired`;
/**
 * Why the job's directory `dir` is gone. The post step marks it retired before it removes it; the
 * runner writes the event file (GITHUB_EVENT_PATH) under RUNNER_TEMP when the job starts and keeps
 * it until the job ends. So: marked, the post step ran; unmarked with the event file gone from
 * RUNNER_TEMP, a step emptied it; unmarked otherwise, a step removed the directory (or emptied a
 * RUNNER_TEMP the event file is not in, as in a container job) while the job runs.
 */
function settings_whyGone(dir, env, exists = existsSync) {
    if (exists(retiredMark(dir)))
        return "this action's post step has run: it removes the profile and its credentials when the job's steps are done";
    const { GITHUB_EVENT_PATH: event, RUNNER_TEMP: temp } = env;
    const inTemp = event && temp && isInside(temp, event);
    if (inTemp && !exists(event)) {
        return `RUNNER_TEMP was emptied (the runner's ${event} is gone too), and this profile and its credentials with it. Empty RUNNER_TEMP before this action's step, or run the action again after that step`;
    }
    return "a step removed it while the job runs (this action's post step has not run): it deleted the directory, or emptied RUNNER_TEMP. Remove it after the steps that use the profile, or run the action again after that step";
}
function loadSettings(path) {
    const text = readText(path);
    if (text === undefined)
        throw new RefreshSettingsError(`${path} is gone: ${settings_whyGone(dirname(path), process.env)}`);
    const settings = JSON.parse(text);
    if ((settings.kind !== 'oidc' && settings.kind !== 'chain') || typeof settings.cacheFile !== 'string') {
        throw new RefreshSettingsError(`${path} is not a refresh settings file of this action`);
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
            throw new RefreshSettingsError(`The refreshing profiles chain in a loop (${names()}): each would wait on the other for ever. ` +
                'Run the role-chaining step again from a profile that refreshes through OIDC.');
        }
        if (chain.length === MAX_CHAIN) {
            throw new RefreshSettingsError(`More than ${MAX_CHAIN} refreshing profiles chained (${names()}). Chain from a profile nearer to the one that uses OIDC.`);
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
function cache_entryOf(c, nowMs) {
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
        const entry = JSON.parse(readText(file) ?? 'null');
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
function cache_writeCache(file, entry) {
    writeSecretFile(file, JSON.stringify(entry));
}
// A mint can take the retry loop's full minute; the others wait for it rather than mint their own.
const MINT_WAIT = { retries: 200, minTimeout: 50, maxTimeout: 500, factor: 1.2 }; // about 95 s
/**
 * Fresh credentials from the cache, or from `mint` (one minter at a time; the rest reuse its
 * result). `live` says, under the lock, whether the post step has retired the directory: then what
 * was minted is returned without being cached.
 */
async function cachedCredentials(file, mint, live, now = Date.now) {
    const hit = readCache(file);
    if (hit && isFresh(hit, now()))
        return hit;
    if (!existsSync(dirname(file)))
        throw new RefreshSettingsError(`${dirname(file)} is gone: ${whyGone(dirname(file), process.env)}`);
    const locked = withLock(file, MINT_WAIT, async () => {
        const again = readCache(file);
        if (again && isFresh(again, now()))
            return again;
        const entry = cache_entryOf(await mint(), now());
        if (live())
            cache_writeCache(file, entry);
        return entry;
    });
    return locked.catch((error) => {
        if (existsSync(dirname(file)))
            throw error;
        throw new RefreshSettingsError(`${dirname(file)} was removed while this refresher waited: ${whyGone(dirname(file), process.env)}`);
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
        throw new UnsafePathError(`${JSON.stringify(arg)} cannot be named in credential_process on Windows (a ", a % or a trailing \\ cannot be quoted for both cmd.exe and CommandLineToArgvW). Use a RUNNER_TEMP (on Windows, %LOCALAPPDATA%) and a node path without them.`);
    }
    return `"${arg}"`;
}
/** The command line for `args`, for the platform the later steps run on; throws if one cannot be said. */
function command_line_commandLine(args, platform = process.platform) {
    for (const arg of args) {
        if (NEVER.test(arg) || arg === '') {
            throw new UnsafePathError(`${JSON.stringify(arg)} cannot be named in credential_process: it is empty or holds a line break or NUL.`);
        }
    }
    return args.map(platform === 'win32' ? windowsWord : posixWord).join(' ');
}
/** The arguments of a command line this module wrote (and only such a line); undefined if not one. */
function command_line_argumentsOf(line, platform = process.platform) {
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
        bytes = readLinked(path);
    }
    catch (error) {
        const why = error instanceof errors_UnsafePathError ? error.message : `${error.code}.`;
        throw new errors_ProfileFileError(`Could not read ${path}, the AWS ${kind} file of this job: ${why} Make it a regular file this user can read, ` +
            `or point ${resolution_FILE_VARIABLE[kind]} at one.`, { cause: error });
    }
    if (bytes === undefined)
        return resolution_NO_FILE;
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
    return new ProfileFileError(`${variable} is ${value === undefined ? 'not set' : JSON.stringify(value)}: ${each}. ` +
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
        if (!value || !/[/\\]aws-oidc-credentials-[0-9a-f]{16}[/\\][^/\\]+$/.test(value) || existsSync(value))
            return [];
        return [
            `${FILE_VARIABLE[kind]} names ${value}, a file of an earlier step of this action whose post step has run ` +
                '(post steps ran out of order): the AWS tools read no file there.',
        ];
    });
}
/** The files one tool reads, whatever the others read (for what only that tool decides). */
function seen_filesOf(tool, env, cwd, read = readSeen) {
    const seen = (kind) => {
        const w = tool.where(kind, env, cwd);
        return 'path' in w ? read(w.path, kind) : resolution_NO_FILE;
    };
    return Object.fromEntries(resolution_KINDS.map((k) => [k, seen(k)]));
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
    return join(dirname(fileURLToPath(import.meta.url)), ['refresh', 'index.js'].join('/'));
}
/** The command line that runs the refresher; throws when this platform's shells cannot name a path. */
function refresherCommand(settingsFile) {
    // Absolute paths: a later step may have another node (or none) first on its PATH.
    return commandLine([process.execPath, bundledRefresher(), settingsFile]);
}
/** Where the refresher's files go in `dir`, and the credential_process line; nothing is written yet. */
function planRefreshFiles(dir) {
    const settingsFile = join(dir, 'settings.json');
    return {
        settingsFile,
        cacheFile: join(dir, 'cache.json'),
        credentialProcess: refresherCommand(settingsFile),
    };
}
/** The settings and the seeded cache, into the private directory (made already). */
function writeRefreshFiles(files, settings, first) {
    writeSecretFile(files.settingsFile, JSON.stringify(settings));
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
        (0,external_node_fs_.writeFileSync)(retiredMark(dir), '', { flag: 'wx', mode: 0o600 });
    }
    catch {
        // Already there, or RUNNER_TEMP itself is gone: the refresher says what it finds.
    }
    (0,external_node_fs_.rmSync)(files.settingsFile, { force: true });
    if (!(0,external_node_fs_.existsSync)(dir))
        return;
    const remove = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    await lock_withLock(files.cacheFile, MINT_WAIT, remove).catch(remove);
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
    const refresher = ['refresh', 'index.js'].join(sep);
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
const CREDENTIAL_VARIABLES = (/* unused pure expression or super */ null && ([
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
]));
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

;// CONCATENATED MODULE: ./src/job/post.ts
// The post step: delete the job's files (the ones with keys first), then write back every variable
// the main step exported and no later step changed since: what it held before, or, where it was
// unset, the value every AWS tool reads as unset (variables.ts). Then ask both tools' models what
// they read now against what they read before the step, and say where they differ.











/** The environment as it was before the main step, for the variables it exported. */
function beforeEnv(now, before) {
    const env = { ...now };
    for (const [name, value] of Object.entries(before)) {
        if (value === null)
            delete env[name];
        else
            env[name] = value;
    }
    return env;
}
/** A tool's files, or none when they cannot be read now: the post step never fails on a user's file. */
function filesOrNone(read) {
    try {
        return read();
    }
    catch {
        return undefined;
    }
}
/** The user's files as each tool reads them with the variables written back. */
function viewOf(restored, cwd) {
    const boto = filesOrNone(() => seen_filesOf(botocore, restored, cwd));
    const js = filesOrNone(() => seen_filesOf(js_sdk_jsSdk, restored, cwd));
    const profileOf = (files, tool, name) => files && resolution_KINDS.map((k) => tool.profiles(k, files[k]).profiles.get(name)).find((p) => p !== undefined);
    return {
        exists: (name) => boto !== undefined && profileOf(boto, botocore, name) !== undefined,
        region: (variable, profile) => variable === 'AWS_REGION'
            ? resolution_keyOf(profileOf(js, js_sdk_jsSdk, profile ?? 'default'), 'region')
            : resolution_keyOf(profileOf(boto, botocore, profile ?? 'default'), 'region'),
        defaultFile: (variable) => defaultFile(restored, Object.keys(resolution_FILE_VARIABLE).find((k) => resolution_FILE_VARIABLE[k] === variable) ?? 'config'),
    };
}
/** Where a tool reads differently now than before the main step. */
function differences(before, after, cwd) {
    const read = (env) => resolveEach(env, (tool) => filesOrNone(() => seen_filesOf(tool, env, cwd)) ?? {
        config: { text: undefined, utf8: true },
        credentials: { text: undefined, utf8: true },
    });
    const was = read(before);
    const is = read(after);
    const found = [];
    for (const [tool, r] of is) {
        const w = was.get(tool);
        if (post_said(w) !== post_said(r))
            found.push(`${tool.name} reads ${post_said(r)} (before the step: ${post_said(w)})`);
    }
    return found;
}
/** What a tool resolves, in words; the region is left out: one that was unset cannot be unset again. */
const post_said = (r) => r === undefined ? 'nothing' : r.ok ? `${r.source.kind} credentials` : r.why;
/** At most ten items, each at most 100 characters, and how many more: a notice stays short. */
function bounded(items, width = 100) {
    const shown = items.slice(0, 10).map((i) => (i.length > width ? `${i.slice(0, width - 1)}\u2026` : i));
    return `${shown.join(', ')}${items.length > 10 ? `, and ${items.length - 10} more` : ''}`;
}
/** What later steps changed in the job's files, which went with it: settings, and keys. */
function editNotes(edits, config) {
    return [...edits].map(([path, sections]) => path === config
        ? `Later steps edited this job's AWS config file (${bounded(sections)}). ` +
            "It was the job's own copy, so those edits ended with the job; to keep a setting, write it to your own file."
        : `Later steps changed this job's AWS credentials file (${bounded(sections)}): the keys they wrote there were deleted with it. ` +
            'To keep keys after the job, write them to your own file.');
}
/** Post step: delete the job's files, write the variables back, and say what could not be. */
async function undoPublish(env = process.env, cwd = process.cwd()) {
    const done = [];
    const notes = [];
    const warnings = [];
    const state = loadState();
    if (!state)
        return { done, notes, warnings };
    if (state.files) {
        const refresh = state.refresh;
        const removal = await removeJobFiles(state.files, refresh ? (dir) => retire(refresh, dir) : undefined);
        if (removal.left.length === 0)
            done.push(`deleted this job's AWS files${state.files.profile ? ` with profile ${state.files.profile}` : ''}`);
        else
            warnings.push(`Left in place, and why: ${bounded(removal.left, 400)}. Look there for files of this job; the runner empties RUNNER_TEMP after the job.`);
        notes.push(...editNotes(removal.edits, state.files.config));
    }
    const ours = Object.keys(state.exported).filter((n) => env[n] !== undefined && digestOf(env[n]) === state.exported[n]);
    const before = beforeEnv(env, state.before);
    const restored = restoreFor(ours, before, env, viewOf(before, cwd));
    if (restored.emptyDefault) {
        try {
            Object.assign(restored.env, emptyDefaultFile(before, cwd));
        }
        catch (error) {
            notes.push(`Could not write the config file with an empty [default] profile: ${error.message}`);
        }
    }
    exportVariables(restored.env);
    if (ours.length > 0)
        done.push(`wrote back ${ours.join(', ')}`);
    const differ = differences(before, { ...env, ...restored.env }, cwd);
    if (differ.length > 0)
        notes.push(`After this post step, ${differ.join('; ')}.`);
    return { done, notes, warnings };
}
/**
 * botocore must find a default profile for AWS_DEFAULT_PROFILE=default to read as "unset", and the
 * user's files have none: a config file of the job's, the user's config with an empty [default]
 * added (no key of this job), which stays until the runner empties RUNNER_TEMP.
 */
function emptyDefaultFile(before, cwd) {
    const files = seen_filesOf(botocore, before, cwd);
    const planned = planJobFiles({ paths: { config: undefined, credentials: undefined }, files }, 'empty-default', privateDirectoryName(before));
    writeJobFiles(planned, false);
    return planned.variables;
}


/***/ }),

/***/ 640:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: debug, fail, group, mask

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var lib_core = __nccwpck_require__(5);
;// CONCATENATED MODULE: ./src/runner/escape.ts
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
function escape_logSafe(line) {
    const flat = oneLine(line).replace(/##\[/g, '##\\[');
    return /^\s*::/.test(flat) ? `\\${flat}` : flat;
}
/**
 * The text of an annotation (::error::, ::warning::): @actions/core escapes its line breaks and %
 * itself; control characters are shown as \xNN and the old "##[" syntax is neutralised here.
 */
function escape_annotationSafe(text) {
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

;// CONCATENATED MODULE: ./src/runner/log.ts
// The action's own log lines. Each goes through logSafe, because most carry something from
// outside: an STS code, a claim, a path.


/**
 * The one door for masking: the runner replaces the value with *** in every later line of the
 * job's log. Called before anything could print the value (nothing else calls setSecret).
 */
function mask(value) {
    if (value)
        core.setSecret(value);
}
function info(line) {
    lib_core/* info */.pq(escape_logSafe(line));
}
/** Shown with RUNNER_DEBUG=1 (or ACTIONS_STEP_DEBUG): @actions/core escapes its line breaks. */
function debug(line) {
    core.debug(annotationSafe(line));
}
function warning(text) {
    lib_core/* warning */.$e(escape_annotationSafe(text));
}
function notice(text) {
    lib_core/* notice */.lm(escape_annotationSafe(text));
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


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dN: () => (/* binding */ exportVariable),
  Gu: () => (/* binding */ getState),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, debug, endGroup, error, getBooleanInput, getIDToken, getInput, getMultilineInput, group, isDebug, markdownSummary, platform, saveState, setCommandEcho, setFailed, setOutput, setSecret, startGroup, summary, toPlatformPath, toPosixPath, toWin32Path

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
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
function utils_toCommandProperties(annotationProperties) {
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
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
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
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
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
var external_fs_ = __nccwpck_require__(896);
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
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
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
;// CONCATENATED MODULE: external "./undici-stub.js"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_undici_stub_js_namespaceObject = x({  });
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
const summary = (/* unused pure expression or super */ null && (_summary));
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
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
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
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
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
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
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
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
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
    const convertedVal = utils_toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', file_command_prepareKeyValueMessage(name, val));
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
    issueCommand('add-mask', {}, secret);
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
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
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
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
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
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(691);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map