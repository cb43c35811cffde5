/**
 * 修改密码: asked of every user whose password someone else set (a new account, a reset) before
 * anything else, and open to everyone from the header.
 */
import { LockOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useNavigate } from "react-router";
import { errorMessage, request } from "../../../shared/api/client";
import { queryClient } from "../../../shared/api/queryClient";
import { meQuery } from "../../../shared/session/queries";
import { homeFor, useSession } from "../../../shared/session/session";

interface Values {
  current: string;
  next: string;
  confirm: string;
}

export function ChangePasswordPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const change = useMutation({
    mutationFn: (v: { current: string; next: string }) =>
      request<void>("POST", "/auth/password", { json: v }),
  });
  const forced = user?.mustChangePassword === true;

  const submit = (v: Values) =>
    change.mutate(
      { current: v.current, next: v.next },
      {
        onSuccess: async () => {
          const me = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
          navigate(me ? homeFor(me) : "/login", { replace: true });
        },
      },
    );

  return (
    <div style={{ display: "flex", justifyContent: "center", padding: 48 }}>
      <Card
        style={{ width: 420 }}
        title={
          <>
            <LockOutlined /> 修改密码
          </>
        }
      >
        {forced && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message="您的密码由他人设置（新账号或重置），请先修改为只有您知道的密码。"
          />
        )}
        <Form<Values> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="current" label="当前密码" rules={[{ required: true, message: "请输入当前密码" }]}>
            <Input.Password autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            name="next"
            label="新密码"
            rules={[
              { required: true, message: "请输入新密码" },
              { min: 8, message: "新密码至少 8 位" },
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-next" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label="再次输入新密码"
            dependencies={["next"]}
            rules={[
              { required: true, message: "请再次输入新密码" },
              ({ getFieldValue }) => ({
                validator: (_, v) =>
                  !v || v === getFieldValue("next")
                    ? Promise.resolve()
                    : Promise.reject(new Error("两次输入的新密码不一致")),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          {change.error && (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} message={errorMessage(change.error)} />
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={change.isPending}
            data-testid="password-submit"
          >
            修改密码
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            至少 8 位，不能与当前密码或用户名相同。修改后，您在其他设备上的登录将退出。
          </Typography.Paragraph>
        </Form>
      </Card>
    </div>
  );
}

export default ChangePasswordPage;
