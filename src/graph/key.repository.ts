import { newApiKey, Principal, Role } from '../model/roles';
import { Executor } from './executor';

export interface ApiKeyInfo {
  id: string;
  role: Role;
  name: string | null;
  created: string;
  revoked: string | null;
}

/** API keys in Neo4j: created with their hash only, looked up by hash, revoked by id. */
export class KeyRepository {
  constructor(private readonly executor: Executor) {}

  /** Creates a key and returns its token, which is never stored and cannot be shown again. */
  async create(role: Role, name: string | null): Promise<ApiKeyInfo & { token: string }> {
    const key = newApiKey();
    const [row] = await this.executor.write((q) => q.run('keys.create', { id: key.id, hash: key.hash, role, name }), 'keys.create');
    return { ...(row as unknown as ApiKeyInfo), revoked: null, token: key.token };
  }

  async findByHash(hash: string): Promise<Principal | undefined> {
    const [row] = await this.executor.query('keys.byHash', { hash });
    return row ? { id: `key:${row.id}`, role: row.role as Role } : undefined;
  }

  async revoke(id: string): Promise<string | undefined> {
    const [row] = await this.executor.write((q) => q.run('keys.revoke', { id }), 'keys.revoke');
    return row ? String(row.revoked) : undefined;
  }

  async list(): Promise<ApiKeyInfo[]> {
    return (await this.executor.query('keys.list')) as unknown as ApiKeyInfo[];
  }
}
