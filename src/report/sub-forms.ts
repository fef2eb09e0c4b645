// The two default forms of a GitHub OIDC token's `sub`, built from the token's own claims: the name
// form repo:OWNER/REPO:CONTEXT, and the immutable form repo:OWNER@OWNER_ID/REPO@REPO_ID:CONTEXT that
// github.com gives repositories created, renamed or transferred on or after 2026-07-15, or opted in.
// A sub in neither form comes from a custom sub template. Pure.

import type { Claims } from '../errors.js';
import type { SubTemplate } from '../github/sub-template.js';

interface SubForms {
  /** Which form the token's sub is in. */
  readonly current: 'name' | 'immutable';
  readonly name: string;
  readonly immutable: string;
}

/** The two default prefixes of sub for OWNER/REPO; the immutable one only with both IDs. */
export function subPrefixes(repository: string, ownerId?: string, repoId?: string) {
  const [owner, repo] = repository.split('/');
  const immutable = ownerId && repoId ? `repo:${owner}@${ownerId}/${repo}@${repoId}` : undefined;
  return { name: `repo:${repository}`, immutable };
}

/** Both forms of this token's sub, or undefined when its sub is in neither (or a claim is missing). */
export function subForms(claims: Claims): SubForms | undefined {
  const { repository, repository_id: repoId, repository_owner_id: ownerId } = claims;
  const parts = subParts(claims.sub);
  if (!parts || !repository || !/^[^/]+\/[^/]+$/.test(repository) || !repoId || !ownerId) return undefined;
  const both = subPrefixes(repository, ownerId, repoId);
  const current =
    parts.repository === repository
      ? 'name'
      : `repo:${parts.repository}` === both.immutable
        ? 'immutable'
        : undefined;
  if (current === undefined) return undefined;
  return {
    current,
    name: `${both.name}:${parts.context}`,
    immutable: `${both.immutable}:${parts.context}`,
  };
}

/** A sub of a default form: repo:REPOSITORY:CONTEXT, with the default template's contexts. */
const DEFAULT_SUB = /^repo:([^:]+):(ref:refs\/.+|environment:.+|pull_request)$/;

/**
 * The repository part (OWNER/REPO, or OWNER@ID/REPO@ID) and the context (ref:refs/...,
 * environment:NAME or pull_request) of a sub of a default form; undefined for a custom template's
 * sub, whose parts are other claims.
 */
export function subParts(sub: string | undefined): { repository: string; context: string } | undefined {
  const m = DEFAULT_SUB.exec(sub ?? '');
  return m ? { repository: m[1] as string, context: m[2] as string } : undefined;
}

/** The context of a sub of a default form, or undefined. */
export const subContext = (sub: string | undefined): string | undefined => subParts(sub)?.context;

/** What the repository's sub customization says (github/sub-template.ts), as notes for the policy. */
export function templateNotes(template: SubTemplate, repository: string): string[] {
  switch (template.kind) {
    case 'default':
      return [
        `GitHub's default sub template is in force for ${repository} (use_default: true)${template.prefix ? `; its sub prefix is ${template.prefix}` : ''}.`,
      ];
    case 'custom':
      return [
        `A custom sub template is in force for ${repository}: sub is built from the claim keys ${template.keys.join(', ') || '(none listed)'}; the policy admits the sub this template gave the token.`,
      ];
    case 'unread':
      return [
        `The repository's sub customization was not read (${template.why}), so whether a custom sub template is in force is not known.`,
        `To read it, add actions: read to the job's permissions (GitHub's REST API reference, version 2026-03-10, asks for the Actions repository permission, read), or give github-token a token that has it. Or run: gh api repos/${repository}/actions/oidc/customization/sub`,
      ];
  }
}
