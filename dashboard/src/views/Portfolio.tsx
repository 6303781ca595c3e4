import { api, data, type Schemas } from "../api";
import { Count, Money, Progress } from "../components/Figures";
import { MoreButton, ProblemNotice } from "../components/Notices";
import { words } from "../format";
import { usePages } from "../load";
import { href } from "../router";

/** Every program: progress to each target and money committed and disbursed per currency. */
export function PortfolioView() {
  const programs = usePages<Schemas["PortfolioLine"]>(
    (cursor) => data(api.GET("/api/v1/portfolio", { params: { query: { limit: 50, cursor } } })),
    [],
  );
  return (
    <>
      <h1>Portfolio</h1>
      <p class="sub">Every program, its progress to each target and its money per currency (never converted).</p>
      {programs.error !== undefined && <ProblemNotice error={programs.error} doing="Loading the portfolio" />}
      <section class="panel">
        <table aria-label="Programs">
          <thead>
            <tr>
              <th scope="col">Program</th>
              <th scope="col">Targets</th>
              <th scope="col" class="num">Recruited</th>
              <th scope="col">Money (committed / disbursed of total)</th>
            </tr>
          </thead>
          <tbody>
            {programs.items.map((p) => (
              <tr key={p.programId} data-program={p.code}>
                <th scope="row">
                  <a href={href.program(p.programId!)}>{p.name}</a>
                  <br />
                  <small>
                    {p.code} · {words(p.kind)} · {words(p.region)}
                  </small>
                </th>
                <td>
                  <Targets line={p} />
                </td>
                <td class="num" data-figure="recruited">
                  {p.startups?.status === "AVAILABLE" ? <Count value={p.startups.total?.recruited} /> : "unavailable"}
                </td>
                <td>
                  <Funding part={p.funding} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!programs.loading && programs.items.length === 0 && programs.error === undefined && <p>No programs yet.</p>}
        <MoreButton more={programs.more} loading={programs.loading} onMore={programs.showMore} what="programs" />
      </section>
    </>
  );
}

function Targets({ line }: { line: Schemas["PortfolioLine"] }) {
  if (line.progress?.status !== "AVAILABLE") {
    return <span data-unavailable="startup-service">Progress unavailable: startup-service did not answer</span>;
  }
  const targets = line.progress.targets ?? [];
  if (targets.length === 0) {
    return <span>No targets set</span>;
  }
  return (
    <ul class="plain">
      {targets.map((t) => (
        <li key={t.targetId} data-metric={t.metric}>
          {words(t.metric)}:{" "}
          <Progress actual={t.actual} target={t.target} percent={t.percent} label={`${line.code} ${words(t.metric)}`} />
        </li>
      ))}
    </ul>
  );
}

function Funding({ part }: { part: Schemas["FundingPart"] | undefined }) {
  if (part?.status !== "AVAILABLE") {
    return <span data-unavailable="funding-service">Funding unavailable: funding-service did not answer</span>;
  }
  const lines = part.byCurrency ?? [];
  if (lines.length === 0) {
    return <span>No budget yet</span>;
  }
  return (
    <ul class="plain">
      {lines.map((c) => (
        <li key={c.currency} data-currency={c.currency}>
          <span data-figure="committed">
            <Money value={c.committed} />
          </span>{" "}
          /{" "}
          <span data-figure="disbursed">
            <Money value={c.disbursed} />
          </span>{" "}
          of{" "}
          <span data-figure="total">
            <Money value={c.total} />
          </span>
        </li>
      ))}
    </ul>
  );
}
