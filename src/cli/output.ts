import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/**
 * Where a command streams a large output: a buffer of about 64 KB in front of a stream, waiting
 * for 'drain' when the stream is full, so memory stays bounded whatever the output's size. A file
 * is written as FILE.partial and renamed when complete: a failed run leaves no half-written FILE.
 */
export class Output {
  private buffer = '';
  private failure: Error | undefined;
  private finished = false;
  written = 0;

  private constructor(
    private readonly stream: NodeJS.WritableStream,
    readonly path: string | undefined,
  ) {
    stream.on('error', (error: Error) => (this.failure ??= error));
  }

  static toStream(stream: NodeJS.WritableStream): Output {
    return new Output(stream, undefined);
  }

  static toFile(path: string): Output {
    return new Output(createWriteStream(`${path}.partial`, { encoding: 'utf8' }), path);
  }

  async write(chunk: string): Promise<void> {
    this.buffer += chunk;
    if (this.buffer.length >= 65536) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer.length === 0) return;
    const chunk = this.buffer;
    this.buffer = '';
    this.written += Buffer.byteLength(chunk);
    if (!this.stream.write(chunk)) await this.waitFor('drain');
    if (this.failure) throw this.failure;
  }

  /** Flushes; a file is closed and takes its name. */
  async finish(): Promise<void> {
    if (this.finished) return;
    await this.flush();
    this.finished = true;
    if (this.path === undefined) return;
    const closed = this.waitFor('close');
    this.stream.end();
    await closed;
    await rename(`${this.path}.partial`, this.path);
  }

  /** Drops a file that will not be completed. */
  async abandon(): Promise<void> {
    if (this.path === undefined || this.finished) return;
    this.finished = true;
    const closed = this.waitFor('close').catch(() => undefined);
    this.stream.end();
    await closed;
    await rm(`${this.path}.partial`, { force: true });
  }

  private waitFor(event: 'drain' | 'close'): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => {
        this.stream.removeListener('error', failed);
        resolve();
      };
      const failed = (error: Error) => {
        this.stream.removeListener(event, done);
        reject(error);
      };
      this.stream.once(event, done);
      this.stream.once('error', failed);
    });
  }
}

/** The reader went away (`diplograph export ... | head`): not a failure of ours. */
export const isClosedPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException)?.code === 'EPIPE' || (error as NodeJS.ErrnoException)?.code === 'ERR_STREAM_DESTROYED';
