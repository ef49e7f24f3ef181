import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionGate } from '../features/session/SessionGate.tsx';
import { AppShell } from './AppShell.tsx';
import { FormatProvider } from './FormatProvider.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { pages } from './pages.ts';
import { queryClient } from './query-client.ts';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      {/* Outside everything that asks for data: in team mode nothing is asked before signing in. */}
      <SessionGate>
        <FormatProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<AppShell />}>
                {pages.map(({ path, component: Page }) => (
                  <Route key={path} path={path} element={<Page />} />
                ))}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </FormatProvider>
      </SessionGate>
    </QueryClientProvider>
  );
}
