import type { CliIo } from './io.ts';

/** A one-line progress indicator on stderr, shown only when stderr is a terminal, at most 5×/s. */
export class Progress {
  private lastAt = 0;
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly label: string,
  ) {}

  update(message: string): void {
    if (!this.io.stderrIsTTY) return;
    const now = performance.now();
    if (now - this.lastAt < 200) return;
    this.lastAt = now;
    this.shown = true;
    this.io.stderr(`\r\x1b[2K${this.label}: ${message}`);
  }

  clear(): void {
    if (this.shown) this.io.stderr('\r\x1b[2K');
    this.shown = false;
  }
}
