/**
 * The app's addresses (react-router data router). Every screen is its own chunk, loaded by the
 * route's `lazy` at the same time as its guard asks who is signed in, so the first screen's code
 * and the session arrive together. Guards are loaders (features/auth/guards.ts); a guard's 403 or
 * 404, or a screen that throws, is shown inside the layout by RouteError.
 */
import { createBrowserRouter, Outlet, ScrollRestoration } from "react-router";
import { isAlertFamily } from "../features/alerts/families";
import { loginLoader, permissionLoader, sessionLoader, unlessSamePath } from "../features/auth/guards";
import { LoginPage } from "../features/auth/pages/LoginPage";
import { reportsLoader } from "../features/reports/guard";
import { onUnauthorized } from "../shared/api/client";
import { Loading } from "../shared/components/Loading";
import { ForbiddenPage, NotFoundPage } from "../shared/errors/ErrorPages";
import { RouteError } from "../shared/errors/RouteError";
import { currentUser, endSession } from "../shared/session/queries";
import { AppLayout } from "./AppLayout";

function Root() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

function SignedIn() {
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}

export const router = createBrowserRouter([
  {
    id: "root",
    Component: Root,
    HydrateFallback: Loading,
    ErrorBoundary: RouteError,
    children: [
      { path: "login", loader: loginLoader, shouldRevalidate: unlessSamePath, Component: LoginPage },
      {
        id: "signed-in",
        loader: sessionLoader,
        shouldRevalidate: unlessSamePath,
        Component: SignedIn,
        children: [
          {
            // Errors of the screens below render inside the layout.
            ErrorBoundary: RouteError,
            children: [
              {
                index: true,
                loader: permissionLoader("view-indicators"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/indicators/pages/DashboardPage")).default,
                },
              },
              {
                path: "alerts/:family",
                loader: permissionLoader("view-alerts", (p) => isAlertFamily(p.family)),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/alerts/pages/AlertsPage")).default,
                },
              },
              {
                path: "indicators/cases",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/indicators/pages/DrillPage")).default,
                },
              },
              {
                path: "assessment",
                loader: permissionLoader("view-indicators"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () =>
                    (await import("../features/assessment/pages/AssessmentPage")).default,
                },
              },
              {
                path: "cases",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/cases/pages/CaseSearchPage")).default,
                },
              },
              {
                path: "my-cases",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/cases/pages/MyCasesPage")).default,
                },
              },
              {
                path: "supervision",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () =>
                    (await import("../features/supervision/pages/SupervisionPage")).default,
                },
              },
              {
                path: "appraisals",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () =>
                    (await import("../features/appraisals/pages/AppraisalsPage")).default,
                },
              },
              {
                path: "archiving",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/archiving/pages/ArchivingPage")).default,
                },
              },
              {
                path: "reversals",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/reversals/pages/ReversalsPage")).default,
                },
              },
              {
                path: "review-meetings/:id",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () =>
                    (await import("../features/reversals/pages/ReviewMeetingPage")).default,
                },
              },
              {
                path: "termination-library",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () =>
                    (await import("../features/termination-library/pages/TerminationLibraryPage")).default,
                },
              },
              {
                path: "business-environment",
                loader: permissionLoader("view-indicators"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () =>
                    (await import("../features/business-environment/pages/BusinessEnvironmentPage")).default,
                },
              },
              {
                path: "case-rules",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/case-rules/pages/CaseRulesPage")).default,
                },
              },
              {
                path: "bulletins",
                loader: permissionLoader("bulletins"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/bulletins/pages/BulletinsPage")).default,
                },
              },
              {
                path: "report-archive",
                loader: permissionLoader("report-archive"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () =>
                    (await import("../features/report-archive/pages/ReportArchivePage")).default,
                },
              },
              {
                path: "reports",
                loader: reportsLoader,
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/reports/pages/ReportsPage")).default,
                },
              },
              {
                path: "cases/:id",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: { Component: async () => (await import("../features/cases/pages/CasePage")).default },
              },
              {
                path: "inbox",
                lazy: {
                  Component: async () => (await import("../features/workflow/pages/InboxPage")).default,
                },
              },
              {
                // Any workflow matter; the server answers 403 to whoever may not read it.
                path: "matters/:id",
                lazy: {
                  Component: async () => (await import("../features/workflow/pages/MatterPage")).default,
                },
              },
              {
                path: "supervision-orders",
                loader: permissionLoader("view-alerts"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () =>
                    (await import("../features/supervision-orders/pages/SupervisionOrdersPage")).default,
                },
              },
              {
                path: "meetings",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/meetings/pages/MeetingsPage")).default,
                },
              },
              {
                // A meeting's secretary may be a 书记员: the server answers 403 to whoever may not read it.
                path: "meetings/:id",
                lazy: {
                  Component: async () => (await import("../features/meetings/pages/MeetingPage")).default,
                },
              },
              {
                path: "review",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/review/pages/ReviewPage")).default,
                },
              },
              {
                path: "review/plans/:id",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/review/pages/ReviewPlanPage")).default,
                },
              },
              {
                path: "observations",
                lazy: {
                  Component: async () =>
                    (await import("../features/observation/pages/ObservationPage")).default,
                },
              },
              {
                path: "sign-off",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/sign-off/pages/SignOffPage")).default,
                },
              },
              {
                path: "import",
                loader: permissionLoader("import"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/imports/pages/ImportPage")).default,
                },
              },
              {
                path: "accounts",
                loader: permissionLoader("manage-users"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/accounts/pages/AccountsPage")).default,
                },
              },
              {
                path: "people",
                loader: permissionLoader("manage-staff"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/people/pages/PeoplePage")).default,
                },
              },
              {
                // 工作量与分案 (the server answers 403 to a judge) and 业绩档案 (a judge's own, their chief's …).
                path: "workload",
                loader: permissionLoader("view-indicators"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/workload/pages/WorkloadPage")).default,
                },
              },
              {
                path: "judges/:name",
                loader: permissionLoader("view-indicators"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/workload/pages/JudgeRecordPage")).default,
                },
              },
              {
                // 六源治理: the catalogue's figures grouped by source.
                path: "six-sources",
                loader: permissionLoader("view-indicators"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () =>
                    (await import("../features/six-sources/pages/SixSourcesPage")).default,
                },
              },
              {
                path: "triage",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/triage/pages/TriagePage")).default,
                },
              },
              {
                path: "password",
                lazy: {
                  Component: async () => (await import("../features/auth/pages/ChangePasswordPage")).default,
                },
              },
              {
                path: "batches",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/batches/pages/BatchesPage")).default,
                },
              },
              {
                path: "aftercare",
                loader: permissionLoader("view-cases"),
                shouldRevalidate: unlessSamePath,
                lazy: {
                  Component: async () => (await import("../features/aftercare/pages/AftercarePage")).default,
                },
              },
              { path: "403", Component: ForbiddenPage },
              { path: "*", Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
]);

// A 401 from any call while signed in: the session has ended on the server; back to the login
// page, then on to the same address.
onUnauthorized(() => {
  if (!currentUser()) return;
  const { pathname, search } = router.state.location;
  endSession();
  if (pathname !== "/login") {
    void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  }
});
