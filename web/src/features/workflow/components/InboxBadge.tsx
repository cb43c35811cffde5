/** The header's 我的待办 button: the number of open tasks (red when some are overdue). */
import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Tooltip } from "antd";
import { useNavigate } from "react-router";
import { useInboxCount } from "../api";

export function InboxBadge() {
  const navigate = useNavigate();
  const count = useInboxCount(true);
  const open = count.data?.open ?? 0;
  const overdue = count.data?.overdue ?? 0;
  return (
    <Tooltip title={open ? `待办 ${open} 项${overdue ? `，其中逾期 ${overdue} 项` : ""}` : "没有待办"}>
      <Badge
        count={open}
        overflowCount={999}
        size="small"
        color={overdue ? "#cf1322" : "#1677ff"}
        data-testid="inbox-badge"
        data-count={open}
      >
        <Button
          size="small"
          ghost
          icon={<BellOutlined />}
          aria-label="我的待办"
          onClick={() => navigate("/inbox")}
          data-testid="inbox-button"
        />
      </Badge>
    </Tooltip>
  );
}
