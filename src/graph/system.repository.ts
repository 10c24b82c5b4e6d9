import { DatabaseUnavailableError, GraphError } from './errors';
import { Executor } from './executor';

export interface DatabaseHealth {
  connected: boolean;
  address: string;
  version?: string;
  edition?: string;
  message?: string;
}

/** What the server knows of its database: reachable or not, which version. */
export class SystemRepository {
  constructor(private readonly executor: Executor) {}

  async health(): Promise<DatabaseHealth> {
    try {
      const info = await this.executor.serverInfo();
      return { connected: true, address: info.address, version: info.version, edition: info.edition };
    } catch (error) {
      if (error instanceof DatabaseUnavailableError || error instanceof GraphError) {
        return { connected: false, address: this.executor.uri, message: error.message };
      }
      throw error;
    }
  }
}
