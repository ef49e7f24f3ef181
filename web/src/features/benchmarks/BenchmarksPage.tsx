import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { useAllowedControls } from '../session/use-session.ts';
import { BenchmarkForm } from './BenchmarkForm.tsx';
import { BenchmarkSource } from './BenchmarkSource.tsx';
import { MercadoLibreClaims } from './MercadoLibreClaims.tsx';
import { ScopeText } from './OutsideBenchmarks.tsx';
import { useBenchmarks, useDropBenchmark, useResetBenchmarks, type Benchmark } from './use-benchmarks.ts';
import { useBenchmarksShown } from './use-benchmarks-shown.ts';
import './benchmarks.css';

/** Referencias: the outside figures in use, where each comes from, editing them, and the Mercado Libre claim rate. */
export function BenchmarksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('pages.benchmarks.title'));
  const table = useBenchmarks();
  const drop = useDropBenchmark();
  const reset = useResetBenchmarks();
  const canEdit = useAllowedControls().editBenchmarks;
  const [shown, setShown] = useBenchmarksShown();
  // the entry being edited; 'new' for one being added
  const [editing, setEditing] = useState<Benchmark | 'new' | null>(null);
  const entries = table.data?.entries ?? [];

  const columns: DataColumn<Benchmark>[] = [
    { id: 'metric', header: t('benchmarks.fields.metric'), cell: (entry) => t(`benchmarks.metrics.${entry.metric}`) },
    { id: 'value', header: t('benchmarks.columns.figure'), cell: (entry) => <strong>{format.percent(entry.value)}</strong> },
    { id: 'scope', header: t('benchmarks.columns.scope'), cell: (entry) => <ScopeText entry={entry} /> },
    {
      id: 'definition',
      header: t('benchmarks.fields.definition'),
      cell: (entry) => (
        <details>
          <summary>{entry.definition.slice(0, 80)}…</summary>
          <p>{entry.definition}</p>
          <p className="muted">{entry.comparison}</p>
          <blockquote>“{entry.quote}”</blockquote>
        </details>
      ),
    },
    { id: 'source', header: t('benchmarks.columns.source'), cell: (entry) => <BenchmarkSource entry={entry} /> },
    { id: 'origin', header: t('benchmarks.columns.origin'), cell: (entry) => t(`benchmarks.origins.${entry.origin}`) },
  ];
  if (canEdit)
    columns.push({
      id: 'actions',
      header: t('benchmarks.columns.actions'),
      cell: (entry) => (
        <span className="benchmarks-page__actions">
          <button type="button" className="link-button" onClick={() => setEditing(entry)}>
            {t('benchmarks.edit')}
          </button>
          {entry.origin !== 'published' && (
            <button type="button" className="link-button" onClick={() => drop.mutate(entry.id)}>
              {t(entry.origin === 'edited' ? 'benchmarks.restore' : 'benchmarks.drop')}
            </button>
          )}
        </span>
      ),
    });

  return (
    <div className="page-grid">
      <div className="page-head">
        <h1 className="page-title">{t('pages.benchmarks.title')}</h1>
        <label className="benchmarks-page__actions">
          <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
          {t('benchmarks.showToggle')}
        </label>
      </div>
      <p className="muted">{t('benchmarks.pageIntro')}</p>
      <MercadoLibreClaims />
      <ChartFrame
        title={t('benchmarks.tableTitle')}
        description={table.data ? t('benchmarks.tableVersion', { version: table.data.tableVersion }) : undefined}
        query={table}
        isEmpty={entries.length === 0}
        emptyState={<p className="muted">{t('benchmarks.empty')}</p>}
        actions={
          canEdit && (
            <span className="benchmarks-page__actions">
              <button type="button" className="button" onClick={() => setEditing('new')}>
                {t('benchmarks.add')}
              </button>
              <button type="button" className="button" disabled={reset.isPending} onClick={() => window.confirm(t('benchmarks.resetConfirm')) && reset.mutate()}>
                {t('benchmarks.reset')}
              </button>
            </span>
          )
        }
      >
        {editing && <BenchmarkForm key={editing === 'new' ? 'new' : editing.id} entry={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
        <DataTable rows={entries} columns={columns} rowKey={(entry) => entry.id} caption={t('benchmarks.tableTitle')} />
      </ChartFrame>
    </div>
  );
}
