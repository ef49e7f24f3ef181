import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageError({ chunkMissing }: { chunkMissing: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page-message" role="alert">
      <p>{chunkMissing ? t('states.appUpdated') : t('states.pageFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('states.reload')}
      </button>
    </div>
  );
}

interface State {
  error: Error | null;
}

/**
 * A page that cannot be shown says so and offers a reload, instead of leaving a blank screen. The
 * usual cause is a new build of the app while this tab was open: its page files are gone.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(previous: { resetKey: string }) {
    // Moving to another page tries again.
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('[inversa] page failed', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const chunkMissing = /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(this.state.error.message);
    return <PageError chunkMissing={chunkMissing} />;
  }
}
