export const id = 367;
export const ids = [367];
export const modules = {

/***/ 6367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mint: () => (/* binding */ mint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _github_token_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(942);
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7026);
/* harmony import */ var _network_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1290);
/* harmony import */ var _sts_sts_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9744);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefreshSettingsError */ .ls(NO_TOKEN_ENDPOINT);
    }
    // The later step's own proxy variables win: they are where its proxy password lives.
    if (settings.proxy && !_inputs_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .PROXY_VARIABLES */ .bD.some((n) => env[n]))
        (0,_network_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .applyProxyEnv */ .m4)(settings.proxy);
    const policy = (0,_sts_sts_session_js__WEBPACK_IMPORTED_MODULE_4__/* .retryPolicy */ .Jb)(settings, 'credential-process');
    const session = await (0,_sts_sts_session_js__WEBPACK_IMPORTED_MODULE_4__/* .openStsSession */ .Z)(settings, {
        credentials: await source(),
        policy,
        // credential_process hands the secret over as JSON, which no tool mangles.
        specialCharactersWorkaround: false,
        log,
    });
    const signal = AbortSignal.timeout(policy.maxRetryTimeMs + settings.httpTimeoutMs);
    try {
        const result = settings.kind === 'oidc'
            ? await session.withWebIdentity(settings.roleArn, (s) => (0,_github_token_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchGitHubToken */ .d2)(settings.audience, settings.httpTimeoutMs, s), signal)
            : await session.assume(settings.roleArn, settings.tags, signal);
        return result.credentials;
    }
    finally {
        session.destroy();
    }
}


/***/ })

};

//# sourceMappingURL=367.index.js.map