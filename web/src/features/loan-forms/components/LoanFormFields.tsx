/**
 * The fields of the 民间借贷要素表: parties, the contract and its dates, the principal stated and
 * the sums actually delivered, the agreed rates (typed as courts write them), repayments, costs,
 * the order of set-off and the guarantee. Lists (parties, deliveries, repayments) grow and shrink.
 */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from "antd";

const KINDS = [
  { value: "自然人", label: "自然人" },
  { value: "企业", label: "企业" },
  { value: "其他组织", label: "其他组织" },
];

const RATE_HINT =
  "如“月息2分”“月利率1.5%”“年利率10%”“日息万分之五”，或年利率小数（0.12 即年利率12%）；不填为未约定";

function PartyList({
  name,
  label,
  disabled,
}: {
  name: "lenders" | "borrowers";
  label: string;
  disabled: boolean;
}) {
  return (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Space direction="vertical" size={4} style={{ width: "100%" }} data-testid={`loan-${name}`}>
            {fields.map((f) => (
              <Space key={f.key} size={4}>
                <Form.Item name={[f.name, "name"]} noStyle>
                  <Input placeholder="姓名或名称" style={{ width: 200 }} disabled={disabled} />
                </Form.Item>
                <Form.Item name={[f.name, "kind"]} noStyle>
                  <Select options={KINDS} style={{ width: 104 }} disabled={disabled} />
                </Form.Item>
                {disabled ? null : (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除"
                    onClick={() => remove(f.name)}
                  />
                )}
              </Space>
            ))}
            {disabled ? null : (
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ name: "", kind: "自然人" })}>
                添加{label}
              </Button>
            )}
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}

function AmountList({
  name,
  label,
  addText,
  disabled,
}: {
  name: "deliveries" | "repayments";
  label: string;
  addText: string;
  disabled: boolean;
}) {
  return (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Space direction="vertical" size={4} style={{ width: "100%" }} data-testid={`loan-${name}`}>
            {fields.length === 0 ? <Typography.Text type="secondary">无</Typography.Text> : null}
            {fields.map((f, i) => (
              <Space key={f.key} size={4} data-testid={`loan-${name}-row`}>
                <span style={{ width: 28, display: "inline-block", color: "#888" }}>{i + 1}.</span>
                <Form.Item name={[f.name, "date"]} noStyle>
                  <Input
                    type="date"
                    style={{ width: 150 }}
                    disabled={disabled}
                    data-testid={`loan-${name}-date`}
                  />
                </Form.Item>
                <Form.Item name={[f.name, "amount"]} noStyle>
                  <InputNumber
                    min={0}
                    precision={2}
                    style={{ width: 160 }}
                    suffix="元"
                    disabled={disabled}
                    data-testid={`loan-${name}-amount`}
                  />
                </Form.Item>
                {disabled ? null : (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除"
                    onClick={() => remove(f.name)}
                  />
                )}
              </Space>
            ))}
            {disabled ? null : (
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ date: "", amount: null })}
                data-testid={`loan-${name}-add`}
              >
                {addText}
              </Button>
            )}
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}

export function LoanFormFields({ disabled }: { disabled: boolean }) {
  const rate = (name: string, label: string, testId: string) => (
    <Form.Item name={name} label={label} tooltip={RATE_HINT} style={{ marginBottom: 8 }}>
      <Input placeholder="未约定" disabled={disabled} data-testid={testId} style={{ width: 220 }} />
    </Form.Item>
  );
  return (
    <Row gutter={24}>
      <Col xs={24} xl={12}>
        <PartyList name="lenders" label="出借人" disabled={disabled} />
        <PartyList name="borrowers" label="借款人" disabled={disabled} />
        <Form.Item name="contractDate" label="借款合同（借条）签订日期" style={{ marginBottom: 8 }}>
          <Input type="date" style={{ width: 160 }} disabled={disabled} data-testid="loan-contract-date" />
        </Form.Item>
        <Form.Item name="principalStated" label="借条载明的本金" style={{ marginBottom: 8 }}>
          <InputNumber
            min={0}
            precision={2}
            style={{ width: 180 }}
            suffix="元"
            disabled={disabled}
            data-testid="loan-principal-stated"
          />
        </Form.Item>
        <AmountList name="deliveries" label="实际交付" addText="添加一笔交付" disabled={disabled} />
        <Form.Item
          name="agreedTermEnd"
          label="约定还款期限"
          tooltip="借期的最后一日；未约定的不填"
          style={{ marginBottom: 8 }}
        >
          <Input type="date" style={{ width: 160 }} disabled={disabled} data-testid="loan-term-end" />
        </Form.Item>
        <Form.Item name="guarantee" label="担保" style={{ marginBottom: 8 }}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 3 }}
            placeholder="保证人、抵押、质押等；没有的不填"
            disabled={disabled}
            data-testid="loan-guarantee"
          />
        </Form.Item>
      </Col>
      <Col xs={24} xl={12}>
        {rate("agreedRate", "约定借期内利率", "loan-agreed-rate")}
        {rate("overdueRate", "约定逾期利率", "loan-overdue-rate")}
        {rate("penaltyRate", "约定违约金（年利率）", "loan-penalty-rate")}
        {rate("otherFeesRate", "约定其他费用（年利率）", "loan-other-fees-rate")}
        <AmountList name="repayments" label="已还款" addText="添加一笔还款" disabled={disabled} />
        <Form.Item
          name="costs"
          label="实现债权的费用"
          tooltip="律师费等，按民法典第五百六十一条最先抵充"
          style={{ marginBottom: 8 }}
        >
          <InputNumber
            min={0}
            precision={2}
            style={{ width: 180 }}
            suffix="元"
            disabled={disabled}
            data-testid="loan-costs"
          />
        </Form.Item>
        <Form.Item
          name="costsIncurredOn"
          label="费用发生日"
          tooltip="此日前的还款不抵充该费用；不填视为自首笔交付起即发生"
          style={{ marginBottom: 8 }}
        >
          <Input type="date" style={{ width: 160 }} disabled={disabled} data-testid="loan-costs-on" />
        </Form.Item>
        <Form.Item name="dayBasis" label="日利率换算" style={{ marginBottom: 8 }}>
          <Radio.Group disabled={disabled}>
            <Radio value={360}>一年按360天</Radio>
            <Radio value={365}>一年按365天</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="setOffOrder" label="还款抵充顺序" style={{ marginBottom: 8 }}>
          <Radio.Group disabled={disabled} data-testid="loan-set-off">
            <Radio value="法定顺序">法定顺序（费用、利息、本金）</Radio>
            <Radio value="本金优先">约定本金优先</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="filedOn"
          label="起诉日期"
          tooltip="2020年8月20日前成立的合同按第三十一条适用；默认本案立案日期"
          style={{ marginBottom: 8 }}
        >
          <Input type="date" style={{ width: 160 }} disabled={disabled} data-testid="loan-filed-on" />
        </Form.Item>
      </Col>
    </Row>
  );
}
