import type { ReactNode } from 'react';

/**
 * Holds back a part of the page (and the questions it asks the server) until the parts above it
 * have their answers: on two cores, a dozen queries for what is below the fold would otherwise
 * queue in front of the first chart's.
 */
export function DeferredSection({ ready, minHeight, children }: { ready: boolean; minHeight: number; children: ReactNode }) {
  if (ready) return children;
  return <div className="deferred-section" style={{ minHeight }} aria-hidden="true" />;
}
