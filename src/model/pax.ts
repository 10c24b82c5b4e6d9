/** One PA-X agreement as the graph keeps it: one row of the PA-X export. */
export interface PaxAgreement {
  paxId: number;
  name: string;
  signed: string;
  status: string | null;
  agreementType: string | null;
  stage: string | null;
  stageSub: string | null;
  conflict: string | null;
  region: string | null;
  processId: string;
  processName: string | null;
  locations: string[];
}
