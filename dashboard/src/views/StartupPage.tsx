import { pages } from "@kindling/client";
import { api, data, type Schemas } from "../api";
import { COLOURS, ChartCanvas } from "../components/Chart";
import { Count, Money } from "../components/Figures";
import { Loading, ProblemNotice, Show } from "../components/Notices";
import { date, words } from "../format";
import { useLoad } from "../load";
import { href } from "../router";

/** A startup: its details, KPI history as a chart, why it is or is not a scale-up candidate, its cohorts. */
export function StartupPage({ id }: { id: string }) {
  const [startup] = useLoad(() => data(api.GET("/api/v1/startups/{id}", { params: { path: { id } } })), [id]);
  return (
    <Show loaded={startup} what="the startup">
      {(s) => (
        <>
          <h1>{s.name}</h1>
          <p class="sub">
            {[s.sector, s.city, s.country].filter(Boolean).join(" · ")}
            {s.foundedOn && <> · founded {date(s.foundedOn)}</>}
            {s.teamSize !== undefined && <> · team of {s.teamSize}</>}
            {s.website && (
              <>
                {" "}
                · <a href={s.website} rel="noopener noreferrer">{s.website}</a>
              </>
            )}
          </p>
          <div class="grid">
            <Kpis id={id} />
            <Assessment id={id} />
          </div>
          <Enrollments id={id} />
        </>
      )}
    </Show>
  );
}

function Kpis({ id }: { id: string }) {
  const [kpis] = useLoad(async () => {
    const all: Schemas["KpiSnapshot"][] = [];
    for await (const items of pages((cursor) =>
      data(api.GET("/api/v1/startups/{id}/kpis", { params: { path: { id }, query: { limit: 200, cursor } } })),
    )) {
      all.push(...items);
    }
    return all.sort((a, b) => (a.asOf ?? "").localeCompare(b.asOf ?? ""));
  }, [id]);
  return (
    <section class="panel" aria-labelledby="kpi-h">
      <h2 id="kpi-h">KPI history</h2>
      <Show loaded={kpis} what="KPI snapshots">
        {(snapshots) =>
          snapshots.length === 0 ? (
            <p>No KPI snapshot recorded yet.</p>
          ) : (
            <>
              <ChartCanvas
                summary={`Headcount by date: ${snapshots.map((k) => `${k.asOf} ${k.headcount}`).join(", ")}`}
                config={{
                  type: "line",
                  data: {
                    labels: snapshots.map((k) => k.asOf ?? ""),
                    datasets: [
                      { label: "Headcount", data: snapshots.map((k) => k.headcount ?? 0), borderColor: COLOURS[0], backgroundColor: COLOURS[0], yAxisID: "y" },
                      ...(snapshots.some((k) => k.revenue)
                        ? [
                            {
                              label: `Revenue (${snapshots.find((k) => k.revenue)?.revenue?.currency ?? ""})`,
                              data: snapshots.map((k) => (k.revenue ? Number(k.revenue.amount) : null)),
                              borderColor: COLOURS[1],
                              backgroundColor: COLOURS[1],
                              yAxisID: "revenue",
                            },
                          ]
                        : []),
                    ],
                  },
                  options: {
                    scales: {
                      y: { beginAtZero: true, title: { display: true, text: "Headcount" } },
                      revenue: { position: "right", beginAtZero: true, display: snapshots.some((k) => k.revenue), grid: { drawOnChartArea: false } },
                    },
                  },
                }}
              />
              <table aria-label="KPI snapshots">
                <thead>
                  <tr>
                    <th scope="col">As of</th>
                    <th scope="col" class="num">Headcount</th>
                    <th scope="col" class="num">Revenue</th>
                    <th scope="col" class="num">Funds raised</th>
                  </tr>
                </thead>
                <tbody>
                  {snapshots.map((k) => (
                    <tr key={k.id} data-as-of={k.asOf}>
                      <th scope="row">{k.asOf}</th>
                      <td class="num" data-figure="headcount"><Count value={k.headcount} /></td>
                      <td class="num" data-figure="revenue"><Money value={k.revenue} /></td>
                      <td class="num" data-figure="funds-raised"><Money value={k.fundsRaised} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </Show>
    </section>
  );
}

function Assessment({ id }: { id: string }) {
  const [assessment] = useLoad(
    () => data(api.GET("/api/v1/startups/{id}/scaleup-assessment", { params: { path: { id } } })),
    [id],
  );
  return (
    <section class="panel" aria-labelledby="oecd-h">
      <h2 id="oecd-h">Scale-up candidate?</h2>
      <Show loaded={assessment} what="the assessment">
        {(a) => (
          <div data-assessment={a.meets ? "meets" : "does-not-meet"}>
            <p>
              <span class={a.meets ? "pill yes" : "pill no"}>{a.meets ? "Meets the OECD rule" : "Does not meet the OECD rule"}</span>{" "}
              as of {a.asOf}
              {a.periodStart && (
                <>
                  , judged over {a.periodStart} to {a.periodEnd}
                </>
              )}
              .
            </p>
            <p class="muted">
              The OECD rule: 10 or more employees at the start, and 20% or more average annual growth over three years in
              employees or revenue. Kindling's reasons:
            </p>
            <ul class="reasons">
              {(a.reasons ?? []).map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        )}
      </Show>
    </section>
  );
}

function Enrollments({ id }: { id: string }) {
  const [enrollments] = useLoad(
    () => data(api.GET("/api/v1/enrollments", { params: { query: { startupId: id, limit: 50 } } })),
    [id],
  );
  if (enrollments.state === "loading") {
    return <Loading what="enrollments" />;
  }
  if (enrollments.state === "failed") {
    return <ProblemNotice error={enrollments.error} doing="Loading enrollments" />;
  }
  const items = enrollments.value.items ?? [];
  return (
    <section class="panel" aria-labelledby="enr-h">
      <h2 id="enr-h">Cohorts</h2>
      {items.length === 0 ? (
        <p>Not enrolled in any cohort you can see.</p>
      ) : (
        <ul class="plain">
          {items.map((e) => (
            <li key={e.id}>
              <a href={href.cohort(e.cohortId!)}>Cohort at {e.hubCode}</a>: {words(e.status)} since {date(e.statusChangedAt)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
