import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { allowedControls } from './role-controls.ts';
import { fetchSession, signIn, signOut, type SessionState } from './session-api.ts';

const sessionQueryKey = ['session'] as const;

/** Who is signed in; it changes only by signing in or out here, or by a 401 (`endExpiredSession`). */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity });
}

/** What the page offers the signed-in person (or the one person outside team mode). */
export function useAllowedControls() {
  return allowedControls(useSession().data);
}

/**
 * A new person, or none: every answer kept so far was asked for someone else, or refused, so it
 * is dropped before the session changes and asked again by whoever signs in.
 */
function changeSession(queryClient: QueryClient, session: SessionState) {
  queryClient.setQueryData(sessionQueryKey, session);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    networkMode: 'always',
    onSuccess: (user) => changeSession(queryClient, { teamMode: true, user }),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    networkMode: 'always',
    onSuccess: () => changeSession(queryClient, { teamMode: true, user: null }),
  });
}

/**
 * Any other request answered 401 while someone was signed in: the session expired (or was ended
 * elsewhere). The sign-in page takes the app's place at the same URL, so signing in again comes
 * back to the page the person was on.
 */
export function endExpiredSession(queryClient: QueryClient) {
  queryClient.setQueryData<SessionState>(sessionQueryKey, (current) =>
    current?.teamMode && current.user ? { ...current, user: null, expired: true } : current,
  );
}
