import * as __WEBPACK_EXTERNAL_MODULE__undici_stub_js_24858b81__ from "./undici-stub.js";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ RequestTimeoutError),
/* harmony export */   Nj: () => (/* binding */ TokenRequestError),
/* harmony export */   O1: () => (/* binding */ TokenFileError),
/* harmony export */   Sb: () => (/* binding */ ExchangeError),
/* harmony export */   Yw: () => (/* binding */ SpecialCharactersError),
/* harmony export */   by: () => (/* binding */ ResponseTooLargeError),
/* harmony export */   cb: () => (/* binding */ AttemptError),
/* harmony export */   eB: () => (/* binding */ ExpiredCredentialsError),
/* harmony export */   f7: () => (/* binding */ MalformedResponseError),
/* harmony export */   k0: () => (/* binding */ UnsafePathError),
/* harmony export */   ls: () => (/* binding */ RefreshSettingsError),
/* harmony export */   qK: () => (/* binding */ IncompleteResponseError),
/* harmony export */   y0: () => (/* binding */ UnexpectedRoleError)
/* harmony export */ });
/* unused harmony exports ActionError, InputError, MissingIdTokenPermissionError, NoTokenEndpointUnderActError, SourceCredentialsError, AccountNotAllowedError, ProfileExistsError, ProfileFileError, InvalidTokenEndpointError, FileCommandError, ActionTimeoutError */
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
class RefreshSettingsError extends ActionError {
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
class ProfileExistsError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'ProfileExists';
    complete = true;
}
/** A file this action reads or writes is a symlink, or not a regular file. */
class UnsafePathError extends ActionError {
    code = 'UnsafePath';
}
/** The profile files could not be used safely; wraps UnsafePathError at the profile boundary. */
class ProfileFileError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'ProfileFile';
    complete = true;
}
/** ACTIONS_ID_TOKEN_REQUEST_URL is set, but to no http(s) URL a request could go to. */
class InvalidTokenEndpointError extends (/* unused pure expression or super */ null && (ActionError)) {
    code = 'InvalidTokenEndpoint';
    complete = true;
}
/** A file command (GITHUB_ENV, GITHUB_OUTPUT, ...) names a file this step cannot append to. */
class FileCommandError extends (/* unused pure expression or super */ null && (ActionError)) {
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

/***/ 2319:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ refreshedCredentials)
});

// UNUSED EXPORTS: credentialsOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/runner/files.ts
var files = __nccwpck_require__(869);
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
async function withLock(path, wait, work) {
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
const retiredMark = (dir) => `${dir}.retired`;
/**
 * Why the job's directory `dir` is gone. The post step marks it retired before it removes it; the
 * runner writes the event file (GITHUB_EVENT_PATH) under RUNNER_TEMP when the job starts and keeps
 * it until the job ends. So: marked, the post step ran; unmarked with the event file gone from
 * RUNNER_TEMP, a step emptied it; unmarked otherwise, a step removed the directory (or emptied a
 * RUNNER_TEMP the event file is not in, as in a container job) while the job runs.
 */
function whyGone(dir, env, exists = external_node_fs_.existsSync) {
    if (exists(retiredMark(dir)))
        return "this action's post step has run: it removes the profile and its credentials when the job's steps are done";
    const { GITHUB_EVENT_PATH: event, RUNNER_TEMP: temp } = env;
    const inTemp = event && temp && (0,files/* isInside */.FK)(temp, event);
    if (inTemp && !exists(event)) {
        return `RUNNER_TEMP was emptied (the runner's ${event} is gone too), and this profile and its credentials with it. Empty RUNNER_TEMP before this action's step, or run the action again after that step`;
    }
    return "a step removed it while the job runs (this action's post step has not run): it deleted the directory, or emptied RUNNER_TEMP. Remove it after the steps that use the profile, or run the action again after that step";
}
function loadSettings(path) {
    const text = (0,files/* readText */.yR)(path);
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
        const entry = JSON.parse((0,files/* readText */.yR)(file) ?? 'null');
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
    (0,files/* writeSecretFile */.AK)(file, JSON.stringify(entry));
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
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(file)))
        throw new errors/* RefreshSettingsError */.ls(`${(0,external_node_path_.dirname)(file)} is gone: ${whyGone((0,external_node_path_.dirname)(file), process.env)}`);
    const locked = withLock(file, MINT_WAIT, async () => {
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
    return cachedCredentials(first.settings.cacheFile, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(495), __nccwpck_require__.e(665)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3665))).mint(first.settings, log, source), 
    // The post step removes the settings first: then nothing is cached any more.
    () => (0,external_node_fs_.existsSync)(first.path));
}
/** The credential_process answer as keys that sign a call. */
function credentialsOf(c) {
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}


/***/ }),

/***/ 658:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _runner_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4099);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2319);
// The credential_process of a refresh-credentials profile: the AWS CLI and the SDKs run it when
// they need credentials. It prints them as credential_process JSON (Version 1) from the cache, or
// minted anew. Nothing else may reach stdout.



const print = process.stdout.write.bind(process.stdout);
// The token fetch announces ::add-mask:: (and, with RUNNER_DEBUG, ::debug::) lines on stdout; here
// they would corrupt the JSON. Nothing printed here is secret-bearing, and none of it is needed.
process.stdout.write = (() => true);
// A later step's log: the runner reads commands there too.
const log = (line) => process.stderr.write(`${(0,_runner_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafe */ .sN)(line)}\n`);
// No process.exit(): on macOS a pipe is written asynchronously, and exiting could cut the JSON off.
try {
    const { IssuedAt: _, ...answer } = await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .refreshedCredentials */ .v)(process.argv[2] ?? '', log);
    print(`${JSON.stringify(answer)}\n`);
}
catch (error) {
    const why = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExchangeError */ .Sb
        ? `${error.classified.code}: ${error.classified.message} Next: ${error.classified.hint}`
        : error instanceof Error
            ? error.message
            : String(error);
    log(`aws-oidc-credentials refresh failed: ${why}`);
    process.exitCode = 1;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4099:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ annotationSafe),
/* harmony export */   sN: () => (/* binding */ logSafe)
/* harmony export */ });
/* unused harmony exports oneLine, codeSafe, jsonSafe, html, hideAccounts */
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
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony exports readLinked, ownDirectory, privateDirectoryName */
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
        const devNull = statSync('/dev/null');
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
        stat = statSync(path);
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
    return withFile(path, constants.O_RDONLY, (fd) => readFileSync(fd));
}
/**
 * A directory only this user can enter, made now (0700), or one that is already exactly that: a
 * real directory, not a link, owned by this user, open to no one else.
 */
function ownDirectory(dir, platform = process.platform) {
    try {
        mkdirSync(dir, { mode: 0o700 });
        return;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    const stat = lstatSync(dir);
    const mine = process.getuid === undefined || stat.uid === process.getuid();
    // Windows has ACLs, not mode bits: the directory under LOCALAPPDATA is the user's own.
    if (!stat.isDirectory() || !mine || (platform !== 'win32' && (stat.mode & 0o077) !== 0)) {
        throw new UnsafePathError(`${dir} exists and is not a private directory of this user; refusing to use it.`);
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
    const parent = (platform === 'win32' && env.LOCALAPPDATA) || env.RUNNER_TEMP || tmpdir();
    const name = `aws-oidc-credentials-${randomBytes(8).toString('hex')}`;
    // Absolute: a later step in another working directory must find the same files.
    const absolute = (platform === 'win32' ? win32 : posix).isAbsolute(parent);
    return absolute ? join(parent, name) : resolve(parent, name);
}


/***/ }),

/***/ 333:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({  });

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

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

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
/******/ var __webpack_exports__ = __nccwpck_require__(658);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map