// The state of one row of an editable list (a journey stage, a rule, an ICP criterion, an API
// token, a source): the action under way on it, the confirmation its delete or revoke waits for,
// and the last failure. The list owns the rows; the row only acts on itself and says so.
import { useState } from 'react';

export interface RowEditor<Problem> {
  /** An action on the row is under way: its buttons are disabled. */
  busy: boolean;
  /** The delete (or revoke) waits for its confirmation. */
  confirming: boolean;
  /** The last failure (a message, or a message with the field it is about). */
  problem: Problem | null;
  /** For the checks made before sending, and for clearing a problem the user is correcting. */
  setProblem: (problem: Problem | null) => void;
  askToConfirm: () => void;
  cancelConfirm: () => void;
  /**
   * Runs an action on the row, busy meanwhile; a new try forgets the last failure. After a
   * success the confirmation closes; after a failure `failed` turns the error into the row's
   * problem.
   */
  run: (action: () => Promise<void>, failed: (cause: unknown) => Problem) => Promise<void>;
}

/**
 * `closeConfirmOnFailure`: the row shows the failure itself (an alert in the row), so the
 * confirmation closes; otherwise the confirmation shows it (ConfirmRow's error) and stays open
 * for another try.
 */
export function useRowEditor<Problem = string>({
  closeConfirmOnFailure = false,
} = {}): RowEditor<Problem> {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function run(action: () => Promise<void>, failed: (cause: unknown) => Problem) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setConfirming(false);
    } catch (cause) {
      setProblem(failed(cause));
      if (closeConfirmOnFailure) setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    confirming,
    problem,
    setProblem,
    askToConfirm: () => setConfirming(true),
    cancelConfirm: () => setConfirming(false),
    run,
  };
}
