import { api, data, type Schemas } from "../api";
import { COLOURS, ChartCanvas } from "../components/Chart";
import { Money } from "../components/Figures";
import { MoreButton, ProblemNotice, Show } from "../components/Notices";
import { date, words } from "../format";
import { useLoad, usePages } from "../load";
import { href } from "../router";

/** A budget: its totals and yearly lines, its allocations and its journal of every movement. */
export function BudgetPage({ id }: { id: string }) {
  const [budget] = useLoad(() => data(api.GET("/api/v1/budgets/{id}", { params: { path: { id } } })), [id]);
  return (
    <Show loaded={budget} what="the budget">
      {(b) => (
        <>
          <h1>{b.name}</h1>
          <p class="sub">
            {words(b.kind)} · from {b.source ?? "–"} · {date(b.startsOn)} to {date(b.endsOn)} ·{" "}
            <a href={href.program(b.programId!)}>program scoreboard</a>
          </p>
          <div class="grid">
            <Lines budget={b} />
            <Allocations budgetId={id} />
          </div>
          <Journal budgetId={id} />
        </>
      )}
    </Show>
  );
}

function Lines({ budget }: { budget: Schemas["BudgetView"] }) {
  const rows = [
    { key: "all", label: "Whole budget", line: budget },
    ...(budget.lines ?? []).map((l) => ({ key: String(l.year), label: String(l.year), line: l })),
  ];
  return (
    <section class="panel" aria-labelledby="lines-h">
      <h2 id="lines-h">Totals and yearly lines</h2>
      <ChartCanvas
        small
        summary={`${budget.currency} committed ${budget.committed?.amount}, disbursed ${budget.disbursed?.amount} of ${budget.total?.amount}`}
        config={{
          type: "bar",
          data: {
            labels: rows.map((r) => r.label),
            datasets: [
              { label: "Disbursed", data: rows.map((r) => Number(r.line.disbursed?.amount ?? 0)), backgroundColor: COLOURS[2] },
              {
                label: "Committed, not disbursed",
                data: rows.map((r) => Number(r.line.committed?.amount ?? 0) - Number(r.line.disbursed?.amount ?? 0)),
                backgroundColor: COLOURS[0],
              },
              { label: "Available", data: rows.map((r) => Number(r.line.available?.amount ?? 0)), backgroundColor: "#c9d3de" },
            ],
          },
          options: { indexAxis: "y", scales: { x: { stacked: true }, y: { stacked: true } } },
        }}
      />
      <table aria-label="Budget lines">
        <thead>
          <tr>
            <th scope="col">Line ({budget.currency})</th>
            <th scope="col" class="num">Total</th>
            <th scope="col" class="num">Committed</th>
            <th scope="col" class="num">Disbursed</th>
            <th scope="col" class="num">Available</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, line }) => (
            <tr key={key} data-line={key}>
              <th scope="row">{label}</th>
              <td class="num" data-figure="total"><Money value={line.total} bare /></td>
              <td class="num" data-figure="committed"><Money value={line.committed} bare /></td>
              <td class="num" data-figure="disbursed"><Money value={line.disbursed} bare /></td>
              <td class="num" data-figure="available"><Money value={line.available} bare /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Allocations({ budgetId }: { budgetId: string }) {
  const allocations = usePages<Schemas["AllocationView"]>(
    (cursor) => data(api.GET("/api/v1/allocations", { params: { query: { budgetId, limit: 20, cursor } } })),
    [budgetId],
  );
  return (
    <section class="panel" aria-labelledby="alloc-h">
      <h2 id="alloc-h">Allocations</h2>
      {allocations.error !== undefined && <ProblemNotice error={allocations.error} doing="Loading allocations" />}
      <table aria-label="Allocations">
        <thead>
          <tr>
            <th scope="col">To</th>
            <th scope="col">Status</th>
            <th scope="col" class="num">Amount</th>
            <th scope="col" class="num">Disbursed</th>
          </tr>
        </thead>
        <tbody>
          {allocations.items.map((a) => (
            <tr key={a.id} data-allocation={a.id}>
              <th scope="row">
                {words(a.recipient?.type)} {a.recipient?.hubCode ? `at ${a.recipient.hubCode}` : ""}
                {a.year !== undefined && <small> · {a.year}</small>}
                {a.note && (
                  <>
                    <br />
                    <small>{a.note}</small>
                  </>
                )}
              </th>
              <td>{words(a.status)}</td>
              <td class="num" data-figure="amount"><Money value={a.amount} /></td>
              <td class="num" data-figure="disbursed"><Money value={a.disbursed} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {!allocations.loading && allocations.items.length === 0 && allocations.error === undefined && <p>Nothing allocated yet.</p>}
      <MoreButton more={allocations.more} loading={allocations.loading} onMore={allocations.showMore} what="allocations" />
    </section>
  );
}

function Journal({ budgetId }: { budgetId: string }) {
  const entries = usePages<Schemas["JournalEntryView"]>(
    (cursor) => data(api.GET("/api/v1/budgets/{id}/journal", { params: { path: { id: budgetId }, query: { limit: 20, cursor } } })),
    [budgetId],
  );
  return (
    <section class="panel" aria-labelledby="journal-h">
      <h2 id="journal-h">Journal</h2>
      <p class="muted">Every movement of the budget, in the order it happened; balances are recomputed from it.</p>
      {entries.error !== undefined && <ProblemNotice error={entries.error} doing="Loading the journal" />}
      <table aria-label="Journal">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Movement</th>
            <th scope="col" class="num">Amount</th>
            <th scope="col">Hub</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {entries.items.map((e) => (
            <tr key={e.id} data-entry={e.id}>
              <td>{date(e.createdAt)}</td>
              <th scope="row">{words(e.type)}</th>
              <td class="num" data-figure="amount"><Money value={e.amount} /></td>
              <td>{e.hubCode ?? "–"}</td>
              <td>{e.createdBy ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreButton more={entries.more} loading={entries.loading} onMore={entries.showMore} what="journal entries" />
    </section>
  );
}
