import { ServerBusyError } from './errors';

export interface AdmissionLimits {
  /** read transactions that may run at once; the rest wait their turn */
  running: number;
  /** reads that may wait; one more is refused at once */
  queue: number;
  /** a read that waited this long without a turn is refused */
  waitMs: number;
}

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
}

/** Gives back a turn; idempotent, so a `finally` and an error path may both call it. */
export type Release = () => void;

/**
 * Admission control for reads: at most `running` read transactions run in Neo4j at once, the
 * others wait first come first served in a bounded queue. A database given more concurrent
 * transactions than it has cores runs each of them slower, until all of them pass the transaction
 * timeout together; in a queue, each runs at full speed and its timeout counts only its own run.
 * A full queue, or a wait past `waitMs`, answers SERVICE_UNAVAILABLE at once.
 */
export class Admission {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limits: AdmissionLimits) {}

  /** Reads running now, and reads waiting for a turn. */
  get load(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.waiting.length };
  }

  enter(): Promise<Release> {
    if (this.active < this.limits.running && this.waiting.length === 0) return Promise.resolve(this.take());
    if (this.waiting.length >= this.limits.queue) {
      return Promise.reject(new ServerBusyError(undefined, `${this.waiting.length} reads are already waiting for a turn`));
    }
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          resolve(this.take());
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new ServerBusyError(undefined, `no turn to read came within ${this.limits.waitMs} ms`));
        }, this.limits.waitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private take(): Release {
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.waiting.shift()?.admit();
    };
  }
}
