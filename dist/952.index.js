export const id = 952;
export const ids = [952];
export const modules = {

/***/ 6952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mint: () => (/* binding */ mint)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _exchange_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4850);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8903);
/* harmony import */ var _refresher_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7467);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4606);
// Minting a refreshing profile's credentials: loaded only when the cache cannot serve them.






const NO_TOKEN_ENDPOINT = 'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not in the environment of the process that asked for credentials. ' +
    'Every step of a job with permissions: id-token: write has them; a tool that clears the environment (sudo, env -i, docker run) must pass them on ' +
    '(sudo --preserve-env=ACTIONS_ID_TOKEN_REQUEST_URL,ACTIONS_ID_TOKEN_REQUEST_TOKEN). The request token is never written to disk.';
/** The signing credentials of a chained profile: its source's, refreshed the same way. */
async function sourceOf(settings, log, depth) {
    if (settings.kind !== 'chain')
        return undefined;
    const c = await (0,_refresher_js__WEBPACK_IMPORTED_MODULE_3__/* .refreshedCredentials */ .v)((0,_refresher_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSettings */ .M)(settings.source), log, depth + 1);
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}
/** New credentials: through GitHub OIDC, or by assuming the role with the source profile's. */
async function mint(settings, log, depth) {
    const env = process.env;
    if (settings.kind === 'oidc' && !(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RefreshSettingsError */ .ls(NO_TOKEN_ENDPOINT);
    }
    // The later step's own proxy variables win: they are where its proxy password lives.
    const ownProxy = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((n) => env[n]);
    if (settings.proxy && !ownProxy)
        (0,_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .applyProxyEnv */ .m)(settings.proxy);
    const source = await sourceOf(settings, log, depth);
    const sts = await Promise.all(/* import() */[__webpack_require__.e(884), __webpack_require__.e(384)]).then(__webpack_require__.bind(__webpack_require__, 3384));
    const client = sts.createStsClient(settings, { credentials: source });
    try {
        return await assumed(settings, sts, client, log);
    }
    finally {
        client.destroy();
    }
}
function assumed(settings, sts, client, log) {
    const signal = AbortSignal.timeout(_exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.maxRetryTimeMs + settings.httpTimeoutMs);
    // A credential_process keeps a tool waiting: throttling gets the general time limit, not the
    // main step's longer budget.
    const policy = {
        ..._exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj,
        maxAttempts: settings.maxAttempts,
        throttleBudgetMs: _exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.maxRetryTimeMs,
    };
    const effects = {
        sleep: (ms, s) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal: s }),
        now: Date.now,
        random: Math.random,
        log,
    };
    const result = settings.kind === 'oidc'
        ? (0,_exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .exchange */ .cv)(policy, {
            ...effects,
            fetchToken: (s) => (0,_token_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchGitHubToken */ .d2)(settings.audience, settings.httpTimeoutMs, s),
            call: (token, s) => sts.assumeRoleWithWebIdentity(client, settings, settings.roleArn, token, s),
        }, signal)
        : (0,_exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .exchange */ .cv)(policy, {
            ...effects,
            call: (s) => sts.assumeRole(client, settings, settings.roleArn, settings.tags, s, log),
        }, signal);
    return result.then((r) => r.credentials);
}


/***/ })

};

//# sourceMappingURL=952.index.js.map