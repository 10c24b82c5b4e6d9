/** A small, strict parser for `--name value`, `--name=value`, `--flag` and positional arguments. */

export interface ParsedArgs {
  options: Record<string, string | true>;
  positional: string[];
  /** every value of a repeatable option (`--actor A --actor B`), in order; also the last one is in `options` */
  lists?: Record<string, string[]>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(args: string[], spec: { values?: string[]; flags?: string[]; repeatable?: string[] }): ParsedArgs {
  const repeatable = new Set(spec.repeatable ?? []);
  const values = new Set([...(spec.values ?? []), ...repeatable]);
  const lists: Record<string, string[]> = {};
  const flags = new Set([...(spec.flags ?? []), 'help']);
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (flags.has(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
    } else if (values.has(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
      if (repeatable.has(name)) (lists[name] ??= []).push(value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return repeatable.size > 0 ? { options, positional, lists } : { options, positional };
}
