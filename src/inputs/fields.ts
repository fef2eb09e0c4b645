// Reading one input: its raw value (default applied), and the typed readers every parser shares.
// Each problem is recorded with the input it is about, so that the report can list them in
// action.yml's order and the cross-field rules can skip fields that failed to parse.

import { InputError } from '../errors.js';
import { defaultOf, type InputName, type InputReader, orderOf } from './spec.js';

/** Shows a value in an error so that stray whitespace or newlines are visible. */
function show(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

const WHOLE_NUMBER = /^\d+$/;

export class Fields {
  private readonly problems: { readonly input: InputName; readonly text: string }[] = [];
  private readonly failedInputs = new Set<InputName>();
  readonly warnings: string[] = [];

  private readonly reader: InputReader;

  constructor(reader: InputReader) {
    this.reader = reader;
  }

  /** The value as given, or the table's default when empty. */
  read(name: InputName): string {
    return this.reader(name) || defaultOf(name);
  }

  /** The value as given, with no default: whether the user set it. */
  given(name: InputName): string {
    return this.reader(name);
  }

  /** Whether the value came from an environment variable rather than from with:. */
  fromEnvironment(name: InputName): boolean {
    return this.reader.fromEnvironment?.(name) ?? false;
  }

  /** A bad value: names the input, shows the value, says what is wrong and gives the fix. */
  bad(name: InputName, value: string, what: string, fix: string): void {
    this.say(name, `Input '${name}' is ${show(value)}: ${what}. ${fix}`);
  }

  /** A problem worded in full: for secret inputs (never shown) and for combinations of inputs. */
  say(name: InputName, text: string): void {
    this.failedInputs.add(name);
    // A rule may read an input a parser read already: the same problem is said once.
    if (!this.problems.some((p) => p.text === text)) this.problems.push({ input: name, text });
  }

  /** Whether every one of these inputs parsed: rules about a failed input say nothing more. */
  ok(...names: InputName[]): boolean {
    return names.every((n) => !this.failedInputs.has(n));
  }

  /** Every problem at once, in action.yml's order of the inputs they are about. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const sorted = [...this.problems].sort((a, b) => orderOf(a.input) - orderOf(b.input));
    throw new InputError(sorted.map((p) => p.text));
  }

  bool(name: InputName, fallback = false): boolean {
    const raw = this.read(name);
    if (raw === '') return fallback;
    // YAML 1.2 core schema, as the runner's own getBooleanInput.
    if (['true', 'True', 'TRUE'].includes(raw)) return true;
    if (['false', 'False', 'FALSE'].includes(raw)) return false;
    this.bad(
      name,
      raw,
      'not a boolean',
      'Use true or false (YAML 1.2: true, True, TRUE, false, False, FALSE).',
    );
    return fallback;
  }

  /** A whole number in [min, max]; the default's value when it is not one. */
  wholeNumber(name: InputName, min: number, max: number, fix: string): number {
    const raw = this.read(name);
    const n = WHOLE_NUMBER.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    this.bad(name, raw, `it must be a whole number ${range}`, fix);
    return Number(defaultOf(name));
  }

  /** An http(s) URL, or undefined when empty or bad. */
  url(name: InputName, fix: string): string | undefined {
    const raw = this.read(name);
    if (raw === '') return undefined;
    const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
    if (parsed?.protocol === 'https:' || parsed?.protocol === 'http:') return raw;
    // A URL that does not parse may still carry a password; show only its start.
    const shown = raw.includes('@') ? `${raw.slice(0, raw.indexOf('//') + 2)}...` : raw;
    this.bad(name, shown, 'not an http(s) URL', fix);
    return undefined;
  }

  /** A list input: one item a line, or comma-separated. */
  list(name: InputName): string[] {
    return this.read(name)
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
}
