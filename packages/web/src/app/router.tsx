import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { NotFound } from '../shared/NotFound';
import { AppLayout } from './AppLayout';
import { RequirePermission, RequireSignedIn } from './guards';
import { OrgProvider } from './OrgProvider';

// Each page is its own chunk so the first load stays small.
const LoginPage = lazy(() => import('../features/login/LoginPage').then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() =>
  import('../features/login/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);
const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
const StoresPage = lazy(() =>
  import('../features/stores/StoresPage').then((m) => ({ default: m.StoresPage })),
);
const StaffPage = lazy(() => import('../features/staff/StaffPage').then((m) => ({ default: m.StaffPage })));
const ApiKeysPage = lazy(() =>
  import('../features/api-keys/ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })),
);
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));

/** Every address of the console; the server answers unknown non-API paths with index.html. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/change-password',
    element: (
      <RequireSignedIn allowPasswordChange>
        <ChangePasswordPage />
      </RequireSignedIn>
    ),
  },
  {
    path: '/',
    element: (
      <RequireSignedIn>
        <OrgProvider>
          <AppLayout />
        </OrgProvider>
      </RequireSignedIn>
    ),
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'stores',
        element: (
          <RequirePermission action="org.read">
            <StoresPage />
          </RequirePermission>
        ),
      },
      {
        path: 'staff',
        element: (
          <RequirePermission action="staff.read">
            <StaffPage />
          </RequirePermission>
        ),
      },
      {
        path: 'api-keys',
        element: (
          <RequirePermission action="api_keys.manage">
            <ApiKeysPage />
          </RequirePermission>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequirePermission action="audit.read">
            <AuditPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
