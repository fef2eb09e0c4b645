export const id = 403;
export const ids = [403];
export const modules = {

/***/ 7403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assumeRole: () => (/* binding */ assumeRole),
/* harmony export */   assumeRoleWithWebIdentity: () => (/* binding */ assumeRoleWithWebIdentity),
/* harmony export */   createStsClient: () => (/* binding */ createStsClient),
/* harmony export */   getCallerIdentity: () => (/* binding */ getCallerIdentity)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1695);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3813);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The STS calls. p-retry is the only retry loop, so the SDK's own is off (maxAttempts: 1), and
// every request carries its own deadline so that a silent server cannot stall the step.



function createStsClient(config, options = {}) {
    return new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .STSClient */ .iM({
        region: config.region,
        maxAttempts: 1,
        // Unset: the SDK's regional default, or AWS_ENDPOINT_URL_STS, which it honours itself.
        ...(config.stsEndpoint ? { endpoint: config.stsEndpoint } : {}),
        // A copy: the SDK annotates the object it is given, and the config's is frozen.
        ...(options.credentials ? { credentials: { ...options.credentials } } : {}),
        // The per-request deadline is the abort signal in send() below; this only gives up sooner on
        // a host that does not accept the connection.
        requestHandler: {
            connectionTimeout: Math.min(config.httpTimeoutMs, 5_000),
            ...(options.agent ? { httpAgent: options.agent, httpsAgent: options.agent } : {}),
        },
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RequestTimeoutError */ .DH(`STS did not answer within ${config.httpTimeoutMs} ms`, { cause: error });
        }
        throw error;
    }
}
function credentialsOf(out) {
    const c = out.Credentials;
    const arn = out.AssumedRoleUser?.Arn;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration || !arn) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IncompleteResponseError */ .qK('STS answered 200 but the response has no complete Credentials and AssumedRoleUser');
    }
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration,
        assumedRoleArn: arn,
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
    return withDeadline(config, signal, async (abortSignal) => credentialsOf(await client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .AssumeRoleWithWebIdentityCommand */ .WH({ ...sessionParams(config, roleArn), WebIdentityToken: token }), { abortSignal })));
}
/** AssumeRole, SigV4-signed by the client's credentials. */
async function assumeRole(client, config, roleArn, session, signal, log) {
    const call = (tags) => withDeadline(config, signal, async (abortSignal) => credentialsOf(await client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .AssumeRoleCommand */ .QL({
        ...sessionParams(config, roleArn),
        ...(tags.length > 0 ? { Tags: [...tags] } : {}),
        ...(config.transitiveTagKeys.length > 0
            ? { TransitiveTagKeys: [...config.transitiveTagKeys] }
            : {}),
        ...(config.roleExternalId ? { ExternalId: config.roleExternalId } : {}),
    }), { abortSignal })));
    try {
        return await call(session.tags);
    }
    catch (error) {
        const code = (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalCode */ .o9)(error.name ?? '');
        const kept = session.tags.filter((t) => !session.droppable.includes(t.Key ?? ''));
        if (code !== 'PackedPolicyTooLarge' || kept.length === session.tags.length)
            throw error;
        log(`STS said the session policy and tags are too large; trying once more without ${session.droppable.join(', ')}.`);
        return call(kept);
    }
}
function getCallerIdentity(client, config, signal) {
    return withDeadline(config, signal, async (abortSignal) => {
        const out = await client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .GetCallerIdentityCommand */ .zI({}), { abortSignal });
        if (!out.Account || !out.Arn) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IncompleteResponseError */ .qK('STS answered GetCallerIdentity without Account and Arn');
        }
        return { account: out.Account, arn: out.Arn };
    });
}


/***/ })

};

//# sourceMappingURL=403.index.js.map