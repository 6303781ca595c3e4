import { render } from "preact";
import { App } from "./App";
import { loadSettings } from "./auth/oidc";
import { startSession, takeFragmentToken } from "./auth/session";
import "./styles.css";

const root = document.getElementById("app")!;
// At once, before anything waits: the token leaves the address bar before the page does anything else.
const linked = takeFragmentToken();
loadSettings()
  .then(async (settings) => {
    await startSession(settings, linked);
    root.textContent = "";
    render(<App settings={settings} />, root);
  })
  .catch((e: unknown) => {
    root.textContent = `Kindling could not start: ${String(e)}`;
  });
