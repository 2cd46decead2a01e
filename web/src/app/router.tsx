import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { ChatRoute } from './routes/ChatRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { SignedOutRoute } from './routes/SignedOutRoute';

// Everything but the chat loads on demand: the chat route's first JavaScript stays small.
const PayslipsRoute = lazy(() => import('./routes/PayslipsRoute'));
const PayslipMonthRoute = lazy(() => import('./routes/PayslipMonthRoute'));
const ProfileRoute = lazy(() => import('./routes/ProfileRoute'));

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
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
