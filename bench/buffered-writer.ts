import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Appends text to a file through one reusable byte buffer: generating 470 MB of CSV must not build
 * the file as a string, and one write per line would be far too slow.
 */
export class BufferedWriter {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(4 << 20);
  private used = 0;
  bytes = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  /** ASCII text only: the generated logs never hold other characters. */
  write(text: string): void {
    if (this.used + text.length > this.buffer.length) this.flush();
    this.used += this.buffer.write(text, this.used, 'latin1');
    this.bytes += text.length;
  }

  flush(): void {
    let off = 0;
    while (off < this.used) off += writeSync(this.fd, this.buffer, off, this.used - off);
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
