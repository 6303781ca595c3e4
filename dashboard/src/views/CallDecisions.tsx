import { useState } from "preact/hooks";
import { api, data, type Schemas } from "../api";
import { ProblemNotice } from "../components/Notices";
import { words } from "../format";

type Status = Schemas["EnrollmentStatus"];
type Decisions = Schemas["Decisions"];

const TARGETS: Status[] = ["SCREENING", "ACCEPTED"];

/** A manager's cut of the ranking: the top N to one status, the rest rejected or left as they are. */
export function CallDecisions({ callId, ranked, onDecided }: { callId: string; ranked: number; onDecided: () => void }) {
  const [top, setTop] = useState(Math.min(5, ranked));
  const [status, setStatus] = useState<Status>("SCREENING");
  const [rejectRest, setRejectRest] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Decisions | undefined>(undefined);
  const [problem, setProblem] = useState<unknown>(undefined);

  async function decide() {
    setBusy(true);
    setProblem(undefined);
    try {
      const decided = await data(
        api.POST("/api/v1/calls/{id}/decisions", {
          params: { path: { id: callId } },
          body: {
            fromRanking: {
              top,
              status,
              restStatus: rejectRest ? "REJECTED" : null,
              reason: reason.trim() || null,
            },
          },
        }),
      );
      setResult(decided);
      onDecided();
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="decide-h">
      <h2 id="decide-h">Decide from the ranking</h2>
      <form
        class="reason"
        onSubmit={(e) => {
          e.preventDefault();
          void decide();
        }}
      >
        <label for="decide-top">How many of the best ranked</label>
        <input id="decide-top" type="number" min={0} max={ranked} value={top} onInput={(e) => setTop(Number(e.currentTarget.value))} />
        <label for="decide-status">move to</label>
        <select id="decide-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as Status)}>
          {TARGETS.map((t) => (
            <option key={t} value={t}>
              {words(t)}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={rejectRest} onChange={(e) => setRejectRest(e.currentTarget.checked)} /> reject the rest
        </label>
        <label for="decide-reason">Reason{rejectRest ? " (required to reject)" : " (optional)"}</label>
        <textarea id="decide-reason" value={reason} required={rejectRest} maxLength={2000} onInput={(e) => setReason(e.currentTarget.value)} />
        <div class="actions">
          <button type="submit" class="action" disabled={busy}>
            Apply the decisions
          </button>
        </div>
      </form>
      {problem !== undefined && <ProblemNotice error={problem} doing="Deciding" />}
      {result !== undefined && (
        <div role="status" class="notice ok" data-decided={`${result.changed} ${result.unchanged} ${result.failed}`}>
          {result.changed} moved, {result.unchanged} already there, {result.failed} refused.
          {result.failed > 0 && (
            <ul>
              {result.results
                .filter((r) => r.outcome === "FAILED")
                .map((r) => (
                  <li key={r.applicationId} data-failed={r.applicationId}>
                    {r.detail}
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
