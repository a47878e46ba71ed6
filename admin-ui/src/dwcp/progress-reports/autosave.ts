// Saving a draft while the officer types: a save starts `delayMs` after the last change, or at once
// on flush() (leaving the page, submitting). One save at a time; changes made during a save are saved
// next. A conflict (someone else saved) stops saving until the page reloads the report.

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; reason: string }
  | { kind: 'conflict'; reason: string };

export type SaveOutcome = { ok: true } | { ok: false; conflict: boolean; reason: string };

export interface AutosaverOptions {
  delayMs: number;
  /** Saves the form as it stands when called. */
  save: () => Promise<SaveOutcome>;
  onStatus: (status: SaveStatus) => void;
  now?: () => Date;
}

export const AUTOSAVE_DELAY_MS = 1500;

export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private pending = false;
  private stopped = false;

  constructor(private readonly options: AutosaverOptions) {}

  /** Whether some change has not reached the server yet. */
  get dirty(): boolean {
    return this.pending || this.inFlight !== undefined;
  }

  /** The form changed: (re)start the countdown to the next save. */
  change(): void {
    if (this.stopped) return;
    this.pending = true;
    this.options.onStatus({ kind: 'dirty' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /** Saves now if anything is unsaved; resolves once the form is saved (or the save failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await this.inFlight;
    if (!this.pending || this.stopped) return;
    this.pending = false;
    this.options.onStatus({ kind: 'saving' });
    this.inFlight = this.run().finally(() => {
      this.inFlight = undefined;
    });
    await this.inFlight;
  }

  /** Stops the countdown (the page is gone); an unsaved change stays unsaved. */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    let outcome: SaveOutcome;
    try {
      outcome = await this.options.save();
    } catch (error) {
      outcome = { ok: false, conflict: false, reason: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) {
      // Typed on while it saved: the countdown already runs again.
      this.options.onStatus(this.pending ? { kind: 'dirty' } : { kind: 'saved', at: (this.options.now ?? now)() });
      return;
    }
    this.pending = true;
    if (outcome.conflict) {
      this.stopped = true;
      this.dispose();
      this.options.onStatus({ kind: 'conflict', reason: outcome.reason });
    } else {
      this.options.onStatus({ kind: 'error', reason: outcome.reason });
    }
  }
}

const now = () => new Date();
