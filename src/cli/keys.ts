import { loadConfig } from '../config';
import { KeyRepository } from '../graph/key.repository';
import { isRole, ROLES } from '../model/roles';
import { parseArgs, UsageError } from './args';
import { openDatabase } from './database';
import { CliIO } from './io';

export const KEYS_HELP = `Usage: diplograph keys create --role reader|curator|admin [--name LABEL] [--json]
       diplograph keys revoke ID
       diplograph keys list [--json]

API keys for the GraphQL API (send one as "Authorization: Bearer <token>"). Only the SHA-256 of a
token is stored in Neo4j: "create" prints the token once; keep it. Every mutation needs a curator
key; editing reference entities, undoing merges and reading the audit trail need an admin key.

Exit status: 0 done, 1 Neo4j unreachable or no such key, 2 wrong usage.

Examples:
  diplograph keys create --role curator --name "Jane's notebook"
  diplograph keys revoke 3f9a0c1d2e4b
`;

export async function runKeys(args: string[], io: CliIO): Promise<number> {
  const { options, positional } = parseArgs(args, { values: ['role', 'name'], flags: ['json'] });
  if (options.help) {
    io.stdout.write(KEYS_HELP);
    return 0;
  }
  const [action, ...rest] = positional;
  if (!['create', 'revoke', 'list'].includes(action ?? '')) throw new UsageError('keys needs an action: create, revoke or list');
  if (action === 'create' && !isRole(options.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (action === 'revoke' && !/^[0-9a-f]{12}$/.test(rest[0] ?? '')) throw new UsageError('keys revoke needs the id of a key (12 hex digits, see "keys list")');
  const db = await openDatabase(loadConfig(), { startLocal: false, log: (l) => io.stderr.write(`${l}\n`) });
  try {
    const keys = new KeyRepository(db.executor);
    if (action === 'create') {
      const key = await keys.create(options.role as never, typeof options.name === 'string' ? options.name : null);
      io.stdout.write(options.json ? `${JSON.stringify(key)}\n` : `created ${key.role} key ${key.id}; its token (shown only now):\n${key.token}\n`);
      return 0;
    }
    if (action === 'revoke') {
      const revoked = await keys.revoke(rest[0]);
      if (!revoked) {
        io.stderr.write(`diplograph keys: no key "${rest[0]}"\n`);
        return 1;
      }
      io.stdout.write(`revoked key ${rest[0]} (${revoked})\n`);
      return 0;
    }
    const all = await keys.list();
    io.stdout.write(options.json ? `${JSON.stringify(all)}\n` : all.map((k) => `${k.id}  ${k.role.padEnd(7)}  ${k.revoked ? `revoked ${k.revoked}` : 'live'}  ${k.created}  ${k.name ?? ''}\n`).join(''));
    return 0;
  } finally {
    await db.close();
  }
}
