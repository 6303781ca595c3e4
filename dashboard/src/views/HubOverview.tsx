import { api, data, type Schemas } from "../api";
import { Count } from "../components/Figures";
import { MoreButton, ProblemNotice, Show, Unavailable } from "../components/Notices";
import { date, words } from "../format";
import { useLoad, usePages } from "../load";
import { href } from "../router";
import { Utilisation } from "./Scoreboard";

/** One hub: what it is, the programs it runs, its startups per program, its funding and cohorts. */
export function HubOverview({ id }: { id: string }) {
  const [overview] = useLoad(() => data(api.GET("/api/v1/hubs/{id}/overview", { params: { path: { id } } })), [id]);
  return (
    <Show loaded={overview} what="the hub">
      {(o) => (
        <>
          <Heading hub={o.hub} />
          <div class="grid">
            <Programs overview={o} />
            <Utilisation part={o.funding} />
          </div>
          <Cohorts hubId={id} />
        </>
      )}
    </Show>
  );
}

function Heading({ hub }: { hub: Schemas["HubPart"] | undefined }) {
  if (hub?.status !== "AVAILABLE" || !hub.details) {
    return (
      <>
        <h1>Hub overview</h1>
        <Unavailable what="The hub's details" service="hub-service" />
      </>
    );
  }
  const d = hub.details;
  return (
    <>
      <h1>{d.name}</h1>
      <p class="sub">
        {d.code} · {words(d.kind)} · {[d.city, d.country].filter(Boolean).join(", ")} · {words(d.region)} · {words(d.status)}
      </p>
    </>
  );
}

function Programs({ overview }: { overview: Schemas["HubOverview"] }) {
  const programs = overview.programs;
  const startups = overview.startups;
  const counts = new Map((startups?.programs ?? []).map((p) => [p.programId, p.counts]));
  return (
    <section class="panel" aria-labelledby="programs-h">
      <h2 id="programs-h">Programs and startups</h2>
      {programs?.status !== "AVAILABLE" && <Unavailable what="The programs run here" service="hub-service" />}
      {startups?.status !== "AVAILABLE" && <Unavailable what="Startup figures" service="startup-service" />}
      {programs?.status === "AVAILABLE" && (
        <table aria-label="Programs at this hub">
          <thead>
            <tr>
              <th scope="col">Program</th>
              <th scope="col" class="num">Recruited</th>
              <th scope="col" class="num">Active</th>
              <th scope="col" class="num">Graduated</th>
              <th scope="col" class="num">Scale-ups</th>
            </tr>
          </thead>
          <tbody>
            {(programs.items ?? []).map((p) => {
              const c = counts.get(p.id);
              const figure = (n: number | undefined) =>
                startups?.status === "AVAILABLE" ? <Count value={n ?? 0} /> : "–";
              return (
                <tr key={p.id} data-program={p.code}>
                  <th scope="row">
                    <a href={href.program(p.id!)}>{p.name}</a> <small>{p.code}</small>
                  </th>
                  <td class="num" data-figure="recruited">{figure(c?.recruited)}</td>
                  <td class="num" data-figure="active">{figure(c?.active)}</td>
                  <td class="num" data-figure="graduated">{figure(c?.graduated)}</td>
                  <td class="num" data-figure="scaleups">{figure(c?.scaleups)}</td>
                </tr>
              );
            })}
          </tbody>
          {startups?.status === "AVAILABLE" && (
            <tfoot>
              <tr data-program="total">
                <th scope="row">All programs</th>
                <td class="num" data-figure="recruited"><Count value={startups.total?.recruited} /></td>
                <td class="num" data-figure="active"><Count value={startups.total?.active} /></td>
                <td class="num" data-figure="graduated"><Count value={startups.total?.graduated} /></td>
                <td class="num" data-figure="scaleups"><Count value={startups.total?.scaleups} /></td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
      {programs?.more && <p>More programs run here than are shown.</p>}
    </section>
  );
}

function Cohorts({ hubId }: { hubId: string }) {
  const cohorts = usePages<Schemas["Cohort"]>(
    (cursor) => data(api.GET("/api/v1/cohorts", { params: { query: { hubId, limit: 50, cursor } } })),
    [hubId],
  );
  return (
    <section class="panel" aria-labelledby="cohorts-h">
      <h2 id="cohorts-h">Cohorts</h2>
      {cohorts.error !== undefined && <ProblemNotice error={cohorts.error} doing="Loading cohorts" />}
      {!cohorts.loading && cohorts.items.length === 0 && cohorts.error === undefined && <p>No cohort you can see.</p>}
      <ul class="plain">
        {cohorts.items.map((c) => (
          <li key={c.id} data-cohort={c.id}>
            <a href={href.cohort(c.id!)}>{c.name}</a> · {date(c.startsOn)} to {date(c.endsOn)} · {c.seatsTaken ?? 0} of{" "}
            {c.capacity} seats taken
          </li>
        ))}
      </ul>
      <MoreButton more={cohorts.more} loading={cohorts.loading} onMore={cohorts.showMore} what="cohorts" />
    </section>
  );
}
