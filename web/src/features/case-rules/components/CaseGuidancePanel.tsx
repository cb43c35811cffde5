/**
 * 类案指导 on the case page: the 类案裁判规则 adopted by the 审委会 for the case's 案由, shown while
 * the case is pending (《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》).
 */
import { BookOutlined } from "@ant-design/icons";
import { Alert, Collapse, Typography } from "antd";
import { Link } from "react-router";
import { useCaseGuidance } from "../api";

export function CaseGuidancePanel({ caseId }: { caseId: string | number }) {
  const res = useCaseGuidance(caseId);
  const rules = res.data?.rules ?? [];
  if (rules.length === 0) return null;
  return (
    <div style={{ marginBottom: 12 }} data-testid="case-guidance">
      <Alert
        type="info"
        showIcon
        icon={<BookOutlined />}
        message={
          <span>
            类案指导：本院审委会通过的“{res.data?.cause}”类案裁判规则 {rules.length} 条，审理时请参照{" "}
            <Link to={`/case-rules?cause=${encodeURIComponent(res.data?.cause ?? "")}`}>查看全部</Link>
          </span>
        }
        description={
          <Collapse
            size="small"
            ghost
            items={rules.map((r) => ({
              key: r.id,
              label: (
                <span data-testid={`case-guidance-rule-${r.id}`}>
                  {r.title}（{r.adoptionReference}，{r.adoptedOn}）
                </span>
              ),
              children: (
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                  {r.ruleText}
                </Typography.Paragraph>
              ),
            }))}
          />
        }
      />
    </div>
  );
}
