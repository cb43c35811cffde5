/**
 * 提议并案: the group in words (当事人, 案由, 件数, 承办人, 标的额, 立案日期) and the reason (at least 5
 * characters); the server sends it to the chief of the group's main division as a 并案审理建议 and
 * the page opens the new matter.
 */
import { Alert, App, Descriptions, Input, Modal, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatDate, formatYuan } from "../../../shared/format";
import { type BatchRow, useProposeBatch } from "../api";

export function ProposeBatchDialog({
  row,
  basis,
  onClose,
}: {
  row: BatchRow | null;
  basis: string[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const propose = useProposeBatch();
  const [reason, setReason] = useState("");

  useEffect(() => {
    if (row)
      setReason(
        `${row.sideName}${row.party}${row.sideName === "原告" ? "起诉" : "被诉"}的${row.cause}案件 ${row.caseCount} 件，立案时间相近，诉讼标的属同一种类，分由 ${row.judges.length} 名法官承办，建议并案审理。`,
      );
  }, [row]);

  const submit = () => {
    if (!row) return;
    const text = reason.trim();
    if ([...text].length < 5) {
      message.warning(`提议理由不少于 5 个字（现为 ${[...text].length} 个字）`);
      return;
    }
    propose.mutate(
      { key: row.key, reason: text },
      {
        onSuccess: (m) => {
          message.success(`已提交${m.division}庭长审批`);
          onClose();
          navigate(`/matters/${m.id}`);
        },
        onError: (err) => message.error(`提议失败：${errorMessage(err)}`),
      },
    );
  };

  return (
    <Modal
      open={row !== null}
      title="提议并案审理"
      okText="提交庭长审批"
      cancelText="取消"
      onOk={submit}
      confirmLoading={propose.isPending}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "batch-propose-submit" } as Record<string, string>}
      width={640}
      destroyOnHidden
    >
      {row ? (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={row.sideName}>{row.party}</Descriptions.Item>
            <Descriptions.Item label="案由">{row.cause}</Descriptions.Item>
            <Descriptions.Item label="件数">{row.caseCount} 件</Descriptions.Item>
            <Descriptions.Item label="承办人">
              {row.judges.map((j) => `${j.division}${j.judge}（${j.cases} 件）`).join("、")}
            </Descriptions.Item>
            <Descriptions.Item label="标的额合计">
              {formatYuan(row.totalAmountFen / 100)}
              {row.amountMissing > 0 ? `（另有 ${row.amountMissing} 件未录入）` : ""}
            </Descriptions.Item>
            <Descriptions.Item label="立案日期">
              {formatDate(row.firstFiledOn)} 至 {formatDate(row.lastFiledOn)}
            </Descriptions.Item>
            <Descriptions.Item label="审批人">{row.mainDivision}庭长</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 4 }}>提议理由</Typography.Paragraph>
          <Input.TextArea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            showCount
            data-testid="batch-propose-reason"
          />
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            message="依据"
            description={
              <>
                {basis.map((b) => (
                  <div key={b}>{b}</div>
                ))}
                <div>并案审理须经当事人同意（民事诉讼法第五十五条），由庭长决定并指定承办法官。</div>
              </>
            }
          />
        </>
      ) : null}
    </Modal>
  );
}
