import { useId, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { SignInFailure } from './session-api.ts';
import { useSignIn } from './use-session.ts';
import './SignInPage.css';

/** What to tell the person about a refused sign-in; the server's code decides, never its wording. */
function useFailureMessage() {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (!(error instanceof SignInFailure)) return t('session.signIn.failed');
    if (error.code === 'invalid_credentials') return t('session.signIn.invalidCredentials');
    if (error.code === 'too_many_attempts') {
      const seconds = error.retryAfterSeconds;
      if (seconds === undefined) return t('session.signIn.tooManyAttempts');
      return seconds < 90
        ? t('session.signIn.tooManyAttemptsSeconds', { count: seconds })
        : t('session.signIn.tooManyAttemptsMinutes', { count: Math.ceil(seconds / 60) });
    }
    if (error.code === 'network') return t('session.signIn.unreachable');
    return t('session.signIn.failed');
  };
}

/** A labelled input of the form, pointing at the form's error message while there is one. */
function SignInField({ label, errorId, ...input }: { label: string; errorId: string | undefined } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <>
      <label className="sign-in__field" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="sign-in__input" required aria-invalid={errorId !== undefined} aria-describedby={errorId} {...input} />
    </>
  );
}

/**
 * Team mode without a session: the whole page is this form, at whatever URL was opened, so that
 * once signed in the app shows the page that was asked for.
 */
export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('session.signIn.title'));
  const signIn = useSignIn();
  const failureMessage = useFailureMessage();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const titleId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const missing = name.trim() === '' || password === '';
    setIncomplete(missing);
    if (!missing) signIn.mutate({ name: name.trim(), password });
  };

  let error: string | null = null;
  if (incomplete) error = t('session.signIn.incomplete');
  else if (signIn.isError) error = failureMessage(signIn.error);

  return (
    <main id="main" className="sign-in">
      <form className="sign-in__panel" aria-labelledby={titleId} onSubmit={submit} noValidate>
        <p className="sign-in__brand">
          <span aria-hidden="true">↺</span> Inversa
        </p>
        <h1 id={titleId} className="page-title">
          {t('session.signIn.title')}
        </h1>
        {expired && <p className="sign-in__note">{t('session.signIn.expired')}</p>}
        <SignInField
          label={t('session.signIn.name')}
          errorId={error ? errorId : undefined}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <SignInField
          label={t('session.signIn.password')}
          errorId={error ? errorId : undefined}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {error && (
          <p id={errorId} className="sign-in__error" role="alert">
            {error}
          </p>
        )}
        {/* Not `disabled` while it works: a disabled button drops the keyboard focus left on it. */}
        <button type="submit" className="button sign-in__submit" aria-disabled={signIn.isPending}>
          {signIn.isPending ? t('session.signIn.signingIn') : t('session.signIn.submit')}
        </button>
        <div className="sign-in__language">
          <LanguageSwitch />
        </div>
      </form>
    </main>
  );
}
