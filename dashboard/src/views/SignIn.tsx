import { useState } from "preact/hooks";
import type { DashboardSettings } from "../auth/oidc";
import { keep, signIn } from "../auth/session";

/**
 * Sign-in: through the organisation's OpenID Connect provider when one is configured; otherwise
 * (development) with a token from `./kindling token`, pasted here or passed in the link that
 * `./kindling run` prints.
 */
export function SignIn({ settings }: { settings: DashboardSettings }) {
  const [token, setToken] = useState("");
  const [refused, setRefused] = useState(false);
  return (
    <main id="main" class="signin">
      <h1>Sign in to Kindling</h1>
      {settings.oidc ? (
        <>
          <p>Sign in with your organisation's account.</p>
          <button type="button" class="primary" onClick={() => void signIn(settings)}>
            Sign in
          </button>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (keep(token)) {
              location.hash = "#/";
              location.reload();
            } else {
              setRefused(true);
            }
          }}
        >
          <p>
            No sign-in provider is configured, so this is a development setup. Open the link that{" "}
            <code>./kindling run</code> printed, or paste a token from <code>./kindling token --role manager</code>.
          </p>
          <label for="token">Development token</label>
          <textarea id="token" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
          {refused && (
            <p class="notice problem" role="alert">
              That is not a token, or it has expired.
            </p>
          )}
          <button type="submit" class="primary">
            Sign in
          </button>
        </form>
      )}
    </main>
  );
}
