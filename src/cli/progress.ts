/**
 * A one-line progress bar on a TTY (count, rate, remaining time), redrawn at most ten times a
 * second; nothing at all when the stream is not a terminal (pipes, CI logs).
 */
export class ProgressBar {
  private lastDraw = 0;
  private readonly began = Date.now();
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly label: string,
    private readonly unit = 'articles',
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(done: number, total: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const seconds = (now - this.began) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const width = 24;
    const filled = Math.round(share * width);
    const remaining = rate > 0 && total > done ? formatSeconds((total - done) / rate) : '--';
    const line = `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${this.unit}, ${rate.toFixed(1)}/s, ${remaining} left`;
    this.stream.write(`\r${line.slice(0, (this.stream.columns ?? 120) - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the bar so that the next line starts clean. */
  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
