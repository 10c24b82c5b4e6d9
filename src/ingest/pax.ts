import { parse } from 'csv-parse/sync';

import { PaxAgreement } from '../model/pax';

export type { PaxAgreement };

/**
 * The PA-X Peace Agreements Database export (University of Edinburgh) to agreement rows: one per
 * CSV row, with its PA-X id, name, date, status, type, stage, peace process and the states of
 * Loc1ISO/Loc2ISO. A bad row is an error naming its line and field; the good rows still load.
 */


export interface PaxRowError {
  line: number;
  message: string;
}

export const PAX_REQUIRED_COLUMNS = ['AgtId', 'Agt', 'Dat', 'PP', 'PPName', 'Status', 'Agtp', 'Stage', 'Loc1ISO', 'Loc2ISO'];

export class PaxFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaxFormatError';
  }
}

const text = (value: unknown): string | null => {
  const s = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  return s === '' || s === 'NA' ? null : s;
};

export function parsePax(csv: string): { agreements: PaxAgreement[]; errors: PaxRowError[] } {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(csv, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  } catch (error) {
    throw new PaxFormatError(`not a readable CSV file: ${(error as Error).message}`);
  }
  if (records.length === 0) throw new PaxFormatError('the file has no rows');
  const header = Object.keys(records[0].record);
  const missing = PAX_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new PaxFormatError(`not a PA-X agreements export: missing column(s) ${missing.join(', ')}`);

  const agreements: PaxAgreement[] = [];
  const errors: PaxRowError[] = [];
  const seen = new Set<number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const fail = (message: string) => errors.push({ line, message });
    const rawId = text(record.AgtId);
    if (!rawId || !/^\d+$/.test(rawId)) {
      fail(`AgtId: "${record.AgtId ?? ''}" is not a whole number`);
      continue;
    }
    const paxId = Number(rawId);
    if (seen.has(paxId)) {
      fail(`AgtId: ${paxId} appears twice`);
      continue;
    }
    const name = text(record.Agt);
    if (!name) {
      fail('Agt: the agreement has no name');
      continue;
    }
    const signed = text(record.Dat);
    if (!signed || !/^\d{4}-\d{2}-\d{2}$/.test(signed) || Number.isNaN(Date.parse(signed))) {
      fail(`Dat: "${record.Dat ?? ''}" is not a date (YYYY-MM-DD)`);
      continue;
    }
    const locations = [text(record.Loc1ISO), text(record.Loc2ISO)].filter((x): x is string => x !== null);
    const badLocation = locations.find((l) => !/^[A-Z]{3}$/.test(l));
    if (badLocation) {
      fail(`Loc1ISO/Loc2ISO: "${badLocation}" is not an ISO 3166-1 alpha-3 code`);
      continue;
    }
    seen.add(paxId);
    agreements.push({
      paxId,
      name,
      signed,
      status: text(record.Status),
      agreementType: text(record.Agtp),
      stage: text(record.Stage),
      stageSub: text(record.StageSub),
      conflict: text(record.Con),
      region: text(record.Reg),
      processId: text(record.PP) ?? `agreement-${paxId}`,
      processName: text(record.PPName),
      locations: [...new Set(locations)],
    });
  }
  return { agreements, errors };
}
