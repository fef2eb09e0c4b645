// The bugs `npm run bug-sweep` plants, one at a time, in the modules Stryker does not reach (the
// ones with effects: files, locks, the refresher, profiles, the job, HTTP, the token, STS, logs,
// the report, the main and post steps). Each is a mistake a person could make: a line left out, an
// edge moved, a guard skipped, two lines in the wrong order. Written as text to find (exactly once
// in its module) and its replacement, so that the list follows the code through refactors: a find
// that no longer matches is reported as stale, and must be brought up to date.
//
// Keep it growing: when a bug reaches a user, or a review finds one a test missed, it goes in here
// with the test that now catches it.

export interface Bug {
  /** Short and stable: used with --only. */
  readonly id: string;
  /** The file the text is found in, from the repository's root. */
  readonly module: string;
  readonly find: string;
  readonly replace: string;
  /** What the bug breaks, for a user. */
  readonly why: string;
  /** Test files likely to catch it, run first to keep the sweep quick; the whole suite follows. */
  readonly tests?: readonly string[];
}

const E2E = '__tests__/e2e';
const UNIT = '__tests__/unit';

const FILES: readonly Bug[] = [
  {
    id: 'files-no-fsync',
    module: 'src/runner/files.ts',
    find: '        writeFileSync(fd, text);\n        fsyncSync(fd);\n',
    replace: '        writeFileSync(fd, text);\n',
    why: 'a crash after the rename can leave an empty credentials file',
    tests: [`${E2E}/promises.test.ts`],
  },
  {
    id: 'files-no-directory-fsync',
    module: 'src/runner/files.ts',
    find: '  }\n  syncDirectory(dir);\n}',
    replace: '  }\n}',
    why: 'a crash after the rename can lose the rename itself',
    tests: [`${E2E}/promises.test.ts`],
  },
  {
    id: 'files-new-file-0644',
    module: 'src/runner/files.ts',
    find: 'fchmodSync(fd, 0o600);',
    replace: 'fchmodSync(fd, 0o644);',
    why: 'a new credentials file readable by every local user',
    tests: [`${UNIT}/runner/files.test.ts`],
  },
  {
    id: 'files-private-dir-parents',
    module: 'src/runner/files.ts',
    find: '    mkdirSync(dir, { mode: 0o700 });\n    return;',
    replace: '    mkdirSync(dir, { mode: 0o700, recursive: true });\n    return;',
    why: 'the action makes directories it does not own (a missing RUNNER_TEMP, a parent of it)',
    tests: [`${UNIT}/runner/files.test.ts`, `${E2E}/promises.test.ts`],
  },
  {
    id: 'files-private-dir-group-open',
    module: 'src/runner/files.ts',
    find: '(stat.mode & 0o077) !== 0',
    replace: '(stat.mode & 0o007) !== 0',
    why: "a private directory the group can enter is used for the job's keys",
    tests: [`${UNIT}/runner/files.test.ts`],
  },
  {
    id: 'files-symlinked-directory-followed',
    module: 'src/runner/files.ts',
    find: '  if (!allowSymlink) refuseSymlinks(path);',
    replace: '',
    why: 'a ~/.aws that is a link to elsewhere is written through',
    tests: [`${UNIT}/runner/files.test.ts`, `${E2E}/parity/profiles-proxies.test.ts`],
  },
  {
    id: 'lock-stale-after-30s',
    module: 'src/runner/lock.ts',
    find: 'const STALE_MS = 3_000;',
    replace: 'const STALE_MS = 30_000;',
    why: 'a lock left by a killed job blocks the next one until its wait gives up',
    tests: [`${UNIT}/runner/files.test.ts`, `${E2E}/shared-files.test.ts`],
  },
  {
    id: 'lock-future-mtime-trusted',
    module: 'src/runner/lock.ts',
    find: 'stats.mtimeMs <= Date.now() + 1_000',
    replace: 'stats.mtimeMs <= Date.now() + 1_000_000_000',
    why: 'a lock stamped in the future (the clock stepped back) is never taken over',
    tests: [`${E2E}/other-tools.test.ts`],
  },
];

const REFRESHER: readonly Bug[] = [
  {
    id: 'cache-30-minute-edge',
    module: 'src/refresh/cache.ts',
    find: 'lifetimeMs >= 30 * MINUTE',
    replace: 'lifetimeMs > 30 * MINUTE',
    why: 'a 30-minute session is served with too small a margin, and botocore refuses it',
    tests: [`${UNIT}/refresh/cache.test.ts`],
  },
  {
    id: 'cache-short-margin-10',
    module: 'src/refresh/cache.ts',
    find: ': 10.5 * MINUTE',
    replace: ': 10 * MINUTE',
    why: 'short sessions are served when botocore would refuse them',
    tests: [`${UNIT}/refresh/cache.test.ts`],
  },
  {
    id: 'cache-margin-inclusive',
    module: 'src/refresh/cache.ts',
    find: 'expires - nowMs > marginFor(lifetime)',
    replace: 'expires - nowMs >= marginFor(lifetime)',
    why: 'credentials exactly at the margin are served',
    tests: [`${UNIT}/refresh/cache.test.ts`],
  },
  {
    id: 'cache-written-after-retire',
    module: 'src/refresh/cache.ts',
    find: 'if (live()) writeCache(file, entry);',
    replace: 'writeCache(file, entry);',
    why: 'a mint in flight when the post step retires the profile fails, or leaves keys behind',
    tests: [`${E2E}/other-tools.test.ts`, `${UNIT}/refresh/cache.test.ts`],
  },
  {
    id: 'cache-no-second-look',
    module: 'src/refresh/cache.ts',
    find: '    if (again && isFresh(again, now())) return again;\n',
    replace: '',
    why: 'refreshers that wait on one mint each mint their own session',
    tests: [`${UNIT}/refresh/cache.test.ts`, `${E2E}/refresh.test.ts`],
  },
  {
    id: 'chain-loop-unseen',
    module: 'src/refresh/settings.ts',
    find: 'if (paths.includes(next)) {',
    replace: 'if (false) {',
    why: 'a loop of refreshing profiles is reported as an over-long chain, not as the loop it is',
    tests: [`${UNIT}/refresh/settings.test.ts`, `${E2E}/promises.test.ts`],
  },
  {
    id: 'chain-unbounded',
    module: 'src/refresh/settings.ts',
    find: 'const MAX_CHAIN = 6;',
    replace: 'const MAX_CHAIN = 60;',
    why: 'a chain of sixty refreshing profiles waits on sixty mints',
    tests: [`${UNIT}/refresh/settings.test.ts`],
  },
  {
    id: 'mint-input-proxy-wins',
    module: 'src/refresh/mint.ts',
    find: 'if (settings.proxy && !PROXY_VARIABLES.some((n) => env[n])) applyProxyEnv(settings.proxy);',
    replace: 'if (settings.proxy) applyProxyEnv(settings.proxy);',
    why: "a later step's own proxy is overridden by the one the main step was given",
    tests: [`${E2E}/promises.test.ts`],
  },
  {
    id: 'refresh-env-proxy-stored',
    module: 'src/job/refresh-profile.ts',
    find: 'config.proxy.url === undefined || config.proxy.fromEnvironment ? undefined : config.proxy',
    replace: 'config.proxy.url === undefined ? undefined : config.proxy',
    why: "the environment's proxy password is written to disk",
    tests: [`${E2E}/promises.test.ts`],
  },
  {
    id: 'refresh-cache-not-seeded',
    module: 'src/job/refresh-profile.ts',
    find: '  writeCache(files.cacheFile, entryOf(first, Date.now()));\n',
    replace: '',
    why: "the first aws command mints a second session instead of using the step's",
    tests: [`${E2E}/refresh.test.ts`],
  },
  {
    id: 'refresh-directory-kept',
    module: 'src/job/refresh-profile.ts',
    find: '  await withLock(files.cacheFile, MINT_WAIT, remove).catch(remove);',
    replace: '',
    why: 'the cached keys outlive the job',
    tests: [`${E2E}/refresh.test.ts`],
  },
  {
    id: 'refresher-stdout-open',
    module: 'src/refresh/main.ts',
    find: 'process.stdout.write = (() => true) as typeof process.stdout.write;',
    replace: '',
    why: "the token fetch's ::add-mask:: line corrupts the credential_process JSON",
    tests: [`${E2E}/refresh.test.ts`],
  },
];

const PROFILES: readonly Bug[] = [
  {
    id: 'profile-credentials-not-hidden',
    module: 'src/job/profile.ts',
    find: "headersNaming('credentials', credentials, section.name)",
    replace: "headersNaming('config', credentials, section.name)",
    why: "with overwrite-aws-profile, the user's credentials section still wins over the job's profile",
    tests: [`${UNIT}/job/profile.test.ts`, `${E2E}/job-files.test.ts`],
  },
  {
    id: 'profile-overwrite-ignored',
    module: 'src/job/profile.ts',
    find: '  if (overwrite) return;\n',
    replace: '',
    why: 'overwrite-aws-profile: true is refused like a clash',
    tests: [`${UNIT}/job/profile.test.ts`, `${E2E}/job-files.test.ts`],
  },
  {
    id: 'profile-section-cut-short',
    module: 'src/tools/view.ts',
    find: 'kept = all[i + 1]?.offset ?? text.length;',
    replace: "kept = text.indexOf('\\n', b.offset) + 1;",
    why: "only the header of the user's section is taken out: its keys join the section before it",
    tests: [`${UNIT}/job/profile.test.ts`, `${E2E}/job-files.test.ts`],
  },
  {
    id: 'profile-pointed-back-blindly',
    module: 'src/job/post.ts',
    find: 'digestOf(env[n] as string) === state.exported[n]',
    replace: 'true',
    why: 'the post step undoes an AWS_CONFIG_FILE that a later step set for itself',
    tests: [`${E2E}/job-files.test.ts`, `${E2E}/action.test.ts`],
  },
  {
    id: 'profile-variable-blanked',
    module: 'src/job/variables.ts',
    find: "  if (name === 'AWS_CONFIG_FILE' || name === 'AWS_SHARED_CREDENTIALS_FILE') return view.defaultFile(name);\n",
    replace: '',
    why: "after the post step, botocore reads no config file at all (empty AWS_CONFIG_FILE), not the user's",
    tests: [`${UNIT}/job/variables.test.ts`, `${E2E}/job-files.test.ts`],
  },
  {
    id: 'profile-keys-after-directory',
    module: 'src/job/profile.ts',
    find: '  for (const path of files.secrets) {\n',
    replace: '  for (const path of files.secrets.slice(1)) {\n',
    why: 'the file with the keys is left to the directory removal: a post step killed while it waits for a refresher leaves them on disk',
    tests: [`${UNIT}/job/profile.test.ts`],
  },
  {
    id: 'profile-edits-unsaid',
    module: 'src/job/profile.ts',
    find: "changedSections(digests, sectionDigests('config', now))",
    replace: '[]',
    why: "a setting a later step wrote into the job's config file disappears without a word",
    tests: [`${E2E}/job-files.test.ts`],
  },
  {
    id: 'job-files-not-in-state',
    module: 'src/job/publish.ts',
    find: 'files: plan.files?.files,',
    replace: 'files: undefined,',
    why: "the post step does not know the job's files: the keys in them outlive the job",
    tests: [`${E2E}/job-files.test.ts`],
  },
];

const JOB: readonly Bug[] = [
  {
    id: 'job-credentials-unmasked',
    module: 'src/job/publish.ts',
    find: '  maskCredentials(creds);\n  maskIdentity(config, outcome.identity);',
    replace: '  maskIdentity(config, outcome.identity);',
    why: 'the keys can be printed in the log',
    tests: [`${E2E}/promises.test.ts`, `${E2E}/action.test.ts`],
  },
  {
    id: 'job-env-before-state',
    module: 'src/job/publish.ts',
    find: '  saveState(postStateOf(plan, process.env));\n',
    replace: '  exportVariables(plan.env);\n  saveState(postStateOf(plan, process.env));\n',
    why: 'a kill between the two leaves variables the post step does not know to clear',
    tests: [`${E2E}/promises.test.ts`],
  },
  {
    id: 'job-session-token-kept',
    module: 'src/job/publish.ts',
    find: "AWS_SESSION_TOKEN: creds.sessionToken ?? '',",
    replace: '...(creds.sessionToken ? { AWS_SESSION_TOKEN: creds.sessionToken } : {}),',
    why: "access keys pair with an earlier step's session token",
    tests: [`${E2E}/parity/signed.test.ts`],
  },
  {
    id: 'job-post-clears-any-name',
    module: 'src/job/post-state.ts',
    find: '/^AWS_\\w+$/.test(n)',
    replace: '/\\w+/.test(n)',
    why: 'a tampered state makes the post step blank PATH',
    tests: [`${E2E}/action.test.ts`],
  },
  {
    id: 'job-account-unmasked',
    module: 'src/job/publish.ts',
    find: '  if (!config.maskAccountId) return;\n  mask(identity.account);',
    replace: '  return;\n  mask(identity.account);',
    why: 'mask-aws-account-id leaves the account in the log',
    tests: [`${E2E}/features.test.ts`, `${E2E}/action.test.ts`],
  },
];

const NETWORK: readonly Bug[] = [
  {
    id: 'http-cap-off-by-one',
    module: 'src/network/http.ts',
    find: 'if (size > limit) stop(tooLarge());',
    replace: 'if (size >= limit) stop(tooLarge());',
    why: 'an answer of exactly the limit is refused',
    tests: [`${UNIT}/network/http.test.ts`],
  },
  {
    id: 'http-no-deadline',
    module: 'src/network/http.ts',
    find: 'const deadline = AbortSignal.any([signal, timeout]);',
    replace: 'const deadline = signal;',
    why: 'a silent token endpoint hangs the step',
    tests: [`${E2E}/action.test.ts`],
  },
  {
    id: 'http-no-proxy',
    module: 'src/network/http.ts',
    find: '  const proxy = proxyFor(url);\n',
    replace: '  const proxy = undefined as string | undefined;\n',
    why: 'the token request ignores http-proxy',
    tests: [`${E2E}/other-tools.test.ts`, `${E2E}/endpoints.test.ts`],
  },
  {
    id: 'token-cross-origin-followed',
    module: 'src/github/token.ts',
    find: 'if (url.origin !== first.origin) {',
    replace: 'if (false) {',
    why: 'the request token is sent wherever a redirect points',
    tests: [`${E2E}/hostile.test.ts`],
  },
  {
    id: 'token-redirects-unbounded',
    module: 'src/github/token.ts',
    find: 'hop <= MAX_REDIRECTS;',
    replace: 'hop <= MAX_REDIRECTS * 10;',
    why: 'a redirect loop is followed thirty times',
    tests: [`${E2E}/hostile.test.ts`],
  },
  {
    id: 'token-unmasked',
    module: 'src/github/token.ts',
    find: '  mask(token);\n  return token;\n}\n\n// Kubernetes',
    replace: '  return token;\n}\n\n// Kubernetes',
    why: 'the JWT can be printed in the log',
    tests: [`${E2E}/action.test.ts`, `${E2E}/promises.test.ts`],
  },
  {
    id: 'token-file-unmasked',
    module: 'src/github/token.ts',
    find: '  // A bearer credential like the GitHub token: masked before anything could print it.\n  mask(token);\n',
    replace: '',
    why: 'a web-identity-token-file token can be printed in the log',
    tests: [`${E2E}/parity/web-identity.test.ts`],
  },
  {
    id: 'token-act-unseen',
    module: 'src/github/token.ts',
    find: '  if (underAct(env)) throw new NoTokenEndpointUnderActError(UNDER_ACT);\n',
    replace: '',
    why: 'under act, the user is told to add permissions that act cannot give',
    tests: [`${E2E}/first-run.test.ts`],
  },
  {
    id: 'sts-no-deadline',
    module: 'src/sts/sts.ts',
    find: 'const deadline = AbortSignal.timeout(config.httpTimeoutMs);',
    replace: 'const deadline = AbortSignal.timeout(config.httpTimeoutMs * 100);',
    why: 'a silent STS holds each attempt far past http-timeout-s',
    tests: [`${E2E}/faults.test.ts`],
  },
  {
    id: 'sts-expired-accepted',
    module: 'src/sts/sts.ts',
    find: '  refuseExpired(c.Expiration, Date.now());\n',
    replace: '',
    why: 'credentials that are already expired are exported',
    tests: [`${E2E}/hostile.test.ts`],
  },
  {
    id: 'sts-other-role-accepted',
    module: 'src/sts/sts.ts',
    find: "assumedRoleArn: checkAssumedRole(checked('Arn', arn), roleArn),",
    replace: "assumedRoleArn: checked('Arn', arn),",
    why: 'a session of a role other than the one asked for is exported',
    tests: [`${E2E}/other-tools.test.ts`],
  },
  {
    id: 'sts-body-uncapped',
    module: 'src/sts/sts-handler.ts',
    find: 'this.limit, tooLarge',
    replace: 'Number.MAX_SAFE_INTEGER, tooLarge',
    why: 'an endless STS answer fills memory',
    tests: [`${E2E}/hostile.test.ts`],
  },
  {
    id: 'sts-no-proxy',
    module: 'src/sts/sts-handler.ts',
    find: 'const proxy = proxyFor(new URL(origin));',
    replace: 'const proxy = undefined as string | undefined;',
    why: 'STS requests ignore http-proxy',
    tests: [`${E2E}/endpoints.test.ts`, `${E2E}/features.test.ts`],
  },
  {
    id: 'proxy-loopback-narrow',
    module: 'src/network/proxy.ts',
    find: '/^127\\.\\d+\\.\\d+\\.\\d+$/.test(host)',
    replace: "host === '127.0.0.1'",
    why: 'requests to 127.0.0.2 go through the proxy, which cannot reach them',
    tests: [`${UNIT}/network/proxy.test.ts`],
  },
  {
    id: 'proxy-no-proxy-suffix',
    module: 'src/network/proxy.ts',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a template literal, found as is.
    find: 'return host === domain || host.endsWith(`.${domain}`);',
    replace: 'return host.endsWith(domain);',
    why: 'NO_PROXY=example.com sends notexample.com direct',
    tests: [`${UNIT}/network/proxy.test.ts`],
  },
];

const STEPS: readonly Bug[] = [
  {
    id: 'escape-carriage-return',
    module: 'src/runner/escape.ts',
    find: "visible(text).replace(/\\r/g, '\\\\r')",
    replace: 'visible(text)',
    why: 'a server message with \\r can hide text on the log line',
    tests: [`${UNIT}/runner/escape.test.ts`],
  },
  {
    id: 'escape-html-controls',
    module: 'src/runner/escape.ts',
    find: '  return visible(text)\n    .replace(/&/g',
    replace: '  return text\n    .replace(/&/g',
    why: 'control characters reach the job summary',
    tests: [`${UNIT}/runner/escape.test.ts`],
  },
  {
    id: 'escape-long-numbers',
    module: 'src/runner/escape.ts',
    find: '/(?<!\\d)\\d{12}(?!\\d)/g',
    replace: '/\\d{12}/g',
    why: 'a 13-digit number is half hidden, and the summary misleads',
    tests: [`${UNIT}/runner/escape.test.ts`],
  },
  {
    id: 'log-warning-raw',
    module: 'src/runner/log.ts',
    find: '  core.warning(annotationSafe(text));',
    replace: '  core.warning(text);',
    why: 'a warning carries control characters and "##[" commands',
    tests: [`${UNIT}/runner/log.test.ts`],
  },
  {
    id: 'log-notice-raw',
    module: 'src/runner/log.ts',
    find: '  core.notice(annotationSafe(text));',
    replace: '  core.notice(text);',
    why: 'a notice carries control characters and "##[" commands',
    tests: [`${UNIT}/runner/log.test.ts`],
  },
  {
    id: 'log-debug-raw',
    module: 'src/runner/log.ts',
    find: '  core.debug(annotationSafe(line));',
    replace: '  core.debug(line);',
    why: 'a debug line carries control characters and "##[" commands',
    tests: [`${UNIT}/runner/log.test.ts`],
  },
  {
    id: 'log-group-title-raw',
    module: 'src/runner/log.ts',
    find: '  core.startGroup(logSafe(title));',
    replace: '  core.startGroup(title);',
    why: 'a group title can end the group or start a command',
    tests: [`${UNIT}/runner/log.test.ts`],
  },
  {
    id: 'report-message-markup',
    module: 'src/report/markdown.ts',
    find: "'`'.repeat(Math.max(3, longest + 1))",
    replace: "'```'",
    why: "a server's message with a line of backticks closes its code block in the job summary, and what follows renders as Markdown",
    tests: [`${E2E}/hostile.test.ts`, `${E2E}/action.test.ts`],
  },
  {
    id: 'report-account-shown',
    module: 'src/report/report.ts',
    find: "config.maskAccountId ? '***' : r.account",
    replace: 'r.account',
    why: 'mask-aws-account-id leaves the account in the job summary',
    tests: [`${E2E}/features.test.ts`, `${E2E}/action.test.ts`],
  },
  {
    id: 'main-one-allowed-account-skipped',
    module: 'src/main.ts',
    find: 'config.allowedAccountIds.length > 0',
    replace: 'config.allowedAccountIds.length > 1',
    why: 'allowed-account-ids with one account lets any account through',
    tests: [`${E2E}/shared-files.test.ts`],
  },
  {
    id: 'main-existing-account-unchecked',
    module: 'src/main.ts',
    find:
      '    checkAllowedAccount(config, outcome.identity.account);\n' +
      "    if (outcome.kind === 'existing') {\n" +
      '      publishExisting(config, outcome.identity);\n' +
      "      notice('Pre-existing credentials are valid (use-existing-credentials); nothing new was exported.');\n" +
      '      return;\n' +
      '    }\n',
    replace:
      "    if (outcome.kind === 'existing') {\n" +
      '      publishExisting(config, outcome.identity);\n' +
      "      notice('Pre-existing credentials are valid (use-existing-credentials); nothing new was exported.');\n" +
      '      return;\n' +
      '    }\n' +
      '    checkAllowedAccount(config, outcome.identity.account);\n',
    why: 'use-existing-credentials accepts credentials of an account not allowed',
    tests: [`${E2E}/shared-files.test.ts`],
  },
  {
    id: 'main-timer-left-running',
    module: 'src/main.ts',
    find: '    clearTimeout(timer);\n',
    replace: '',
    why: 'a step that succeeds with action-timeout-s waits for the timer to fire',
    tests: [`${E2E}/promises.test.ts`],
  },
  {
    id: 'main-role-account-unmasked',
    module: 'src/main.ts',
    find: '    if (config.maskAccountId) mask(config.role?.accountId);\n',
    replace: '',
    why: 'the account in role-to-assume can be printed before STS answers',
    tests: [`${E2E}/hostile.test.ts`],
  },
  {
    id: 'main-decoded-proxy-password-unmasked',
    module: 'src/main.ts',
    find: '    mask(decodeURIComponent(password));',
    replace: '    decodeURIComponent(password);',
    why: 'a %-encoded proxy password is printed decoded',
    tests: [`${E2E}/parity/profiles-proxies.test.ts`],
  },
  {
    id: 'cleanup-notes-quiet',
    module: 'src/cleanup.ts',
    find: 'for (const note of notes) notice(',
    replace: 'for (const note of notes) info(',
    why: "the post step hides that later steps' edits of the job's config file ended with it",
    tests: [`${E2E}/job-files.test.ts`],
  },
  {
    id: 'auth-token-reused',
    module: 'src/authenticate.ts',
    find: '    first = undefined;\n',
    replace: '',
    why: 'every attempt re-sends the expired token: the bug this action exists to fix',
    tests: [`${E2E}/faults.test.ts`],
  },
  {
    id: 'auth-request-token-unmasked',
    module: 'src/authenticate.ts',
    find: "if (config.mode === 'oidc') mask(readRequestToken(env));",
    replace: "if (config.mode === 'oidc') readRequestToken(env);",
    why: 'the runner’s request token can be printed in the log',
    tests: [`${E2E}/promises.test.ts`, `${E2E}/action.test.ts`],
  },
  {
    id: 'auth-unset-kept',
    module: 'src/authenticate.ts',
    find: '    for (const name of CREDENTIAL_VARIABLES) delete env[name];\n',
    replace: '',
    why: "unset-current-credentials still signs with an earlier step's keys",
    tests: [`${E2E}/parity/ambient-guards.test.ts`],
  },
  {
    id: 'auth-source-unmasked',
    module: 'src/authenticate.ts',
    find: '  maskCredentials(signer.credentials);\n',
    replace: '',
    why: 'source keys from a refreshing profile can be printed in the log',
    tests: [`${E2E}/refresh.test.ts`],
  },
  {
    id: 'rules-chained-session-over-an-hour',
    module: 'src/inputs/rules.ts',
    find: '      d.roleDurationSeconds <= 3600\n',
    replace: '      d.roleDurationSeconds <= 43200\n',
    why: 'role-chaining with a session over an hour fails at STS, not at once',
    tests: [`${UNIT}/inputs/rules.test.ts`],
  },
];

// One bug for each class the last audit found that the tests had not been shown: an option tested
// in one mode, a mode from a clean job only, a variable with one value, a feature in one partition
// or with its defaults, a variable in one spelling, a wait from one side, data that cannot tell
// the distinction a test claims.
const CLASSES: readonly Bug[] = [
  {
    id: 'special-characters-web-identity-only',
    module: 'src/sts/sts-session.ts',
    find: '            checked(sts.assumeRole(client, settings, roleArn, tags, sig, options.log)),',
    replace: '            sts.assumeRole(client, settings, roleArn, tags, sig, options.log),',
    why: 'special-characters-workaround stops applying to AssumeRole (access keys, role chaining)',
    tests: [`${E2E}/matrix.test.ts`],
  },
  {
    id: 'chain-from-stale-keys',
    module: 'src/modes.ts',
    find: '  if (accessKeyId && secretAccessKey && !s.refreshCredentials) {',
    replace: '  if (accessKeyId && secretAccessKey) {',
    why: 'role-chaining with refresh-credentials chains from keys an earlier step exported, and dies with them',
    tests: [`${E2E}/refresh.test.ts`],
  },
  {
    id: 'act-false-is-act',
    module: 'src/github/token.ts',
    find: "!['', 'false', '0'].includes((env.ACT ?? '').trim().toLowerCase())",
    replace: "(env.ACT ?? '') !== ''",
    why: 'ACT=false (or 0) is taken for a run under act',
    tests: [`${E2E}/matrix.test.ts`],
  },
  {
    id: 'trust-policy-partition-aws',
    module: 'src/print-trust-policy.ts',
    find: "partition: config.role?.partition ?? partitionOf(config.region) ?? 'aws',",
    replace: "partition: config.role?.partition ?? 'aws',",
    why: 'print-trust-policy without role-to-assume prints an aws-partition provider in China or GovCloud',
    tests: [`${E2E}/matrix.test.ts`],
  },
  {
    id: 'trust-policy-default-audience',
    module: 'src/print-trust-policy.ts',
    find: '    (s) => fetchGitHubToken(config.audience, config.httpTimeoutMs, s),',
    replace: "    (s) => fetchGitHubToken('sts.amazonaws.com', config.httpTimeoutMs, s),",
    why: 'print-trust-policy prints a policy for the default audience when another one is set',
    tests: [`${E2E}/matrix.test.ts`],
  },
  {
    id: 'masked-summary-unescaped',
    module: 'src/report/report.ts',
    find: 'codeBlock(maskAccountId ? hideAccounts(text) : text)',
    replace: 'maskAccountId ? paragraph(hideAccounts(text)) : codeBlock(text)',
    why: 'with mask-aws-account-id, the printed policy and commands leave their code block in the job summary',
    tests: [`${E2E}/matrix.test.ts`],
  },
  {
    id: 'no-proxy-lower-case-only',
    module: 'src/inputs/spec.ts',
    find: "export const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'] as const;",
    replace: "export const NO_PROXY_VARIABLES = ['no_proxy'] as const;",
    why: 'an upper-case NO_PROXY on its own is ignored: the request token goes through the proxy',
    tests: [`${UNIT}/network/proxy.test.ts`],
  },
  {
    id: 'refresh-endpoint-from-input-only',
    module: 'src/job/refresh-profile.ts',
    find: '    stsEndpoint: configuredStsEndpoint(config.stsEndpoint, env),',
    replace: '    stsEndpoint: config.stsEndpoint,',
    why: 'a refresher in a later step without AWS_ENDPOINT_URL_STS mints from another STS than the step did',
    tests: [`${E2E}/refresh.test.ts`],
  },
  {
    id: 'lock-future-taken-at-once',
    module: 'src/runner/lock.ts',
    find: '    else if (performance.now() - seen.since >= STALE_MS) {',
    replace: '    else if (performance.now() - seen.since >= 0) {',
    why: 'a lock with a future mtime is taken over at once, while its holder may still be minting',
    tests: [`${UNIT}/runner/lock.test.ts`],
  },
  {
    id: 'tag-value-utf16-units',
    module: 'src/sts/tags.ts',
    find: "  return [...value.replace(/[^\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]/gu, '_')].slice(0, MAX_TAG_VALUE).join('');",
    replace: "  return value.replace(/[^\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]/gu, '_').slice(0, MAX_TAG_VALUE);",
    why: 'a tag value of astral characters is cut at 128 characters, or in the middle of one',
    tests: [`${UNIT}/sts/tags.test.ts`],
  },
  {
    id: 'profile-name-without-case',
    module: 'src/tools/view.ts',
    find: '    .filter((b) => b.names.has(name))',
    replace: '    .filter((b) => [...b.names].some((n) => n?.toLowerCase() === name.toLowerCase()))',
    why: 'a profile [CI] blocks aws-profile: ci, which every tool reads as another profile',
    tests: [`${UNIT}/job/profile.test.ts`],
  },
];

/** The first run, the job summary and the job's end, as a new user meets them. */
const FIRST_RUN: readonly Bug[] = [
  {
    id: 'summary-line-break-ends-block',
    module: 'src/report/markdown.ts',
    find: "const inline = (text: string) => html(text).replace(/\\r\\n|\\r|\\n/g, '<br>');",
    replace: 'const inline = (text: string) => html(text);',
    why: 'a blank line in a heading or a table cell ends its HTML block, and the rest renders as Markdown',
    tests: [`${UNIT}/report/markdown.test.ts`],
  },
  {
    id: 'create-role-without-path',
    module: 'src/report/trust-policy.ts',
    find: "  const path = target.path ?? '/';",
    replace: "  const path = '/';",
    why: 'the printed create-role makes /deploy for role/team/deploy, and the next run is denied',
    tests: [`${UNIT}/report/trust-policy.test.ts`, `${E2E}/first-run.test.ts`],
  },
  {
    id: 'create-role-one-hour',
    module: 'src/report/trust-policy.ts',
    find: '  const longer = seconds > DEFAULT_MAX_SESSION_S;',
    replace: '  const longer = seconds > 43200;',
    why: 'the printed role allows one-hour sessions, and role-duration-seconds: 7200 fails on its first run',
    tests: [`${UNIT}/report/trust-policy.test.ts`, `${E2E}/first-run.test.ts`],
  },
  {
    id: 'token-url-unchecked',
    module: 'src/github/token.ts',
    find: "  if (requestUrl !== '' && !/^https?:$/.test(URL.parse(requestUrl)?.protocol ?? '')) {",
    replace: '  if (false) {',
    why: 'an ACTIONS_ID_TOKEN_REQUEST_URL that is no URL is retried twelve times, for a minute, and called a network error',
    tests: [`${E2E}/variables.test.ts`],
  },
  {
    id: 'file-commands-unchecked',
    module: 'src/main.ts',
    find: '    checkFileCommands(process.env);\n',
    replace: '',
    why: 'a GITHUB_OUTPUT that names no file fails the step after the credentials were exported',
    tests: [`${E2E}/variables.test.ts`],
  },
  {
    id: 'setup-script-creates-twice',
    module: 'src/report/trust-policy.ts',
    find: '--query Role.Path --output text 2>/dev/null); then`,',
    replace: '--query Role.Path --output text 2>/dev/null) && false; then`,',
    why: 'the printed script run a second time fails with EntityAlreadyExists under bash -e',
    tests: [`${UNIT}/report/trust-policy.test.ts`, `${E2E}/first-run.test.ts`],
  },
  {
    id: 'setup-script-any-account',
    module: 'src/report/trust-policy.ts',
    find: '    `if [ "$account" != ',
    replace: '    `if false && [ "$account" != ',
    why: 'the printed script makes the provider and the role in whatever account the CLI is signed in to',
    tests: [`${UNIT}/report/trust-policy.test.ts`, `${E2E}/first-run.test.ts`],
  },
  {
    id: 'pull-request-policy-silent',
    module: 'src/report/admits.ts',
    find: "  if (subContext(claims.sub) !== 'pull_request' && claims.event_name !== 'pull_request') return undefined;",
    replace: '  return undefined;',
    why: 'print-trust-policy run from a pull request prints a pull_request policy without a word',
    tests: [`${UNIT}/report/admits.test.ts`],
  },
  {
    id: 'both-sub-forms-ignored',
    module: 'src/report/trust-policy.ts',
    find: "  const forms = subs === 'both' ? subForms(claims) : undefined;",
    replace: "  const forms = subs === 'token' ? subForms(claims) : undefined;",
    why: 'trust-policy-sub: both prints a policy for the current form only, which breaks on the rename',
    tests: [`${UNIT}/report/trust-policy.test.ts`, `${E2E}/first-run.test.ts`],
  },
  {
    id: 'sub-template-without-token',
    module: 'src/github/sub-template.ts',
    find: '    const octokit = getOctokit(lookup.token, {',
    replace: "    const octokit = getOctokit('', {",
    why: 'the sub customization is asked for without github-token, so a repository that allows it reads as refused',
    tests: [`${UNIT}/github/sub-template.test.ts`, `${E2E}/first-run.test.ts`],
  },
  {
    id: 'sub-case-unsaid',
    module: 'src/report/diagnostics.ts',
    find: "  if (canonical === 'AccessDenied' && /[A-Z]/.test(claims?.sub ?? ''))",
    replace: "  if (canonical === 'AccessDenied' && /[A-Z]/.test(claims?.aud ?? ''))",
    why: 'an AccessDenied for a sub with upper-case letters does not say that :sub matching is case-sensitive',
    tests: [`${UNIT}/report/diagnostics.test.ts`],
  },
  {
    id: 'emptied-temp-called-ended',
    module: 'src/refresh/settings.ts',
    find: '  if (inTemp && !exists(event)) {',
    replace: '  if (inTemp && exists(event) && !exists(event)) {',
    why: 'a step that empties RUNNER_TEMP makes the refresher say that the job has ended',
    tests: [`${UNIT}/refresh/settings.test.ts`, `${E2E}/other-tools.test.ts`],
  },
];

/** What a second STS, nobody's here, records: the session it issued is the one exported. */
const SECOND_STS: readonly Bug[] = [
  {
    id: 'exports-without-session-token',
    module: 'src/job/publish.ts',
    find: "      AWS_SESSION_TOKEN: creds.sessionToken ?? '',",
    replace: "      AWS_SESSION_TOKEN: '',",
    why: 'the exported keys are not the session STS issued: its token is missing, so every call is refused',
    tests: [`${E2E}/moto.test.ts`],
  },
];

/** How each AWS tool reads the job (tools/), and what the step exports and writes back by it. */
const TOOLS_VIEW: readonly Bug[] = [
  {
    id: 'tools-tilde-literal',
    module: 'src/tools/js-sdk.ts',
    find: "raw.startsWith('~/') ? join(home as string, raw.slice(2)) : raw",
    replace: 'raw',
    why: 'AWS_SHARED_CREDENTIALS_FILE: ~/.aws/ci-credentials is read as a file named "~": a clash goes unseen',
    tests: [`${UNIT}/tools/differential.test.ts`, `${E2E}/later-steps.test.ts`],
  },
  {
    id: 'tools-empty-profile-is-unset',
    module: 'src/tools/botocore.ts',
    find: "variableOf(env, 'AWS_DEFAULT_PROFILE') ?? variableOf(env, 'AWS_PROFILE')",
    replace: 'env.AWS_DEFAULT_PROFILE || env.AWS_PROFILE || undefined',
    why: 'AWS_PROFILE="" is taken for no profile, as the JS SDK reads it: every aws call then fails',
    tests: [`${UNIT}/tools/differential.test.ts`, `${UNIT}/job/variables.test.ts`],
  },
  {
    id: 'post-profile-left-empty',
    module: 'src/job/variables.ts',
    find: "  if (profileLost) env.AWS_DEFAULT_PROFILE = 'default';",
    replace: '',
    why: 'after the post step of a profile step, AWS_PROFILE="" makes every aws call of a later post step fail',
    tests: [`${UNIT}/job/variables.test.ts`, `${E2E}/later-steps.test.ts`],
  },
  {
    id: 'keys-mode-profile-kept',
    module: 'src/job/variables.ts',
    find: "  if (env.AWS_PROFILE) out.AWS_PROFILE = '';",
    replace: '',
    why: "with the job's AWS_PROFILE left, the JS SDK uses that profile instead of the keys the step exported",
    tests: [`${UNIT}/job/variables.test.ts`, `${E2E}/later-steps.test.ts`],
  },
];

export const BUGS: readonly Bug[] = [
  ...FILES,
  ...REFRESHER,
  ...PROFILES,
  ...JOB,
  ...NETWORK,
  ...STEPS,
  ...CLASSES,
  ...FIRST_RUN,
  ...SECOND_STS,
  ...TOOLS_VIEW,
];
