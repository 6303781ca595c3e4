import { useState } from "preact/hooks";
import { api, data } from "../api";
import { session } from "../auth/session";
import { ProblemNotice, Show } from "../components/Notices";
import { date, words } from "../format";
import { useLoad } from "../load";
import { href } from "../router";
import { CallDecisions } from "./CallDecisions";

/** A figure with its exact value for machines, or a dash when there is none. */
function Figure({ value }: { value: number | null | undefined }) {
  return value === null || value === undefined ? <>–</> : <data value={String(value)}>{value}</data>;
}

/** A call: its rubric and the ranking of its submitted applications, downloadable as CSV. */
export function CallPage({ id }: { id: string }) {
  const [loaded] = useLoad(() => data(api.GET("/api/v1/calls/{id}", { params: { path: { id } } })), [id]);
  // staff only: a partner sees the call and its rubric, and why there is no ranking
  const [ranked, reloadRanking] = useLoad(
    () => data(api.GET("/api/v1/calls/{id}/ranking", { params: { path: { id } } })),
    [id],
  );
  const claims = session()!.claims;
  const mayDecide = claims.roles.includes("admin") || claims.roles.includes("manager");
  const [problem, setProblem] = useState<unknown>(undefined);

  async function download() {
    setProblem(undefined);
    try {
      const { data: csv, error } = await api.GET("/api/v1/calls/{id}/ranking", {
        params: { path: { id }, query: { format: "csv" } },
        parseAs: "text",
      });
      if (error !== undefined || csv === undefined) {
        throw error;
      }
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
      link.download = `ranking-${id}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      setProblem(e);
    }
  }

  return (
    <Show loaded={loaded} what="the call">
      {(call) => (
        <>
          <h1>{call.title}</h1>
          <p class="sub">
            <a href={href.cohort(call.cohortId!)}>cohort</a> · <a href={href.hub(call.hubId!)}>{call.hubCode}</a> ·{" "}
            {words(call.status)} · {date(call.opensAt)} to {date(call.closesAt)} · {call.reviewersPerApplication} reviewers
            per application{call.blind ? " · blind review" : ""}
          </p>
          <section class="panel" aria-labelledby="rubric-h">
            <h2 id="rubric-h">Rubric</h2>
            <table aria-label="Rubric">
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  <th scope="col" class="num">Weight</th>
                  <th scope="col">Scale</th>
                </tr>
              </thead>
              <tbody>
                {(call.rubric ?? []).map((c) => (
                  <tr key={c.key} data-criterion={c.key}>
                    <th scope="row">{c.title}</th>
                    <td class="num">{c.weight}</td>
                    <td>
                      {c.scaleMin}–{c.scaleMax}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section class="panel" aria-labelledby="ranking-h">
            <h2 id="ranking-h">Ranking</h2>
            <Show loaded={ranked} what="the ranking">
              {(ranking) => (
                <>
                  <p>
                    {ranking.reviews} reviews in. Normalised scores correct for lenient and harsh reviewers; reviewers whose scores differ by{" "}
                    more than {ranking.disagreementThreshold} are flagged.{" "}
                    <button type="button" class="action" onClick={() => void download()}>
                      Download CSV
                    </button>
                  </p>
                  {problem !== undefined && <ProblemNotice error={problem} doing="Downloading the ranking" />}
                  <table aria-label="Ranking">
                    <thead>
                      <tr>
                        <th scope="col" class="num">Rank</th>
                        <th scope="col">Startup</th>
                        <th scope="col">Enrollment</th>
                        <th scope="col" class="num">Reviews</th>
                        <th scope="col" class="num">Mean</th>
                        <th scope="col" class="num">Normalised</th>
                        <th scope="col" class="num">Spread</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(ranking.applications ?? []).map((a) => (
                        <tr key={a.applicationId} data-application={a.applicationId} data-disagreement={a.disagreement ? "yes" : "no"}>
                          <td class="num" data-figure="rank">
                            <Figure value={a.rank} />
                          </td>
                          <th scope="row">
                            <a href={href.startup(a.startupId!)}>{a.startupName}</a>
                          </th>
                          <td data-figure="enrollment">{words(a.enrollmentStatus)}</td>
                          <td class="num">
                            {a.reviewsSubmitted} of {a.reviewsAssigned}
                          </td>
                          <td class="num" data-figure="mean">
                            <Figure value={a.meanScore} />
                          </td>
                          <td class="num" data-figure="normalised">
                            <Figure value={a.normalisedScore} />
                          </td>
                          <td class="num">
                            {a.spread ?? "–"}
                            {a.disagreement && <span class="pill"> reviewers disagree</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </Show>
          </section>
          {mayDecide && ranked.state === "ok" && (
            <CallDecisions
              callId={id}
              ranked={ranked.value.applications.filter((a) => a.rank !== null && a.rank !== undefined).length}
              onDecided={reloadRanking}
            />
          )}
        </>
      )}
    </Show>
  );
}
