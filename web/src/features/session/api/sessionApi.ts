import { api } from '@/api/api';
import type { BffUser } from '@/api/types';

export const sessionApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** `GET /bff/user`: 401 sends the browser to the sign-in page (the base query does it). */
    getSession: build.query<BffUser, void>({
      query: () => '/bff/user',
      providesTags: ['Session'],
    }),
    /** `POST /bff/logout` → 204. A 401 means the session was already gone: signed out all the same. */
    signOut: build.mutation<null, void>({
      query: () => ({ url: '/bff/logout', method: 'POST' }),
      extraOptions: { redirectOn401: false },
    }),
  }),
});

export const { useGetSessionQuery, useSignOutMutation } = sessionApi;
