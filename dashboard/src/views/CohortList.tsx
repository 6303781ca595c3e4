import { api, data, type Schemas } from "../api";
import { MoreButton, ProblemNotice } from "../components/Notices";
import { date } from "../format";
import { usePages } from "../load";
import { href } from "../router";

/** Cohorts, optionally of one program (#/cohorts?programId=…), in keyset pages. */
export function CohortList() {
  const programId = new URLSearchParams(location.hash.split("?")[1] ?? "").get("programId") ?? undefined;
  const cohorts = usePages<Schemas["Cohort"]>(
    (cursor) => data(api.GET("/api/v1/cohorts", { params: { query: { programId, limit: 50, cursor } } })),
    [programId],
  );
  return (
    <>
      <h1>Cohorts</h1>
      <p class="sub">{programId ? <>Of one program · <a href={href.cohorts()}>all cohorts</a></> : "Every cohort you can see."}</p>
      {cohorts.error !== undefined && <ProblemNotice error={cohorts.error} doing="Loading cohorts" />}
      <section class="panel">
        <table aria-label="Cohorts">
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              <th scope="col">Hub</th>
              <th scope="col">Dates</th>
              <th scope="col" class="num">Seats taken</th>
            </tr>
          </thead>
          <tbody>
            {cohorts.items.map((c) => (
              <tr key={c.id} data-cohort={c.id}>
                <th scope="row">
                  <a href={href.cohort(c.id!)}>{c.name}</a>
                </th>
                <td>
                  <a href={href.hub(c.hubId!)}>{c.hubCode}</a>
                </td>
                <td>
                  {date(c.startsOn)} to {date(c.endsOn)}
                </td>
                <td class="num">
                  {c.seatsTaken ?? 0} of {c.capacity}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!cohorts.loading && cohorts.items.length === 0 && cohorts.error === undefined && <p>No cohort you can see.</p>}
        <MoreButton more={cohorts.more} loading={cohorts.loading} onMore={cohorts.showMore} what="cohorts" />
      </section>
    </>
  );
}
