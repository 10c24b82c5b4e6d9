/** Counts of an evaluation set: per category, right category, right source, no event, time. */
export class Tally {
  private rows = new Map<string, { n: number; category: number; withSource: number }>();
  private noEvent = 0;
  private n = 0;
  private bytes = 0;
  private ms = 0;
  private sourced = false;

  static pct(a: number, b: number): string {
    return b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a';
  }

  time<T>(text: string, fn: () => T): T {
    const t0 = process.cpuUsage();
    const out = fn();
    const d = process.cpuUsage(t0);
    this.ms += (d.user + d.system) / 1e3;
    this.bytes += Buffer.byteLength(text, 'utf8');
    return out;
  }

  add(category: string, s: { category: boolean; withSource?: boolean; noEvent: boolean }): void {
    const row = this.rows.get(category) ?? { n: 0, category: 0, withSource: 0 };
    row.n++;
    if (s.category) row.category++;
    if (s.withSource !== undefined) this.sourced = true;
    if (s.withSource) row.withSource++;
    this.rows.set(category, row);
    this.n++;
    if (s.noEvent) this.noEvent++;
  }

  print(): void {
    const sum = (k: 'category' | 'withSource') => [...this.rows.values()].reduce((a, r) => a + r[k], 0);
    const line = (label: string, a: number, b: number) => `${label} ${a}/${b} = ${Tally.pct(a, b)}`;
    console.log(line('category accuracy (some event has the gold category):', sum('category'), this.n));
    if (this.sourced) console.log(line('category with the right source:', sum('withSource'), this.n));
    console.log(line('records with no event:', this.noEvent, this.n));
    for (const [cat, r] of [...this.rows].sort()) {
      console.log(`  ${cat.padEnd(10)} ${`${r.category}/${r.n}`.padStart(8)} ${Tally.pct(r.category, r.n).padStart(6)}${this.sourced ? `   with source ${Tally.pct(r.withSource, r.n).padStart(6)}` : ''}`);
    }
    console.log(`throughput: ${this.n} records, ${(this.bytes / 1e3).toFixed(0)} KB in ${(this.ms / 1000).toFixed(2)} s = ${(this.n / (this.ms / 1000)).toFixed(0)} records per CPU second`);
  }
}
