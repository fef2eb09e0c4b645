# What botocore itself resolves, for many environments in one Python process: the profile it
# selects, the credentials it ends up with (the provider's method, and the key where it is static)
# and the region. No request is made: role, web identity and SSO credentials are deferred, and the
# instance metadata service is off. Reads a JSON list of {"env": {...}, "cwd": "..."} on stdin,
# prints a JSON list of answers.

import json
import os
import sys

import botocore
import botocore.session

STATIC = {'env', 'shared-credentials-file', 'config-file', 'custom-process'}
KIND = {
    'env': 'env',
    'shared-credentials-file': 'keys',
    'config-file': 'keys',
    'custom-process': 'process',
    'assume-role': 'assume-role',
    'assume-role-with-web-identity': 'web-identity',
    'sso': 'sso',
}


def resolve(env, cwd):
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    try:
        session = botocore.session.Session()
        credentials = session.get_credentials()
        if credentials is None:
            source = {'kind': 'none'}
        else:
            source = {'kind': KIND.get(credentials.method, credentials.method)}
            if credentials.method in STATIC:
                source['accessKeyId'] = credentials.access_key
        return {
            'ok': True,
            'profile': session.get_config_variable('profile'),
            'source': source,
            'region': session.get_config_variable('region'),
        }
    except Exception as error:  # every failure is an answer: the tool's own refusal
        return {'ok': False, 'error': type(error).__name__}


def main():
    cases = json.load(sys.stdin)
    home = os.getcwd()
    answers = [resolve(case['env'], case['cwd']) for case in cases]
    os.chdir(home)
    json.dump({'botocore': botocore.__version__, 'answers': answers}, sys.stdout)


main()
