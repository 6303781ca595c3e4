import { useState } from "preact/hooks";
import { api, data, type Schemas } from "../api";
import { MoreButton, ProblemNotice } from "../components/Notices";
import { date } from "../format";
import { usePages } from "../load";
import { href } from "../router";

/** Startups you can see, searchable by name, in keyset pages. */
export function StartupList() {
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState<string | undefined>(undefined);
  const startups = usePages<Schemas["Startup"]>(
    (cursor) => data(api.GET("/api/v1/startups", { params: { query: { q, limit: 25, cursor } } })),
    [q],
  );
  return (
    <>
      <h1>Startups</h1>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(typed.trim() || undefined);
        }}
      >
        <label>
          Name contains
          <input type="search" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>
        <button type="submit" class="action">
          Search
        </button>
      </form>
      {startups.error !== undefined && <ProblemNotice error={startups.error} doing="Loading startups" />}
      <section class="panel">
        <table aria-label="Startups">
          <thead>
            <tr>
              <th scope="col">Startup</th>
              <th scope="col">Sector</th>
              <th scope="col">Country</th>
              <th scope="col">Founded</th>
            </tr>
          </thead>
          <tbody>
            {startups.items.map((s) => (
              <tr key={s.id} data-startup={s.id}>
                <th scope="row">
                  <a href={href.startup(s.id!)}>{s.name}</a>
                </th>
                <td>{s.sector ?? "–"}</td>
                <td>{s.country}</td>
                <td>{date(s.foundedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!startups.loading && startups.items.length === 0 && startups.error === undefined && <p>No startup found.</p>}
        <MoreButton more={startups.more} loading={startups.loading} onMore={startups.showMore} what="startups" />
      </section>
    </>
  );
}
