import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  ClockCircleOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  DiffOutlined,
  ExperimentOutlined,
  EyeInvisibleOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  ForkOutlined,
  GroupOutlined,
  IdcardOutlined,
  InboxOutlined,
  KeyOutlined,
  LineChartOutlined,
  LogoutOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SearchOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Button, Input, Layout, Menu, type MenuProps, Space, Tag, Tooltip, Typography } from "antd";
import { type ReactNode, useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { useLogout } from "../features/auth/api";
import { InboxBadge } from "../features/workflow/components/InboxBadge";
import { formatDate } from "../shared/format";
import { useSession } from "../shared/session/session";

const { Header, Sider, Content } = Layout;

type Item = Required<MenuProps>["items"][number];

export function AppLayout({ children }: { children: ReactNode }) {
  const { user, meta, can } = useSession();
  const logout = useLogout();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);

  // The menu in groups (the office's day: its own work, the figures, the warnings, the cases, the
  // supervision, after judgment, the reports, the system); a group none of whose pages the role
  // may open is left out.
  const items: Item[] = [];
  const group = (label: string | null, children: (Item | false | "" | null | undefined)[]) => {
    const list = children.filter((c): c is Item => !!c);
    if (list.length === 0) return;
    if (label === null) items.push(...list);
    else items.push({ key: `group:${label}`, type: "group", label, children: list });
  };
  const cases = can("view-cases");
  const indicators = can("view-indicators");
  group(null, [
    // A judge's own pending cases come first: their first screen.
    user?.role === "judge" &&
      cases && { key: "/my-cases", icon: <SolutionOutlined />, label: "我的在办案件" },
    cases && { key: "/inbox", icon: <InboxOutlined />, label: "我的待办" },
    cases && { key: "/sign-off", icon: <AuditOutlined />, label: "阅核" },
  ]);
  group("质效分析", [
    indicators && { key: "/", icon: <DashboardOutlined />, label: "质效总览" },
    indicators && { key: "/assessment", icon: <TrophyOutlined />, label: "考核" },
    indicators && { key: "/six-sources", icon: <ApartmentOutlined />, label: "六源治理" },
    indicators &&
      user?.role !== "judge" && { key: "/workload", icon: <ScheduleOutlined />, label: "工作量与分案" },
    user?.role === "judge" &&
      user.judgeName &&
      user.division &&
      indicators && {
        key: `/judges/${encodeURIComponent(user.judgeName)}?division=${encodeURIComponent(user.division)}`,
        icon: <ScheduleOutlined />,
        label: "我的业绩档案",
      },
    indicators && { key: "/business-environment", icon: <LineChartOutlined />, label: "涉企与营商环境" },
  ]);
  group(
    "预警督办",
    can("view-alerts")
      ? [
          { key: "/alerts/time-limit", icon: <ClockCircleOutlined />, label: "审限预警" },
          { key: "/alerts/long-pending", icon: <FieldTimeOutlined />, label: "长期未结" },
          { key: "/alerts/concealed-overrun", icon: <EyeInvisibleOutlined />, label: "隐形超审限" },
          { key: "/alerts/data-quality", icon: <SafetyCertificateOutlined />, label: "数据质量" },
          { key: "/supervision-orders", icon: <AlertOutlined />, label: "督办单" },
        ]
      : [],
  );
  group("案件管理", [
    cases && { key: "/cases", icon: <ProfileOutlined />, label: "案件查询" },
    cases && { key: "/triage", icon: <ForkOutlined />, label: "繁简分流" },
    cases && { key: "/batches", icon: <GroupOutlined />, label: "并案审理" },
    cases && { key: "/appraisals", icon: <ExperimentOutlined />, label: "鉴定" },
    cases && { key: "/archiving", icon: <InboxOutlined />, label: "归档" },
  ]);
  group("审判监督", [
    cases && { key: "/supervision", icon: <FlagOutlined />, label: "四类案件" },
    cases && { key: "/meetings", icon: <TeamOutlined />, label: "会议" },
    cases && { key: "/reversals", icon: <DiffOutlined />, label: "发改案件" },
    cases && { key: "/case-rules", icon: <BookOutlined />, label: "类案规则" },
    cases && { key: "/review", icon: <FileSearchOutlined />, label: "案件评查" },
    { key: "/observations", icon: <TrophyOutlined />, label: "庭审观摩" },
  ]);
  group("判后与执行", [
    cases && { key: "/aftercare", icon: <SafetyCertificateOutlined />, label: "判后释明与督促履行" },
    cases && { key: "/termination-library", icon: <FolderOpenOutlined />, label: "执行不能案件库" },
  ]);
  group("报表", [
    can("bulletins") && { key: "/bulletins", icon: <FileTextOutlined />, label: "审限通报" },
    (can("bulletins") || user?.role === "chief") && {
      key: "/reports",
      icon: <LineChartOutlined />,
      label: "态势分析",
    },
    can("report-archive") && { key: "/report-archive", icon: <FolderOpenOutlined />, label: "报表归档" },
  ]);
  group("系统管理", [
    can("import") && { key: "/import", icon: <CloudUploadOutlined />, label: "数据导入" },
    can("manage-staff") && { key: "/people", icon: <IdcardOutlined />, label: "人员管理" },
    can("manage-users") && { key: "/accounts", icon: <TeamOutlined />, label: "账号管理" },
  ]);

  const selected = location.pathname.startsWith("/cases/") ? [] : [location.pathname];

  // The search box in the header: 案号, a party or a judge → the results page (/cases?q=…).
  const searching =
    location.pathname === "/cases" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  const [search, setSearch] = useState(searching);
  useEffect(() => setSearch(searching), [searching]);
  const runSearch = (v: string) => {
    const q = v.trim();
    navigate(q ? `/cases?q=${encodeURIComponent(q)}` : "/cases");
  };
  const courtName = meta?.court.name ?? "审判质效管理平台";

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Sider
        width={188}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        style={{ position: "sticky", top: 0, height: "100vh" }}
      >
        <div
          style={{
            height: 52,
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            color: "#fff",
            fontWeight: 600,
            fontSize: collapsed ? 16 : 17,
            letterSpacing: 2,
            borderBottom: "1px solid rgba(255,255,255,0.08)",
          }}
        >
          <BankOutlined style={{ marginRight: collapsed ? 0 : 8 }} />
          {collapsed ? null : "审管平台"}
        </div>
        {/* The menu scrolls on its own, above the collapse trigger (which never covers an item). */}
        <div style={{ height: "calc(100% - 52px)", overflowY: "auto", overflowX: "hidden" }}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected}
            items={items}
            onClick={(e) => navigate(e.key)}
            data-testid="nav-menu"
          />
        </div>
      </Sider>
      <Layout>
        <Header style={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 16 }}>
          <Space size={12} style={{ minWidth: 0 }}>
            <Typography.Text
              data-testid="court-name"
              style={{ color: "#fff", fontSize: 16, fontWeight: 600, whiteSpace: "nowrap" }}
            >
              {courtName}
            </Typography.Text>
            <Typography.Text style={{ color: "rgba(255,255,255,0.65)", whiteSpace: "nowrap" }}>
              审判质效管理平台
            </Typography.Text>
            {meta?.factsAsOf ? (
              <Tooltip title="指标与预警按此日期的案件状态计算">
                <Typography.Text
                  style={{ color: "rgba(255,255,255,0.55)", fontSize: 12, whiteSpace: "nowrap" }}
                >
                  数据截至 {formatDate(meta.factsAsOf)}
                </Typography.Text>
              </Tooltip>
            ) : null}
          </Space>
          {user && can("view-cases") ? (
            <Input.Search
              role="search"
              aria-label="案件搜索"
              placeholder="案号、当事人、承办人"
              allowClear
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={runSearch}
              enterButton={<SearchOutlined />}
              maxLength={100}
              style={{ maxWidth: 280, minWidth: 160, flex: "1 1 220px", marginInlineStart: "auto" }}
              data-testid="header-search"
            />
          ) : null}
          {user ? (
            <Space size={10} style={{ whiteSpace: "nowrap" }}>
              {user.isDemo ? (
                <Tooltip title="演示法院的账号：数据为合成的演示数据">
                  <Tag color="orange" data-testid="demo-badge" style={{ marginInlineEnd: 0 }}>
                    演示
                  </Tag>
                </Tooltip>
              ) : null}
              <InboxBadge />
              <UserOutlined style={{ color: "#fff" }} />
              <Typography.Text data-testid="user-name" style={{ color: "#fff" }}>
                {user.displayName}
              </Typography.Text>
              <Tag color="blue" data-testid="user-role" style={{ marginInlineEnd: 0 }}>
                {user.roleName}
                {user.division && user.role !== "office" && user.role !== "president"
                  ? ` · ${user.division}`
                  : ""}
              </Tag>
              <Tooltip title="修改密码">
                <Button
                  size="small"
                  ghost
                  aria-label="修改密码"
                  icon={<KeyOutlined />}
                  onClick={() => navigate("/password")}
                  data-testid="change-password"
                />
              </Tooltip>
              <Button
                size="small"
                ghost
                icon={<LogoutOutlined />}
                onClick={() => logout.mutate()}
                data-testid="logout"
              >
                退出
              </Button>
            </Space>
          ) : null}
        </Header>
        <Content style={{ padding: 16, minWidth: 0 }}>{children}</Content>
      </Layout>
    </Layout>
  );
}
