import type { ReportModel } from '@core/model/report-model';
import type { Settings } from '@core/model/settings';
import { isRetargetable, retarget } from '@core/report/retarget';
import type { Envelope, OpenedLog } from '../../../electron/shared/ipc-contract';

export interface ReportState {
  model: ReportModel | null;
  error: string | null;
  /** the model on screen belongs to the log shown before this one (its first report is being built) */
  stale: boolean;
}

/** Asks the open log's engine (in the main process) for a report: window.sla.report. */
export type AskReport = (logId: string, settings: Settings) => Promise<Envelope<ReportModel>>;

/**
 * The report of the open log under the settings being edited. The engine in the main process builds it; at
 * most one request is in flight, and while it runs only the newest settings wait, so dragging a slider never
 * queues up stale work. A change the figures on screen already answer (targets, credit tiers, the month
 * convention, paper and language) is re-derived here at once by core's retarget, without asking.
 */
export class ReportRequests {
  private log: OpenedLog | null = null;
  /** bumped with every log (or import): answers about an earlier one are dropped */
  private generation = 0;
  /** the engine's last model for this log: what a retarget starts from */
  private base: ReportModel | null = null;
  private shown: { model: ReportModel | null; log: OpenedLog | null; error: string | null } = {
    model: null,
    log: null,
    error: null,
  };
  private inFlight = false;
  private waiting: Settings | null = null;
  private disposed = false;

  constructor(
    private readonly ask: AskReport,
    private readonly onChange: (state: ReportState) => void,
  ) {}

  get state(): ReportState {
    const { model, log, error } = this.shown;
    // while the first model of a newly opened log is built (a few ms to a few s), the previous one stays on
    // screen marked stale, rather than the page emptying and filling again
    return { model, error, stale: this.log !== null && log !== this.log };
  }

  /** A log was opened or imported again: its records are new, so the next settings go to its engine. */
  setLog(log: OpenedLog | null): void {
    if (log === this.log) return;
    this.log = log;
    this.generation++;
    this.base = null;
    this.inFlight = false;
    this.waiting = null;
    this.emit();
  }

  setSettings(settings: Settings): void {
    if (!this.log) return;
    if (this.inFlight) this.waiting = settings;
    else this.request(settings);
  }

  dispose(): void {
    this.disposed = true;
  }

  private request(settings: Settings): void {
    const log = this.log!;
    if (this.base && isRetargetable(this.base.settings, settings)) {
      const model = settings === this.base.settings ? this.base : retarget(this.base, settings);
      this.shown = { model, log, error: null };
      this.emit();
      return;
    }
    this.inFlight = true;
    const generation = this.generation;
    void this.ask(log.logId, settings).then(
      (envelope) => this.answered(generation, log, envelope),
      (error: unknown) =>
        this.answered(generation, log, {
          ok: false,
          error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
        }),
    );
  }

  private answered(generation: number, log: OpenedLog, envelope: Envelope<ReportModel>): void {
    if (this.disposed || generation !== this.generation) return;
    this.inFlight = false;
    if (envelope.ok) {
      this.base = envelope.value;
      this.shown = { model: envelope.value, log, error: null };
    } else {
      this.shown = { model: null, log, error: envelope.error.message };
    }
    const next = this.waiting;
    this.waiting = null;
    if (!next) return this.emit();
    // waiting settings that only retarget this answer are shown at once (request emits them); others go to
    // the engine while this answer is on screen
    this.request(next);
    if (this.inFlight) this.emit();
  }

  private emit(): void {
    if (!this.disposed) this.onChange(this.state);
  }
}
