import { closeSync, openSync, writeSync } from "node:fs";

/**
 * Appends text to a file through a fixed-size buffer, so writing a million rows holds about a megabyte in
 * memory, not the whole file. Synchronous on purpose: the generator is a batch job, and plain sequential
 * writes keep the byte order (and so the file's hash) trivially the same on every run.
 */
export class BufferedFile {
  private readonly fd: number;
  private chunks: string[] = [];
  private pending = 0;
  private written = 0;
  private closed = false;

  constructor(
    readonly path: string,
    private readonly flushAt = 1 << 20,
  ) {
    this.fd = openSync(path, "w");
  }

  write(text: string): void {
    if (this.closed) throw new Error(`Write after close: ${this.path}`);
    this.chunks.push(text);
    this.pending += text.length;
    if (this.pending >= this.flushAt) this.flush();
  }

  private flush(): void {
    if (this.chunks.length === 0) return;
    const bytes = Buffer.from(this.chunks.join(""), "utf8");
    // writeSync may write less than asked; loop until the whole chunk is down.
    for (let offset = 0; offset < bytes.length; )
      offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
    this.written += bytes.length;
    this.chunks = [];
    this.pending = 0;
  }

  /** Flushes, closes and returns the file's size in bytes. */
  close(): number {
    if (!this.closed) {
      this.flush();
      closeSync(this.fd);
      this.closed = true;
    }
    return this.written;
  }
}
