import { lazy, type ReactNode } from 'react';
import type { Action } from '@regulars/contracts';
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
const GuestsPage = lazy(() =>
  import('../features/guests/GuestsPage').then((m) => ({ default: m.GuestsPage })),
);
const GuestPage = lazy(() => import('../features/guests/GuestPage').then((m) => ({ default: m.GuestPage })));
const MergeReviewPage = lazy(() =>
  import('../features/guests/MergeReviewPage').then((m) => ({ default: m.MergeReviewPage })),
);
const DataQualityPage = lazy(() =>
  import('../features/guests/DataQualityPage').then((m) => ({ default: m.DataQualityPage })),
);
const OrdersPage = lazy(() =>
  import('../features/orders/OrdersPage').then((m) => ({ default: m.OrdersPage })),
);
const OrderPage = lazy(() => import('../features/orders/OrderPage').then((m) => ({ default: m.OrderPage })));
const ImportsPage = lazy(() =>
  import('../features/imports/ImportsPage').then((m) => ({ default: m.ImportsPage })),
);

/** A route whose page only roles with `action` may open. */
const guarded = (path: string, action: Action, element: ReactNode) => ({
  path,
  element: <RequirePermission action={action}>{element}</RequirePermission>,
});

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
      guarded('guests', 'guests.read', <GuestsPage />),
      guarded('guests/merge-review', 'guests.merge', <MergeReviewPage />),
      guarded('guests/data-quality', 'guests.manage', <DataQualityPage />),
      guarded('guests/:id', 'guests.read', <GuestPage />),
      guarded('orders', 'orders.read', <OrdersPage />),
      guarded('orders/:id', 'orders.read', <OrderPage />),
      guarded('imports', 'imports.run', <ImportsPage />),
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
