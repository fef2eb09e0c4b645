// Where the runner's own credentials came from, in words, from the mark each provider of the AWS
// SDK's default chain leaves on what it returns ($source): the warning names it.

import { expect, test } from '@jest/globals';
import { fromWhere } from '../../../src/sts/runner-credentials.js';

const KEYS = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 's' };

test.each([
  [{ CREDENTIALS_ENV_VARS: 'g' }, {}, 'the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'],
  [{ CREDENTIALS_PROFILE: 'n' }, { AWS_PROFILE: 'ci' }, 'profile ci of the AWS config and credentials files'],
  [
    { CREDENTIALS_PROFILE: 'n' },
    { AWS_PROFILE: '' },
    'profile default of the AWS config and credentials files',
  ],
  [
    { CREDENTIALS_PROFILE_PROCESS: 'v', CREDENTIALS_PROFILE: 'n' },
    {},
    'the credential_process of profile default',
  ],
  [
    { CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN: 'h' },
    {},
    'the web identity token file AWS_WEB_IDENTITY_TOKEN_FILE names',
  ],
  [{ CREDENTIALS_HTTP: 'z' }, {}, "the container's credentials endpoint"],
  [{ CREDENTIALS_IMDS: '0' }, {}, "the instance's role (the instance metadata service)"],
  [undefined, {}, "the AWS SDK's default credential chain"],
])('%o with %o: %s', ($source, env, said) => {
  expect(fromWhere({ ...KEYS, ...($source ? { $source } : {}) }, env)).toBe(said);
});
