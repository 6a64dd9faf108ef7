import { useState } from 'react';
import { Button, Card, Form, Input, Radio, Select, Space, Typography, Upload } from 'antd';
import { FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { IMPORT_KINDS, type ImportJob, type ImportKind } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { checkMapping, MAPPING_TEMPLATES, problemsOf } from './import-form';
import { startImport } from './imports.api';

type Values = { kind: ImportKind; storeId?: string; mapping: string };
type Props = { onStarted: (job: ImportJob) => void };

const template = (kind: ImportKind) => JSON.stringify(MAPPING_TEMPLATES[kind], null, 2);

/** Chooses the kind, the CSV file, an optional store and the column mapping, then starts the import. */
export function ImportForm({ onStarted }: Props) {
  const { t } = useTranslation();
  const { stores, storeId } = useOrg();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (values: Values) => {
    if (!file) return;
    setSubmitting(true);
    setError(undefined);
    try {
      const mapping = checkMapping(values.mapping, values.kind);
      if (!mapping.ok) throw new Error(mapping.problem);
      onStarted(
        await startImport({ kind: values.kind, file, mapping: mapping.json, storeId: values.storeId }),
      );
    } catch (cause) {
      setError(cause);
    } finally {
      setSubmitting(false);
    }
  };

  const loadMappingFile = async (mappingFile: File) => {
    form.setFieldValue('mapping', await mappingFile.text());
    await form.validateFields(['mapping']);
  };

  return (
    <Card size="small" title={t('imports.newImport')}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'guests', storeId, mapping: template('guests') }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.kind) form.setFieldValue('mapping', template(changed.kind));
        }}
        onFinish={(values) => void submit(values)}
        requiredMark={false}
      >
        <Form.Item name="kind" label={t('imports.kind')}>
          <Radio.Group
            optionType="button"
            options={IMPORT_KINDS.map((kind) => ({ value: kind, label: t(`imports.kinds.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('imports.file')} required extra={t('imports.fileHelp')}>
          <Upload
            accept=".csv,.txt,.gz,text/csv"
            maxCount={1}
            beforeUpload={(chosen) => {
              setFile(chosen);
              return false;
            }}
            onRemove={() => setFile(undefined)}
            fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />} data-testid="import-file">
              {t('imports.chooseFile')}
            </Button>
          </Upload>
        </Form.Item>
        {stores.length > 0 ? (
          <Form.Item name="storeId" label={t('imports.store')} extra={t('imports.storeHelp')}>
            <Select
              allowClear
              placeholder={t('imports.storeFromFile')}
              showSearch={{ optionFilterProp: 'label' }}
              options={stores.map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="mapping"
          label={
            <Space>
              {t('imports.mapping')}
              <Upload
                accept=".json,application/json"
                showUploadList={false}
                beforeUpload={(chosen) => {
                  void loadMappingFile(chosen);
                  return false;
                }}
              >
                <Button size="small" type="link" icon={<FileTextOutlined />}>
                  {t('imports.loadMapping')}
                </Button>
              </Upload>
            </Space>
          }
          extra={t('imports.mappingHelp')}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, text: string) => {
                const check = checkMapping(text ?? '', getFieldValue('kind') as ImportKind);
                return check.ok
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('imports.mappingInvalid', { problem: check.problem })));
              },
            }),
          ]}
        >
          <Input.TextArea
            rows={12}
            spellCheck={false}
            style={{ fontFamily: 'monospace' }}
            data-testid="import-mapping"
          />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
        {problemsOf(error).length ? (
          <ul data-testid="import-problems" style={{ marginTop: 8 }}>
            {problemsOf(error).map((problem) => (
              <li key={problem}>
                <Typography.Text type="danger">{problem}</Typography.Text>
              </li>
            ))}
          </ul>
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          loading={submitting}
          disabled={!file}
          style={{ marginTop: 16 }}
          data-testid="import-start"
        >
          {t('imports.start')}
        </Button>
      </Form>
    </Card>
  );
}
