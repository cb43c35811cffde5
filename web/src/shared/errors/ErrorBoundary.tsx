import { Button, Result } from "antd";
import { Component, type ReactNode } from "react";

interface State {
  error: Error | null;
}

/** A screen that throws shows a message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      const chunk = /dynamically imported module|Failed to fetch|Loading chunk/i.test(
        this.state.error.message,
      );
      return (
        <Result
          status="error"
          title={chunk ? "页面加载失败" : "页面出现错误"}
          subTitle={chunk ? "系统可能已经更新，请刷新页面。" : this.state.error.message}
          extra={
            <Button type="primary" onClick={() => window.location.reload()}>
              刷新页面
            </Button>
          }
        />
      );
    }
    return this.props.children;
  }
}
