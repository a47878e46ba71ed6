// Saving a draft while the officer types: a save starts `delayMs` after the last change, or at once
// on flush() (leaving the page, submitting). One save at a time; changes made during a save are saved
// next. A conflict (someone else saved) stops saving until the page reloads the report. A save may
// hold some changes back (their fields carry errors): they stay unsaved until changed again.

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Saved what could be (`at`, null when nothing was saved yet); `held` fields are not saved. */
  | { kind: 'held'; at: Date | null; held: string[] }
  | { kind: 'error'; reason: string }
  | { kind: 'conflict'; reason: string };

export type SaveOutcome =
  | {
      ok: true;
      /** Something reached the server (default true). */ sent?: boolean;
      /** Fields held back. */ held?: string[];
    }
  | { ok: false; conflict: boolean; reason: string };

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
  private held: string[] = [];
  private savedAt: Date | null = null;

  constructor(private readonly options: AutosaverOptions) {}

  /** Whether some change has not reached the server yet (held back ones included). */
  get dirty(): boolean {
    return this.pending || this.inFlight !== undefined || this.held.length > 0;
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
      this.held = outcome.held ?? [];
      if (outcome.sent ?? true) this.savedAt = (this.options.now ?? now)();
      // Typed on while it saved: the countdown already runs again.
      if (this.pending) this.options.onStatus({ kind: 'dirty' });
      else if (this.held.length > 0) this.options.onStatus({ kind: 'held', at: this.savedAt, held: this.held });
      else this.options.onStatus({ kind: 'saved', at: this.savedAt ?? (this.options.now ?? now)() });
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
