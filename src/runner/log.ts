// The action's own log lines. Each goes through logSafe, because most carry something from
// outside: an STS code, a claim, a path.

import * as core from '@actions/core';
import { annotationSafe, logSafe } from './escape.js';

/**
 * The one door for masking: the runner replaces the value with *** in every later line of the
 * job's log. Called before anything could print the value (nothing else calls setSecret).
 */
export function mask(value: string | undefined): void {
  if (value) core.setSecret(value);
}

export function info(line: string): void {
  core.info(logSafe(line));
}

/** Shown with RUNNER_DEBUG=1 (or ACTIONS_STEP_DEBUG): @actions/core escapes its line breaks. */
export function debug(line: string): void {
  core.debug(annotationSafe(line));
}

export function warning(text: string): void {
  core.warning(annotationSafe(text));
}

export function notice(text: string): void {
  core.notice(annotationSafe(text));
}

/** The step's one ::error:: line. */
export function fail(message: string): void {
  core.setFailed(annotationSafe(message));
}

/** A ::group:: block of lines, each made safe. */
export function group(title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  core.startGroup(logSafe(title));
  for (const line of lines) info(line);
  core.endGroup();
}
