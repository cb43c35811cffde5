import { Button, Result } from "antd";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { ForbiddenPage, NotFoundPage } from "./ErrorPages";

/**
 * The error boundary of the routes: a guard's 403 or 404 shows its page; a screen that throws (or
 * whose code cannot be loaded) shows a message instead of a blank page. Leaving the address clears it.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    if (error.status === 403) return <ForbiddenPage />;
    if (error.status === 404) return <NotFoundPage />;
  }
  const message = error instanceof Error ? error.message : String(error);
  const chunk = /dynamically imported module|Failed to fetch|Loading chunk/i.test(message);
  return (
    <Result
      status="error"
      title={chunk ? "页面加载失败" : "页面出现错误"}
      subTitle={chunk ? "系统可能已经更新，请刷新页面。" : message}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}
