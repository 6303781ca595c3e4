import { api, data, type Schemas } from "../api";
import { Money } from "../components/Figures";
import { MoreButton, ProblemNotice } from "../components/Notices";
import { words } from "../format";
import { usePages } from "../load";
import { href } from "../router";

/** Budgets, in keyset pages. */
export function BudgetList() {
  const budgets = usePages<Schemas["BudgetView"]>(
    (cursor) => data(api.GET("/api/v1/budgets", { params: { query: { limit: 50, cursor } } })),
    [],
  );
  return (
    <>
      <h1>Budgets</h1>
      {budgets.error !== undefined && <ProblemNotice error={budgets.error} doing="Loading budgets" />}
      <section class="panel">
        <table aria-label="Budgets">
          <thead>
            <tr>
              <th scope="col">Budget</th>
              <th scope="col">Kind</th>
              <th scope="col" class="num">Total</th>
              <th scope="col" class="num">Committed</th>
              <th scope="col" class="num">Disbursed</th>
            </tr>
          </thead>
          <tbody>
            {budgets.items.map((b) => (
              <tr key={b.id} data-budget={b.id}>
                <th scope="row">
                  <a href={href.budget(b.id!)}>{b.name}</a>
                </th>
                <td>{words(b.kind)}</td>
                <td class="num" data-figure="total"><Money value={b.total} /></td>
                <td class="num" data-figure="committed"><Money value={b.committed} /></td>
                <td class="num" data-figure="disbursed"><Money value={b.disbursed} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        {!budgets.loading && budgets.items.length === 0 && budgets.error === undefined && <p>No budget you can see.</p>}
        <MoreButton more={budgets.more} loading={budgets.loading} onMore={budgets.showMore} what="budgets" />
      </section>
    </>
  );
}
