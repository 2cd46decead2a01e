import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { ChatRoute } from './routes/ChatRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { SignedOutRoute } from './routes/SignedOutRoute';

// Everything but the chat loads on demand: the chat route's first JavaScript stays small.
const PayslipsRoute = lazy(() => import('./routes/PayslipsRoute'));
const PayslipMonthRoute = lazy(() => import('./routes/PayslipMonthRoute'));
const ProfileRoute = lazy(() => import('./routes/ProfileRoute'));
// The HR console (hr and admin; anyone else gets the 403 page from its layout).
const HrLayout = lazy(() => import('./routes/hr/HrLayout'));
const HrDirectoryRoute = lazy(() => import('./routes/hr/HrDirectoryRoute'));
const HrEmployeeRoute = lazy(() => import('./routes/hr/HrEmployeeRoute'));
const HrImportsRoute = lazy(() => import('./routes/hr/HrImportsRoute'));
const HrAnalyticsRoute = lazy(() => import('./routes/hr/HrAnalyticsRoute'));
const HrAuditRoute = lazy(() => import('./routes/hr/HrAuditRoute'));

export const routes: RouteObject[] = [
  { path: '/signed-out', element: <SignedOutRoute /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <ChatRoute /> },
      { path: 'payslips', element: <PayslipsRoute /> },
      { path: 'payslips/:year/:month', element: <PayslipMonthRoute /> },
      { path: 'profile', element: <ProfileRoute /> },
      {
        path: 'hr',
        element: <HrLayout />,
        children: [
          { index: true, element: <Navigate to="/hr/employees" replace /> },
          { path: 'employees', element: <HrDirectoryRoute /> },
          { path: 'employees/:id', element: <HrEmployeeRoute /> },
          { path: 'imports', element: <HrImportsRoute /> },
          { path: 'analytics', element: <HrAnalyticsRoute /> },
          { path: 'audit', element: <HrAuditRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
