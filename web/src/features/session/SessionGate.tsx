import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInPage } from './SignInPage.tsx';
import { useSession } from './use-session.ts';

/** The app once the server says who is signed in, or that nobody needs to be; the sign-in form otherwise. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.data) {
    return session.isError ? (
      <div className="page-message" role="alert">
        <p>{t('session.unreachable')}</p>
        <button type="button" className="button" onClick={() => void session.refetch()}>
          {t('states.retry')}
        </button>
      </div>
    ) : (
      <p className="page-message">{t('states.loading')}</p>
    );
  }
  if (session.data.teamMode && !session.data.user) return <SignInPage expired={session.data.expired ?? false} />;
  return children;
}
