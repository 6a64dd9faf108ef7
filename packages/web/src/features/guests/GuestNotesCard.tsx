import { useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { Guest } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useFormSubmit } from '../../shared/use-form-submit';
import { updateGuest } from './guests.api';

type Values = { tags: string[]; notes: string };
type Props = { guest: Guest; canManage: boolean; onSaved: (guest: Guest) => void };

/** Tags and staff notes; editable by roles that manage guests while the guest is active. */
export function GuestNotesCard({ guest, canManage, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const { submit, submitting, error } = useFormSubmit(form, {
    fields: ['tags', 'notes'],
    onSubmit: async (values) => {
      const saved = await updateGuest(guest.id, { tags: values.tags, notes: values.notes.trim() });
      void message.success(t('common.saved'));
      setEditing(false);
      onSaved(saved);
    },
  });
  const editable = canManage && guest.status === 'active';

  return (
    <Card
      title={t('guest.tagsAndNotes')}
      size="small"
      extra={
        editable && !editing ? (
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="edit-notes"
          >
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ tags: guest.tags, notes: guest.notes ?? '' }}
          onFinish={(values) => void submit(values)}
        >
          {error ? <ErrorAlert error={error} /> : null}
          <Form.Item name="tags" label={t('guests.tags')} extra={t('guest.tagsHelp')}>
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              tokenSeparators={[',', '，']}
              aria-label={t('guests.tags')}
            />
          </Form.Item>
          <Form.Item
            name="notes"
            label={t('guest.notes')}
            rules={[{ max: 2000, message: t('common.maxLength', { field: t('guest.notes'), max: 2000 }) }]}
          >
            <Input.TextArea rows={4} showCount maxLength={2000} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <div data-testid="guest-tags">
            {guest.tags.length ? (
              guest.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)
            ) : (
              <Typography.Text type="secondary">{t('guest.noTags')}</Typography.Text>
            )}
          </div>
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
            type={guest.notes ? undefined : 'secondary'}
          >
            {guest.notes || t('guest.noNotes')}
          </Typography.Paragraph>
        </Space>
      )}
    </Card>
  );
}
