import { api, data, type Schemas } from "../api";
import { MoreButton, ProblemNotice } from "../components/Notices";
import { date, words } from "../format";
import { usePages } from "../load";
import { href } from "../router";

/** Calls for applications, in keyset pages, each linking to its ranking. */
export function CallList() {
  const calls = usePages<Schemas["Call"]>(
    (cursor) => data(api.GET("/api/v1/calls", { params: { query: { limit: 50, cursor } } })),
    [],
  );
  return (
    <>
      <h1>Calls</h1>
      <p class="sub">Calls for applications to cohorts, with their reviews and ranking.</p>
      {calls.error !== undefined && <ProblemNotice error={calls.error} doing="Loading calls" />}
      <section class="panel">
        <table aria-label="Calls">
          <thead>
            <tr>
              <th scope="col">Call</th>
              <th scope="col">Hub</th>
              <th scope="col">Status</th>
              <th scope="col">Window</th>
            </tr>
          </thead>
          <tbody>
            {calls.items.map((c) => (
              <tr key={c.id} data-call={c.id}>
                <th scope="row">
                  <a href={href.call(c.id!)}>{c.title}</a>
                </th>
                <td>
                  <a href={href.hub(c.hubId!)}>{c.hubCode}</a>
                </td>
                <td>{words(c.status)}</td>
                <td>
                  {date(c.opensAt)} to {date(c.closesAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!calls.loading && calls.items.length === 0 && calls.error === undefined && <p>No call you can see.</p>}
        <MoreButton more={calls.more} loading={calls.loading} onMore={calls.showMore} what="calls" />
      </section>
    </>
  );
}
