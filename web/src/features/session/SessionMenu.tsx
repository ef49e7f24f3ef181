import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from './use-session.ts';
import './SessionMenu.css';

/** Who is signed in, as what, and the way out; nothing outside team mode, where nobody signs in. */
export function SessionMenu() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const signOut = useSignOut();
  if (!user) return null;
  return (
    <div className="session-menu">
      <p className="session-menu__user">
        <span className="session-menu__name">{user.name}</span>
        <span className="session-menu__role">{t('session.role', { role: t(`session.roles.${user.role}`) })}</span>
      </p>
      <button type="button" className="button" aria-disabled={signOut.isPending} onClick={() => !signOut.isPending && signOut.mutate()}>
        {t('session.signOut')}
      </button>
      {signOut.isError && (
        <p className="session-menu__error" role="alert">
          {t('session.signOutFailed')}
        </p>
      )}
    </div>
  );
}
