import { api, data, type Schemas } from "../api";
import { COLOURS, ChartCanvas } from "../components/Chart";
import { Count, Money, Progress } from "../components/Figures";
import { Loading, ProblemNotice, Show, Unavailable } from "../components/Notices";
import { Rendered } from "../components/Rendered";
import { date, words } from "../format";
import { useLoad } from "../load";
import { href } from "../router";

const PIPELINE = ["APPLIED", "SCREENING", "ACCEPTED", "ACTIVE", "GRADUATED"] as const;
const EXITS = ["REJECTED", "WITHDRAWN"] as const;
const FUNNEL = ["applied", "screened", "accepted", "active", "graduated"] as const;

/** One program: per hub, bars against its targets, the pipeline funnel and budget utilisation. */
export function Scoreboard({ id }: { id: string }) {
  const [board] = useLoad(() => data(api.GET("/api/v1/programs/{id}/scoreboard", { params: { path: { id } } })), [id]);
  return (
    <Show loaded={board} what="the scoreboard">
      {(s) => (
        <>
          <Heading board={s} />
          <div class="grid">
            <Targets board={s} />
            <Hubs board={s} />
          </div>
          <div class="grid">
            <Funnel programId={id} />
            <Utilisation part={s.funding} />
          </div>
          <Rendered name="scoreboard" />
        </>
      )}
    </Show>
  );
}

function Heading({ board }: { board: Schemas["Scoreboard"] }) {
  const p = board.program;
  if (p?.status !== "AVAILABLE") {
    return (
      <>
        <h1>Program scoreboard</h1>
        <Unavailable what="The program's name and targets" service="hub-service" />
      </>
    );
  }
  return (
    <>
      <h1>{p.name}</h1>
      <p class="sub">
        {p.code} · {words(p.kind)} · {words(p.region)} · {date(p.startsOn)} to {date(p.endsOn)} ·{" "}
        <a href={`${href.cohorts()}?programId=${board.programId}`}>cohorts</a>
      </p>
    </>
  );
}

function Targets({ board }: { board: Schemas["Scoreboard"] }) {
  const progress = board.progress;
  return (
    <section class="panel" aria-labelledby="targets-h">
      <h2 id="targets-h">Progress to targets</h2>
      {progress?.status !== "AVAILABLE" ? (
        <Unavailable what="Progress to targets" service={board.program?.status !== "AVAILABLE" ? "hub-service" : "startup-service"} />
      ) : (progress.targets ?? []).length === 0 ? (
        <p>This program has no targets.</p>
      ) : (
        <>
          <ChartCanvas
            summary={`Targets of ${board.program?.code ?? "the program"}: ${(progress.targets ?? [])
              .map((t) => `${words(t.metric)} ${t.actual ?? "not measured"} of ${t.target}`)
              .join("; ")}`}
            config={{
              type: "bar",
              data: {
                labels: (progress.targets ?? []).map((t) => words(t.metric)),
                datasets: [
                  { label: "Achieved", data: (progress.targets ?? []).map((t) => t.actual ?? 0), backgroundColor: COLOURS[0] },
                  { label: "Target", data: (progress.targets ?? []).map((t) => Number(t.target ?? 0)), backgroundColor: "#c9d3de" },
                ],
              },
              options: { indexAxis: "y" },
            }}
          />
          <table aria-label="Targets">
            <thead>
              <tr>
                <th scope="col">Target</th>
                <th scope="col">Progress</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {(progress.targets ?? []).map((t) => (
                <tr key={t.targetId} data-metric={t.metric}>
                  <th scope="row">{words(t.metric)}</th>
                  <td>
                    <Progress actual={t.actual} target={t.target} percent={t.percent} label={words(t.metric)} />
                  </td>
                  <td>{date(t.dueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Hubs({ board }: { board: Schemas["Scoreboard"] }) {
  const startups = board.startups;
  const hubs = startups?.hubs ?? [];
  return (
    <section class="panel" aria-labelledby="hubs-h">
      <h2 id="hubs-h">Startups per hub</h2>
      {startups?.status !== "AVAILABLE" ? (
        <Unavailable what="Startups per hub" service="startup-service" />
      ) : (
        <>
          <ChartCanvas
            summary={`Startups recruited per hub: ${hubs.map((h) => `${h.hubCode} ${h.counts?.recruited ?? 0}`).join(", ")}`}
            config={{
              type: "bar",
              data: {
                labels: hubs.map((h) => h.hubCode ?? ""),
                datasets: [
                  { label: "Recruited", data: hubs.map((h) => h.counts?.recruited ?? 0), backgroundColor: COLOURS[0] },
                  { label: "Active", data: hubs.map((h) => h.counts?.active ?? 0), backgroundColor: COLOURS[2] },
                  { label: "Graduated", data: hubs.map((h) => h.counts?.graduated ?? 0), backgroundColor: COLOURS[3] },
                  { label: "Scale-ups", data: hubs.map((h) => h.counts?.scaleups ?? 0), backgroundColor: COLOURS[1] },
                ],
              },
            }}
          />
          <table aria-label="Startups per hub">
            <thead>
              <tr>
                <th scope="col">Hub</th>
                <th scope="col" class="num">Recruited</th>
                <th scope="col" class="num">Active</th>
                <th scope="col" class="num">Graduated</th>
                <th scope="col" class="num">Scale-ups</th>
              </tr>
            </thead>
            <tbody>
              {hubs.map((h) => (
                <tr key={h.hubId} data-hub={h.hubCode}>
                  <th scope="row">
                    <a href={href.hub(h.hubId!)}>{h.hubCode}</a>
                  </th>
                  <td class="num" data-figure="recruited"><Count value={h.counts?.recruited} /></td>
                  <td class="num" data-figure="active"><Count value={h.counts?.active} /></td>
                  <td class="num" data-figure="graduated"><Count value={h.counts?.graduated} /></td>
                  <td class="num" data-figure="scaleups"><Count value={h.counts?.scaleups} /></td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-hub="total">
                <th scope="row">All hubs</th>
                <td class="num" data-figure="recruited"><Count value={startups.total?.recruited} /></td>
                <td class="num" data-figure="active"><Count value={startups.total?.active} /></td>
                <td class="num" data-figure="graduated"><Count value={startups.total?.graduated} /></td>
                <td class="num" data-figure="scaleups"><Count value={startups.total?.scaleups} /></td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </section>
  );
}

/** The pipeline funnel: enrollments by status over every hub of the program. */
function Funnel({ programId }: { programId: string }) {
  const [stats] = useLoad(() => data(api.GET("/api/v1/startup-stats", { params: { query: { programId } } })), [programId]);
  const heading = <h2 id="funnel-h">Pipeline</h2>;
  if (stats.state === "loading") {
    return <section class="panel">{heading}<Loading what="the pipeline" /></section>;
  }
  if (stats.state === "failed") {
    return (
      <section class="panel" aria-labelledby="funnel-h">
        {heading}
        <FailedPart error={stats.error} what="The pipeline" service="startup-service" />
      </section>
    );
  }
  const totals = new Map<string, number>();
  for (const group of stats.value.groups ?? []) {
    for (const [status, n] of Object.entries(group.counts ?? {})) {
      totals.set(status, (totals.get(status) ?? 0) + n);
    }
  }
  const stages = [...PIPELINE, ...EXITS];
  const reached = { applied: 0, screened: 0, accepted: 0, active: 0, graduated: 0 };
  for (const group of stats.value.groups ?? []) {
    for (const stage of FUNNEL) {
      reached[stage] += group.funnel?.[stage] ?? 0;
    }
  }
  return (
    <section class="panel" aria-labelledby="funnel-h">
      {heading}
      <ChartCanvas
        small
        summary={`Enrollments by status: ${stages.map((s) => `${words(s)} ${totals.get(s) ?? 0}`).join(", ")}`}
        config={{
          type: "bar",
          data: {
            labels: stages.map(words),
            datasets: [
              {
                label: "Enrollments",
                data: stages.map((s) => totals.get(s) ?? 0),
                backgroundColor: stages.map((s) => (EXITS.includes(s as (typeof EXITS)[number]) ? "#9aa7b4" : COLOURS[0]!)),
              },
            ],
          },
          options: { indexAxis: "y", plugins: { legend: { display: false } } },
        }}
      />
      <table aria-label="Enrollments by status">
        <tbody>
          {stages.map((s) => (
            <tr key={s} data-status={s}>
              <th scope="row">{words(s)}</th>
              <td class="num"><Count value={totals.get(s) ?? 0} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label="Intake funnel: enrollments that ever reached each stage">
        <caption>Intake funnel (ever reached, later exits included)</caption>
        <tbody>
          {FUNNEL.map((stage) => (
            <tr key={stage} data-stage={stage}>
              <th scope="row">{words(stage)}</th>
              <td class="num"><Count value={reached[stage]} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Utilisation({ part }: { part: Schemas["FundingPart"] | undefined }) {
  const lines = part?.byCurrency ?? [];
  return (
    <section class="panel" aria-labelledby="money-h">
      <h2 id="money-h">Budget utilisation</h2>
      {part?.status !== "AVAILABLE" ? (
        <Unavailable what="Budget utilisation" service="funding-service" />
      ) : lines.length === 0 ? (
        <p>No budget is open for this yet.</p>
      ) : (
        <>
          <ChartCanvas
            small
            summary={`Budget utilisation: ${lines.map((c) => `${c.currency} ${c.committed?.amount} committed, ${c.disbursed?.amount} disbursed of ${c.total?.amount}`).join("; ")}`}
            config={{
              type: "bar",
              data: {
                labels: lines.map((c) => c.currency ?? ""),
                datasets: [
                  { label: "Disbursed", data: lines.map((c) => Number(c.disbursed?.amount ?? 0)), backgroundColor: COLOURS[2] },
                  {
                    label: "Committed, not disbursed",
                    data: lines.map((c) => Number(c.committed?.amount ?? 0) - Number(c.disbursed?.amount ?? 0)),
                    backgroundColor: COLOURS[0],
                  },
                  { label: "Available", data: lines.map((c) => Number(c.available?.amount ?? 0)), backgroundColor: "#c9d3de" },
                ],
              },
              options: { indexAxis: "y", scales: { x: { stacked: true }, y: { stacked: true } } },
            }}
          />
          <table aria-label="Budget utilisation by currency">
            <thead>
              <tr>
                <th scope="col">Currency</th>
                <th scope="col" class="num">Total</th>
                <th scope="col" class="num">Committed</th>
                <th scope="col" class="num">Disbursed</th>
                <th scope="col" class="num">Available</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((c) => (
                <tr key={c.currency} data-currency={c.currency}>
                  <th scope="row">{c.currency}</th>
                  <td class="num" data-figure="total"><Money value={c.total} bare /></td>
                  <td class="num" data-figure="committed"><Money value={c.committed} bare /></td>
                  <td class="num" data-figure="disbursed"><Money value={c.disbursed} bare /></td>
                  <td class="num" data-figure="available"><Money value={c.available} bare /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** A part read straight from one service: down (502/503/504) is "unavailable", anything else a problem. */
export function FailedPart({ error, what, service }: { error: unknown; what: string; service: string }) {
  const status = (error as { status?: number }).status ?? 0;
  return status === 0 || status >= 502 ? (
    <Unavailable what={what} service={service} />
  ) : (
    <ProblemNotice error={error} doing={`Loading ${what.toLowerCase()}`} />
  );
}
