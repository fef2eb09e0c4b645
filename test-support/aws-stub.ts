// `aws` as a shell function, for running print-trust-policy's script where no IAM is: it writes
// each call's words to ./calls (joined by |) and answers the script's reads as an account would
// that has the provider and the role already (`exists`), or has neither.

interface AccountState {
  /** What get-caller-identity answers. */
  readonly account?: string;
  /** The provider and the role are there: their gets answer, so the script updates. */
  readonly exists: boolean;
  /** The audiences the existing provider has, tab-separated as the CLI's text output gives them. */
  readonly audiences?: string;
  /** The existing role's path and maximum session. */
  readonly path?: string;
  readonly maxSession?: number;
  /** A word of the call that fails, as IAM refusing it (exit status 254, the CLI's for a service error). */
  readonly fails?: string;
}

/** The function's definition, to put before the script. */
export function awsStub(state: AccountState): string {
  const found = state.exists ? 'true' : 'false';
  return [
    'aws() {',
    `  (IFS='|'; printf '%s\\n' "$*") >> calls`,
    '  case "$*" in',
    ...(state.fails
      ? [`    *${state.fails}*) echo 'An error occurred (AccessDenied)' >&2; return 254 ;;`]
      : []),
    `    'sts get-caller-identity'*) printf '%s\\n' '${state.account ?? '123456789012'}' ;;`,
    `    'iam get-open-id-connect-provider'*) ${found} && printf '%s\\n' '${state.audiences ?? 'sts.amazonaws.com'}' ;;`,
    `    *Role.Path*) ${found} && printf '%s\\n' '${state.path ?? '/'}' ;;`,
    `    *Role.MaxSessionDuration*) printf '%s\\n' '${state.maxSession ?? 3600}' ;;`,
    '  esac',
    '}',
  ].join('\n');
}
