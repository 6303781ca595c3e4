import type { DashboardSettings } from "./auth/oidc";
import { session } from "./auth/session";
import { Layout } from "./components/Layout";
import { type Route, useRoute } from "./router";
import { BudgetList } from "./views/BudgetList";
import { BudgetPage } from "./views/BudgetPage";
import { CallList } from "./views/CallList";
import { CallPage } from "./views/CallPage";
import { CohortBoard } from "./views/CohortBoard";
import { CohortList } from "./views/CohortList";
import { HubList } from "./views/HubList";
import { HubOverview } from "./views/HubOverview";
import { PortfolioView } from "./views/Portfolio";
import { Scoreboard } from "./views/Scoreboard";
import { SignIn } from "./views/SignIn";
import { StartupList } from "./views/StartupList";
import { StartupPage } from "./views/StartupPage";
import { WebhookList } from "./views/WebhookList";
import { WebhookPage } from "./views/WebhookPage";

export function App({ settings }: { settings: DashboardSettings }) {
  const route = useRoute();
  const signedIn = session();
  if (!signedIn) {
    return <SignIn settings={settings} />;
  }
  return (
    <Layout route={route} claims={signedIn.claims} settings={settings}>
      <View route={route} />
    </Layout>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case "portfolio":
      return <PortfolioView />;
    case "program":
      return <Scoreboard id={route.id} />;
    case "hubs":
      return <HubList />;
    case "hub":
      return <HubOverview id={route.id} />;
    case "cohorts":
      return <CohortList />;
    case "cohort":
      return <CohortBoard id={route.id} />;
    case "startups":
      return <StartupList />;
    case "startup":
      return <StartupPage id={route.id} />;
    case "budgets":
      return <BudgetList />;
    case "budget":
      return <BudgetPage id={route.id} />;
    case "calls":
      return <CallList />;
    case "call":
      return <CallPage id={route.id} />;
    case "webhooks":
      return <WebhookList />;
    case "webhook":
      return <WebhookPage id={route.id} />;
    case "unknown":
      return (
        <>
          <h1>Page not found</h1>
          <p>
            There is no such page. <a href="#/">Back to the portfolio</a>.
          </p>
        </>
      );
  }
}
