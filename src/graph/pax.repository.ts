import { PaxAgreement } from '../model/pax';
import { Executor } from './executor';

export interface PaxLoadReport {
  agreements: number;
  created: number;
}

/** Loads PA-X agreements in batches, each batch one transaction; loading twice changes nothing. */
export class PaxRepository {
  constructor(private readonly executor: Executor) {}

  async load(agreements: PaxAgreement[], onBatch: (done: number) => void = () => {}, batchSize = 500): Promise<PaxLoadReport> {
    const report = { agreements: 0, created: 0 };
    for (let i = 0; i < agreements.length; i += batchSize) {
      const rows = agreements.slice(i, i + batchSize);
      const [row] = await this.executor.write((q) => q.run('pax.upsertAgreements', { rows }), 'pax.import');
      report.agreements += Number(row?.agreements ?? 0);
      report.created += Number(row?.created ?? 0);
      onBatch(Math.min(i + batchSize, agreements.length));
    }
    return report;
  }
}
