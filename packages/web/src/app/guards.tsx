import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { Action } from '@regulars/contracts';
import { FullPageSpin } from '../shared/FullPageSpin';
import { useErrorText } from '../shared/error-text';
import { Forbidden } from '../shared/Forbidden';
import { useAuth, useCan } from './auth-context';

/** Renders `children` only for a signed-in user who has already replaced their one-time password. */
export function RequireSignedIn({
  children,
  allowPasswordChange = false,
}: {
  children: ReactNode;
  allowPasswordChange?: boolean;
}) {
  const { state, refresh } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'error') {
    return (
      <Result
        status="warning"
        title={errorText(state.error)}
        extra={<Button onClick={() => void refresh()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (state.status === 'signed-out')
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (state.me.mustChangePassword && !allowPasswordChange) return <Navigate to="/change-password" replace />;
  return children;
}

/** Renders `children` only when the user's role may use `action`, else a "not for your role" page. */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const can = useCan();
  return can(action) ? children : <Forbidden />;
}
