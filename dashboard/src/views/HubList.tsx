import { api, data, type Schemas } from "../api";
import { isPartnerOnly } from "../auth/claims";
import { session } from "../auth/session";
import { MoreButton, ProblemNotice } from "../components/Notices";
import { words } from "../format";
import { usePages } from "../load";
import { href } from "../router";

/** Every hub (a partner: only the hubs it works with). */
export function HubList() {
  const claims = session()!.claims;
  const partner = isPartnerOnly(claims);
  const hubs = usePages<Schemas["Hub"]>(
    (cursor) => data(api.GET("/api/v1/hubs", { params: { query: { limit: 50, cursor } } })),
    [],
  );
  const shown = partner ? hubs.items.filter((h) => h.code !== undefined && claims.hubs.includes(h.code)) : hubs.items;
  return (
    <>
      <h1>Hubs</h1>
      {partner && <p class="sub">Your hubs: {claims.hubs.join(", ")}.</p>}
      {hubs.error !== undefined && <ProblemNotice error={hubs.error} doing="Loading hubs" />}
      <section class="panel">
        <table aria-label="Hubs">
          <thead>
            <tr>
              <th scope="col">Hub</th>
              <th scope="col">Kind</th>
              <th scope="col">Where</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((h) => (
              <tr key={h.id} data-hub={h.code}>
                <th scope="row">
                  <a href={href.hub(h.id!)}>{h.name}</a> <small>{h.code}</small>
                </th>
                <td>{words(h.kind)}</td>
                <td>{[h.city, h.country].filter(Boolean).join(", ")}</td>
                <td>{words(h.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <MoreButton more={hubs.more} loading={hubs.loading} onMore={hubs.showMore} what="hubs" />
      </section>
    </>
  );
}
