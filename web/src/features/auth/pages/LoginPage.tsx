import { BankOutlined, LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Table, Tag, Typography } from "antd";
import { useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../../shared/api/client";
import type { DemoAccount } from "../../../shared/api/types";
import { homeFor, safeNext } from "../../../shared/session/session";
import { useDemoAccounts, useLogin } from "../api";

function loginErrorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return "用户名或密码错误";
    // The server says until when (an account locked, or this address refused).
    if (err.status === 429) return err.message || "尝试次数过多，请稍后再试";
    if (err.status === 0) return "无法连接服务器，请检查网络";
    return err.message || "登录失败";
  }
  return "登录失败";
}

export function LoginPage() {
  const [form] = Form.useForm<{ username: string; password: string }>();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const accounts = useDemoAccounts().data?.accounts ?? [];
  const error = login.error ? loginErrorMessage(login.error) : null;

  const submit = (values: { username: string; password: string }) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: ({ user }) => navigate(safeNext(params.get("next")) ?? homeFor(user), { replace: true }),
      },
    );
  };

  const pick = (a: DemoAccount) => {
    form.setFieldsValue({ username: a.username, password: a.password });
    login.reset();
  };

  return (
    <div
      style={{
        minHeight: "100vh",
        background: "linear-gradient(135deg, #0b2447 0%, #19376d 55%, #1d4f91 100%)",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        padding: 24,
        gap: 24,
        flexWrap: "wrap",
      }}
    >
      <Card style={{ width: 380 }} styles={{ body: { padding: 28 } }}>
        <div style={{ textAlign: "center", marginBottom: 20 }}>
          <BankOutlined style={{ fontSize: 36, color: "#1d4f91" }} />
          <Typography.Title level={3} style={{ margin: "8px 0 2px" }}>
            审判质效管理平台
          </Typography.Title>
          <Typography.Text type="secondary">审判管理办公室 · 审管</Typography.Text>
        </div>
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        ) : null}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: "请输入用户名" }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" data-testid="login-username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: "请输入密码" }]}>
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            登录
          </Button>
        </Form>
      </Card>
      {accounts.length > 0 ? (
        <Card
          style={{ width: 560, maxWidth: "100%" }}
          title={
            <span>
              演示账号 <Tag color="orange">演示</Tag>
            </span>
          }
          extra={<Typography.Text type="secondary">点击一行填入账号密码</Typography.Text>}
          styles={{ body: { padding: 0 } }}
          data-testid="demo-accounts"
        >
          <Table<DemoAccount>
            size="small"
            rowKey="username"
            pagination={false}
            dataSource={accounts}
            scroll={{ y: 360 }}
            onRow={(a) => ({
              onClick: () => pick(a),
              style: { cursor: "pointer" },
              "data-testid": `demo-account-${a.username}`,
            })}
            columns={[
              { title: "角色", dataIndex: "roleName", width: 100 },
              {
                title: "姓名 / 部门",
                render: (_, a) => (
                  <span>
                    {a.displayName}
                    {a.division ? <Typography.Text type="secondary"> · {a.division}</Typography.Text> : null}
                  </span>
                ),
              },
              { title: "用户名", dataIndex: "username", width: 150 },
              { title: "密码", dataIndex: "password", width: 110 },
            ]}
          />
        </Card>
      ) : null}
    </div>
  );
}
