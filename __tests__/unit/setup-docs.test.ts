// The trust policies of docs/setup.md and the README, in JSON, CloudFormation and Terraform, are
// parsed and compared with what the action's diagnostics suggest for the same workflow: the guide
// and the error messages cannot tell a user two different things.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import type { Claims } from '../../src/errors.js';
import { suggestedCondition } from '../../src/report/diagnostics.js';
import { ROOT } from '../../test-support/runner.ts';
import { fencedBlocks } from '../../test-support/validate-yaml.ts';

const setup = readFileSync(join(ROOT, 'docs', 'setup.md'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

const BASE: Claims = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sts.amazonaws.com',
  repository_id: '456789',
};
/** The workflows docs/setup.md documents. */
const SCENARIOS: Record<string, Claims> = {
  'immutable sub, main': { ...BASE, sub: 'repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main' },
  'name sub, main': { ...BASE, sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' },
  'reusable workflow, environment prod': {
    ...BASE,
    sub: 'repo:octo-org@123456/octo-repo@456789:environment:prod',
    environment: 'prod',
    workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    job_workflow_ref: 'octo-org/shared/.github/workflows/deploy.yml@refs/heads/main',
  },
};
const suggested = Object.fromEntries(
  Object.entries(SCENARIOS).map(([name, claims]) => [name, JSON.parse(suggestedCondition(claims)).Condition]),
);

interface Statement {
  Principal: { Federated?: unknown; AWS?: string };
  Action: string | string[];
  Condition?: Record<string, Record<string, string>>;
}
const statements = (policy: { Statement: Statement[] }) => policy.Statement;

/** Which documented scenario a Condition is, or undefined when it matches none exactly. */
function scenarioOf(condition: unknown): string | undefined {
  return Object.entries(suggested).find(([, s]) => JSON.stringify(s) === JSON.stringify(condition))?.[0];
}

describe('JSON trust policies', () => {
  const policies = [...fencedBlocks(setup, 'json'), ...fencedBlocks(readme, 'json')].map(
    (b) => JSON.parse(b.text) as { Statement: Statement[] },
  );

  test('every OIDC statement is exactly what the diagnostics suggest for one documented workflow', () => {
    const found = new Set<string>();
    for (const s of policies.flatMap(statements).filter((s) => s.Principal.Federated)) {
      expect(s.Action).toBe('sts:AssumeRoleWithWebIdentity');
      const scenario = scenarioOf(s.Condition);
      expect([JSON.stringify(s.Condition), scenario !== undefined]).toEqual([
        JSON.stringify(s.Condition),
        true,
      ]);
      found.add(scenario as string);
    }
    expect([...found].sort()).toEqual(Object.keys(SCENARIOS).sort());
  });

  test('the statement for a role assumed with other credentials allows sts:TagSession', () => {
    const signed = policies.flatMap(statements).filter((s) => s.Principal.AWS);
    expect(signed).toHaveLength(1);
    expect(signed[0]?.Action).toEqual(['sts:AssumeRole', 'sts:TagSession']);
  });
});

describe('CloudFormation', () => {
  const [template] = fencedBlocks(setup, 'yaml')
    .map((b) => b.text)
    .filter((t) => t.includes('AWSTemplateFormatVersion'));
  const doc = parse(template ?? '', {
    customTags: [
      { tag: '!Ref', resolve: (v: string) => ({ Ref: v }) },
      { tag: '!GetAtt', resolve: (v: string) => ({ 'Fn::GetAtt': v }) },
    ],
  }) as {
    Parameters: Record<string, { Default: string }>;
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };

  test('the provider, and a role whose condition (its parameters filled in) is the suggested one', () => {
    const provider = Object.values(doc.Resources).find((r) => r.Type === 'AWS::IAM::OIDCProvider');
    expect(provider?.Properties).toMatchObject({
      Url: 'https://token.actions.githubusercontent.com',
      ClientIdList: ['sts.amazonaws.com'],
    });
    const role = Object.values(doc.Resources).find((r) => r.Type === 'AWS::IAM::Role');
    const [statement] = statements(role?.Properties.AssumeRolePolicyDocument as { Statement: Statement[] });
    const fill = (v: unknown) =>
      typeof v === 'object' && v !== null && 'Ref' in v
        ? doc.Parameters[(v as { Ref: string }).Ref]?.Default
        : v;
    const condition = Object.fromEntries(
      Object.entries(statement?.Condition ?? {}).map(([op, keys]) => [
        op,
        Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, fill(v)])),
      ]),
    );
    expect(scenarioOf(condition)).toBe('immutable sub, main');
  });
});

describe('Terraform', () => {
  const [hcl] = fencedBlocks(setup, 'hcl');

  test('the provider, and a role whose policy (the heredoc, parsed as JSON) has the suggested condition', () => {
    expect(hcl?.text).toMatch(/url\s+= "https:\/\/token\.actions\.githubusercontent\.com"/);
    expect(hcl?.text).toMatch(/client_id_list = \["sts\.amazonaws\.com"\]/);
    const heredoc = /<<-EOT\n([\s\S]*?)\n\s*EOT/.exec(hcl?.text ?? '')?.[1] ?? '';
    const [statement] = statements(JSON.parse(heredoc));
    expect(scenarioOf(statement?.Condition)).toBe('immutable sub, main');
  });
});

describe('AWS CLI', () => {
  test('the provider for the issuer, with the audience the action asks for', () => {
    const [sh] = fencedBlocks(setup, 'sh');
    expect(sh?.text).toContain('--url https://token.actions.githubusercontent.com');
    expect(sh?.text).toContain('--client-id-list sts.amazonaws.com');
  });
});
