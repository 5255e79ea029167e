/**
 * Timers a test moves by hand, in place of the widgets' real ones (src/core/timers.ts): a 1-second pause
 * or a 5-second window passes in no time, and exactly when the test says.
 */
import { setSchedule, type Schedule } from '../../src/core/timers.js';

export interface ManualTimer {
  callback: () => void;
  ms: number;
  due: number;
  cancelled: boolean;
  fired: boolean;
}

export class ManualTimers {
  now = 0;
  readonly timers: ManualTimer[] = [];
  private previous?: Schedule;

  /** Puts these timers in place of the real ones; `uninstall()` puts those back. */
  install(): this {
    this.previous = setSchedule((callback, ms) => {
      const timer: ManualTimer = { callback, ms, due: this.now + ms, cancelled: false, fired: false };
      this.timers.push(timer);
      return () => (timer.cancelled = true);
    });
    return this;
  }

  uninstall(): void {
    if (this.previous) setSchedule(this.previous);
    this.previous = undefined;
  }

  /** The timers set and neither fired nor cancelled. */
  get pending(): ManualTimer[] {
    return this.timers.filter((timer) => !timer.cancelled && !timer.fired);
  }

  /** Moves time on by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const next = this.pending.filter((timer) => timer.due <= end).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.now = next.due;
      next.fired = true;
      next.callback();
    }
    this.now = end;
  }
}
