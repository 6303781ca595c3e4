import { useState } from "preact/hooks";
import { api, data, type Schemas } from "../api";
import { session } from "../auth/session";
import { MoreButton, ProblemNotice, Show } from "../components/Notices";
import { words } from "../format";
import { useLoad, usePages } from "../load";

/** When, to the minute, in UTC: delivery logs are read by the hour. */
function moment(value: string | null | undefined): string {
  return value ? `${value.substring(0, 16).replace("T", " ")} UTC` : "–";
}

/** One endpoint: its settings and health, and its delivery log with redelivery for those who may. */
export function WebhookPage({ id }: { id: string }) {
  const [loaded] = useLoad(() => data(api.GET("/api/v1/webhooks/{id}", { params: { path: { id } } })), [id]);
  const [round, setRound] = useState(0);
  const deliveries = usePages<Schemas["WebhookDelivery"]>(
    (cursor) =>
      data(api.GET("/api/v1/webhooks/{id}/deliveries", { params: { path: { id }, query: { limit: 50, cursor } } })),
    [id, round],
  );
  const claims = session()!.claims;
  const mayRedeliver = claims.roles.includes("admin") || claims.roles.includes("partner");
  const [problem, setProblem] = useState<unknown>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);

  async function redeliver(deliveryId: string) {
    setBusy(deliveryId);
    setProblem(undefined);
    try {
      await data(
        api.POST("/api/v1/webhook-deliveries/{id}/redeliver", { params: { path: { id: deliveryId } } }),
      );
      setRound((r) => r + 1);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Show loaded={loaded} what="the webhook">
      {(hook) => (
        <>
          <h1>{hook.description ?? "Webhook"}</h1>
          <p class="sub">
            <code>{hook.url}</code>
          </p>
          <section class="panel" aria-labelledby="hook-h">
            <h2 id="hook-h">Endpoint</h2>
            <dl class="facts">
              <dt>Status</dt>
              <dd data-status={hook.status}>{words(hook.status)}</dd>
              {hook.disabledReason && (
                <>
                  <dt>Why disabled</dt>
                  <dd data-reason>{hook.disabledReason}</dd>
                </>
              )}
              <dt>Hubs</dt>
              <dd>{(hook.hubCodes ?? []).join(", ")}</dd>
              <dt>Events</dt>
              <dd>{hook.eventTypes?.length ? hook.eventTypes.join(", ") : "All"}</dd>
              <dt>Failures in a row</dt>
              <dd>{hook.consecutiveFailures}</dd>
            </dl>
          </section>
          <section class="panel" aria-labelledby="log-h">
            <h2 id="log-h">Deliveries</h2>
            {problem !== undefined && <ProblemNotice error={problem} doing="Redelivering" />}
            {deliveries.error !== undefined && <ProblemNotice error={deliveries.error} doing="Loading deliveries" />}
            <table aria-label="Deliveries">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Queued</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last error</th>
                  {mayRedeliver && <th scope="col">Action</th>}
                </tr>
              </thead>
              <tbody>
                {deliveries.items.map((d) => (
                  <tr key={d.id} data-delivery={d.id} data-status={d.status}>
                    <th scope="row">{d.eventType}</th>
                    <td>{moment(d.createdAt)}</td>
                    <td>{words(d.status)}</td>
                    <td>
                      <data value={String(d.attempts)}>{d.attempts}</data>
                    </td>
                    <td>{d.lastError ?? "–"}</td>
                    {mayRedeliver && (
                      <td>
                        {d.status !== "SENDING" && (
                          <button
                            type="button"
                            aria-label={`Redeliver ${d.eventType} of ${moment(d.createdAt)}`}
                            disabled={busy === d.id}
                            onClick={() => void redeliver(d.id!)}
                          >
                            Redeliver
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {!deliveries.loading && deliveries.items.length === 0 && deliveries.error === undefined && (
              <p>Nothing delivered yet.</p>
            )}
            <MoreButton
              more={deliveries.more}
              loading={deliveries.loading}
              onMore={deliveries.showMore}
              what="deliveries"
            />
          </section>
        </>
      )}
    </Show>
  );
}
