import { pages } from "@kindling/client";
import { useState } from "preact/hooks";
import { api, answer, data, idempotencyKey, type Schemas } from "../api";
import { canMoveEnrollments } from "../auth/claims";
import { session } from "../auth/session";
import { ProblemNotice, Show } from "../components/Notices";
import { date, words } from "../format";
import { useLoad } from "../load";
import { href } from "../router";

type Status = Schemas["EnrollmentStatus"];
type Enrollment = Schemas["Enrollment"];

const COLUMNS: Status[] = ["APPLIED", "SCREENING", "ACCEPTED", "ACTIVE", "GRADUATED", "REJECTED", "WITHDRAWN"];

/** The action that moves an enrollment to each status, and whether it needs a reason. */
const MOVES = {
  SCREENING: { path: "/api/v1/enrollments/{id}/screen", verb: "Screen", reason: false },
  ACCEPTED: { path: "/api/v1/enrollments/{id}/accept", verb: "Accept", reason: false },
  ACTIVE: { path: "/api/v1/enrollments/{id}/activate", verb: "Activate", reason: false },
  GRADUATED: { path: "/api/v1/enrollments/{id}/graduate", verb: "Graduate", reason: false },
  REJECTED: { path: "/api/v1/enrollments/{id}/reject", verb: "Reject", reason: true },
  WITHDRAWN: { path: "/api/v1/enrollments/{id}/withdraw", verb: "Withdraw", reason: true },
} as const;

type Target = keyof typeof MOVES;

async function everything<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string | null }>) {
  const all: T[] = [];
  for await (const items of pages(page)) {
    all.push(...items);
  }
  return all;
}

/** A cohort's enrollments by status; those who may move them see the moves each one allows. */
export function CohortBoard({ id }: { id: string }) {
  const [loaded, reload] = useLoad(async () => {
    const [cohort, enrollments, startups] = await Promise.all([
      data(api.GET("/api/v1/cohorts/{id}", { params: { path: { id } } })),
      everything((cursor) => data(api.GET("/api/v1/enrollments", { params: { query: { cohortId: id, limit: 200, cursor } } }))),
      everything((cursor) => data(api.GET("/api/v1/startups", { params: { query: { cohortId: id, limit: 200, cursor } } }))),
    ]);
    return { cohort, enrollments, names: new Map(startups.map((s) => [s.id, s.name])) };
  }, [id]);
  const [moved, setMoved] = useState<string | undefined>(undefined);
  return (
    <Show loaded={loaded} what="the cohort">
      {({ cohort, enrollments, names }) => {
        const mayMove = canMoveEnrollments(session()!.claims, cohort.hubCode);
        return (
          <>
            <h1>{cohort.name}</h1>
            <p class="sub">
              <a href={href.hub(cohort.hubId!)}>{cohort.hubCode}</a> · {date(cohort.startsOn)} to {date(cohort.endsOn)} ·{" "}
              <span data-figure="seats">
                {cohort.seatsTaken ?? 0} of {cohort.capacity}
              </span>{" "}
              seats taken · <a href={href.program(cohort.programId!)}>program scoreboard</a>
            </p>
            {moved && (
              <p class="notice ok" role="status">
                {moved}
              </p>
            )}
            <div class="board">
              {COLUMNS.map((status) => {
                const here = enrollments.filter((e) => e.status === status);
                return (
                  <section class="column" key={status} aria-labelledby={`col-${status}`} data-column={status}>
                    <h2 id={`col-${status}`}>
                      {words(status)} <span class="pill">{here.length}</span>
                    </h2>
                    {here.map((e) => (
                      <Card
                        key={e.id}
                        enrollment={e}
                        name={names.get(e.startupId) ?? "Startup"}
                        mayMove={mayMove}
                        onMoved={(text) => {
                          setMoved(text);
                          reload();
                        }}
                      />
                    ))}
                  </section>
                );
              })}
            </div>
          </>
        );
      }}
    </Show>
  );
}

function Card({
  enrollment,
  name,
  mayMove,
  onMoved,
}: {
  enrollment: Enrollment;
  name: string;
  mayMove: boolean;
  onMoved: (text: string) => void;
}) {
  const [choosing, setChoosing] = useState<Target | undefined>(undefined);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(undefined);
  const moves = (enrollment.allowedTransitions ?? []).filter((s): s is Target => s in MOVES);

  async function move(target: Target) {
    setBusy(true);
    setProblem(undefined);
    try {
      await answer(
        api.POST(MOVES[target].path, {
          params: { path: { id: enrollment.id! }, header: { "Idempotency-Key": idempotencyKey() } },
          body: reason.trim() ? { reason: reason.trim() } : {},
        }),
      );
      setChoosing(undefined);
      setReason("");
      onMoved(`${name} moved to ${words(target)}.`);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  const reasonId = `reason-${enrollment.id}`;
  return (
    <article class="card" data-enrollment={enrollment.id} aria-label={name}>
      <a href={href.startup(enrollment.startupId!)}>{name}</a>
      <div>
        <small>since {date(enrollment.statusChangedAt)}</small>
      </div>
      {mayMove && moves.length > 0 && choosing === undefined && (
        <div class="actions">
          {moves.map((target) => (
            <button type="button" class="action" key={target} onClick={() => setChoosing(target)}>
              {MOVES[target].verb}
            </button>
          ))}
        </div>
      )}
      {choosing !== undefined && (
        <form
          class="reason"
          onSubmit={(e) => {
            e.preventDefault();
            void move(choosing);
          }}
        >
          <label for={reasonId}>
            Reason to {MOVES[choosing].verb.toLowerCase()}
            {MOVES[choosing].reason ? " (required)" : " (optional)"}
          </label>
          <textarea
            id={reasonId}
            value={reason}
            required={MOVES[choosing].reason}
            maxLength={2000}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <div class="actions">
            <button type="submit" class="action" disabled={busy}>
              Confirm: {MOVES[choosing].verb.toLowerCase()}
            </button>
            <button type="button" class="action" onClick={() => setChoosing(undefined)} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {problem !== undefined && <ProblemNotice error={problem} doing={`Could not ${MOVES[choosing ?? "SCREENING"].verb.toLowerCase()}`} />}
    </article>
  );
}
