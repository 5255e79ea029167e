/**
 * The one timer widgets use for what a person waits on: the goals count spoken after a pause, the
 * 5-second window of Shift ×3, a submission's next attempt, the time limit on loading a host's content.
 * Tests replace it with timers they move by hand, so no test waits on real time (a shared machine's clock
 * is not a test's to sleep on). The SubmissionController uses it unless its options give it other timers
 * (the delivery tests' fake clock).
 */

/** Runs `callback` after `ms` and returns its cancel function. */
export type Schedule = (callback: () => void, ms: number) => () => void;

let schedule: Schedule = (callback, ms) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

/** Runs `callback` after `ms`; returns a function that cancels it. */
export function after(ms: number, callback: () => void): () => void {
  return schedule(callback, ms);
}

/** For tests: replaces the timer; returns the previous one, to put back afterwards. */
export function setSchedule(next: Schedule): Schedule {
  const previous = schedule;
  schedule = next;
  return previous;
}
