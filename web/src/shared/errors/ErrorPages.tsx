import { Button, Result } from "antd";
import { useNavigate } from "react-router";
import { homeFor, useSession } from "../session/session";

function HomeButton() {
  const { user } = useSession();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate(user ? homeFor(user) : "/login")}>
      返回首页
    </Button>
  );
}

export function ForbiddenPage({ title = "403 无权访问", subTitle }: { title?: string; subTitle?: string }) {
  return (
    <div data-testid="page-403">
      <Result
        status="403"
        title={title}
        subTitle={subTitle ?? "您的账号没有访问此页面的权限。如需开通，请联系审管办。"}
        extra={<HomeButton />}
      />
    </div>
  );
}

export function NotFoundPage({ title = "404 页面不存在", subTitle }: { title?: string; subTitle?: string }) {
  return (
    <div data-testid="page-404">
      <Result
        status="404"
        title={title}
        subTitle={subTitle ?? "您访问的页面不存在，请检查地址是否正确。"}
        extra={<HomeButton />}
      />
    </div>
  );
}
