import { api, data, type Schemas } from "../api";
import { MoreButton, ProblemNotice } from "../components/Notices";
import { date, words } from "../format";
import { usePages } from "../load";
import { href } from "../router";

/** Partners' webhook endpoints with their health, each linking to its delivery log. */
export function WebhookList() {
  const hooks = usePages<Schemas["Webhook"]>(
    (cursor) => data(api.GET("/api/v1/webhooks", { params: { query: { limit: 50, cursor } } })),
    [],
  );
  return (
    <>
      <h1>Webhooks</h1>
      <p class="sub">Partners' endpoints that receive the change feed, signed, and how their deliveries go.</p>
      {hooks.error !== undefined && <ProblemNotice error={hooks.error} doing="Loading webhooks" />}
      <section class="panel">
        <table aria-label="Webhooks">
          <thead>
            <tr>
              <th scope="col">Endpoint</th>
              <th scope="col">Hubs</th>
              <th scope="col">Events</th>
              <th scope="col">Status</th>
              <th scope="col">Failures in a row</th>
              <th scope="col">Last success</th>
            </tr>
          </thead>
          <tbody>
            {hooks.items.map((w) => (
              <tr key={w.id} data-webhook={w.id}>
                <th scope="row">
                  <a href={href.webhook(w.id!)}>{w.description ?? w.url}</a>
                </th>
                <td>{(w.hubCodes ?? []).join(", ")}</td>
                <td>{w.eventTypes?.length ? w.eventTypes.join(", ") : "All"}</td>
                <td data-status={w.status}>{words(w.status)}</td>
                <td>
                  <data value={String(w.consecutiveFailures)}>{w.consecutiveFailures}</data>
                </td>
                <td>{date(w.lastSuccessAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!hooks.loading && hooks.items.length === 0 && hooks.error === undefined && <p>No webhook you can see.</p>}
        <MoreButton more={hooks.more} loading={hooks.loading} onMore={hooks.showMore} what="webhooks" />
      </section>
    </>
  );
}
