import { render } from "preact";
import { App } from "./App";
import { loadSettings } from "./auth/oidc";
import { startSession } from "./auth/session";
import "./styles.css";

const root = document.getElementById("app")!;
loadSettings()
  .then(async (settings) => {
    await startSession(settings);
    render(<App settings={settings} />, root);
  })
  .catch((e: unknown) => {
    root.textContent = `Kindling could not start: ${String(e)}`;
  });
