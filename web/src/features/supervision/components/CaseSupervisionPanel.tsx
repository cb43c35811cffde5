/**
 * On the case page: whether the case is a 四类案件 (监管中, or 待确认) and why — the judge must be
 * told — with a link to the matter, and the 提请标注 button for whoever may see the case.
 */
import { FlagOutlined } from "@ant-design/icons";
import { Alert, Button, Space, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { CATEGORY_COLORS, CATEGORY_LABELS, useCaseSupervision } from "../api";
import { MarkDialog } from "./MarkDialog";

export function CaseSupervisionPanel({ caseId }: { caseId: string | number }) {
  const res = useCaseSupervision(caseId);
  const [marking, setMarking] = useState(false);
  if (!res.data) return null;
  const s = res.data;
  const current = s.matters.find((m) => m.state === "supervised" || m.state === "candidate");
  return (
    <div style={{ marginBottom: 12 }} data-testid="case-supervision">
      {current ? (
        <Alert
          type={current.state === "supervised" ? "warning" : "info"}
          showIcon
          icon={<FlagOutlined />}
          message={
            <Space wrap>
              <strong data-testid="case-supervision-state">
                {current.state === "supervised" ? "四类案件监管中" : "四类案件待确认"}
              </strong>
              {current.categories.map((c) => (
                <Tag key={c} color={CATEGORY_COLORS[c]}>
                  {CATEGORY_LABELS[c]}
                </Tag>
              ))}
              <Link to={`/matters/${current.matterId}`}>查看监管流程</Link>
            </Space>
          }
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {current.findings.map((f) => (
                <li key={f.rule}>
                  {f.ruleTitle}：{f.reason}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {s.canMark ? (
        <Button
          size="small"
          icon={<FlagOutlined />}
          style={{ marginTop: current ? 8 : 0 }}
          onClick={() => setMarking(true)}
          data-testid="supervision-mark"
        >
          提请标注四类案件
        </Button>
      ) : null}
      <MarkDialog
        caseId={s.caseId}
        caseNumber={s.caseNumber}
        open={marking}
        onClose={() => setMarking(false)}
      />
    </div>
  );
}
