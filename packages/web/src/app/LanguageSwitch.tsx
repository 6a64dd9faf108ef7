import { Button, Dropdown } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from './i18n';

const LABELS: Record<Language, string> = { en: 'English', 'zh-CN': '中文' };

/** Switches between English and Simplified Chinese; the choice is remembered. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const current = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [current],
        items: (Object.keys(LABELS) as Language[]).map((lang) => ({
          key: lang,
          label: <span data-testid={`language-${lang}`}>{LABELS[lang]}</span>,
        })),
        onClick: ({ key }) => void changeLanguage(key as Language),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        aria-label={t('header.language')}
        data-testid="language-switch"
      >
        {LABELS[current]}
      </Button>
    </Dropdown>
  );
}
