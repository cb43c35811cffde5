import { Spin } from "antd";
import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useEffect } from "react";
import { currentUser, endSession, loadUser, metaQuery } from "../features/auth/api";
import { LoginPage } from "../features/auth/pages/LoginPage";
import { homeFor, safeNext, useSession } from "../features/auth/session";
import { onUnauthorized } from "../shared/api/client";
import { queryClient } from "../shared/api/queryClient";
import type { Permission } from "../shared/api/types";
import { ErrorBoundary } from "../shared/errors/ErrorBoundary";
import { ForbiddenPage, NotFoundPage } from "../shared/errors/ErrorPages";
import { AppLayout } from "../shared/layout/AppLayout";
import { matchPath, navigate, useLocation } from "../shared/router";

const loadDashboard = () => import("../features/indicators/pages/DashboardPage");
const loadAlerts = () => import("../features/alerts/pages/AlertsPage");
const loadCase = () => import("../features/cases/pages/CasePage");
const loadImport = () => import("../features/imports/pages/ImportPage");
const DashboardPage = lazy(loadDashboard);
const AlertsPage = lazy(loadAlerts);
const CasePage = lazy(loadCase);
const ImportPage = lazy(loadImport);

// Start loading the screen of the address being opened while the session is being checked.
if (typeof window !== "undefined") {
  const p = window.location.pathname;
  const preload =
    p === "/"
      ? loadDashboard
      : p.startsWith("/alerts/")
        ? loadAlerts
        : p.startsWith("/cases/")
          ? loadCase
          : p === "/import"
            ? loadImport
            : undefined;
  preload?.().catch(() => undefined);
  // Who is signed in and the court's meta data, asked at the same time (meta answers 401 when
  // nobody is; that answer is then simply dropped).
  void loadUser();
  void queryClient.prefetchQuery(metaQuery);
}

// A 401 from any call while signed in: the session has ended on the server.
onUnauthorized(() => {
  if (!currentUser()) return;
  const here = window.location.pathname + window.location.search;
  endSession();
  if (!window.location.pathname.startsWith("/login")) {
    navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
  }
});

export const ALERT_FAMILIES = ["time-limit", "long-pending", "concealed-overrun", "data-quality"] as const;

interface RouteDef {
  pattern: string;
  permission?: Permission;
  // biome-ignore lint/suspicious/noExplicitAny: route components take their own params
  component: LazyExoticComponent<ComponentType<any>> | ComponentType<any>;
  valid?: (params: Record<string, string>) => boolean;
}

const ROUTES: RouteDef[] = [
  { pattern: "/", permission: "view-indicators", component: DashboardPage },
  {
    pattern: "/alerts/:family",
    permission: "view-alerts",
    component: AlertsPage,
    valid: (p) => (ALERT_FAMILIES as readonly string[]).includes(p.family ?? ""),
  },
  { pattern: "/cases/:id", permission: "view-cases", component: CasePage },
  { pattern: "/import", permission: "import", component: ImportPage },
  { pattern: "/403", component: ForbiddenPage },
];

function Loading() {
  return (
    <div style={{ padding: 80, textAlign: "center" }}>
      <Spin size="large" />
    </div>
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

export function App() {
  const { user, can, loading } = useSession();
  const location = useLocation();

  if (loading) return <Loading />;

  if (location.pathname === "/login") {
    if (user) return <Redirect to={safeNext(location.query.get("next")) ?? homeFor(user)} />;
    return <LoginPage />;
  }
  if (!user) {
    const here = location.pathname + location.search;
    return <Redirect to={here === "/" ? "/login" : `/login?next=${encodeURIComponent(here)}`} />;
  }

  let page = <NotFoundPage />;
  for (const r of ROUTES) {
    const params = matchPath(r.pattern, location.pathname);
    if (!params) continue;
    if (r.valid && !r.valid(params)) break;
    if (r.permission && !can(r.permission)) {
      page = <ForbiddenPage />;
      break;
    }
    const C = r.component;
    page = <C key={location.pathname} {...params} />;
    break;
  }
  return (
    <AppLayout>
      <ErrorBoundary key={location.pathname}>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </ErrorBoundary>
    </AppLayout>
  );
}
