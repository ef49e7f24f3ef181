import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { parseResponse, type InferRequestType, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';

const benchmarksRoute = apiClient.api.benchmarks;

export type BenchmarkTable = InferResponseType<typeof benchmarksRoute.$get, 200>;
export type Benchmark = BenchmarkTable['entries'][number];
export type BenchmarkFields = InferRequestType<typeof benchmarksRoute.$post>['json'];
export type MercadoLibreClaims = InferResponseType<(typeof benchmarksRoute)['mercado-libre']['$get'], 200>;

const benchmarksKey = ['benchmarks'] as const;

/** The outside benchmarks in use: the published table with this installation's edits. */
export function useBenchmarks() {
  return useQuery({ queryKey: [...benchmarksKey, 'table'], queryFn: () => parseResponse(benchmarksRoute.$get()), staleTime: 5 * 60_000 });
}

/** The Mercado Libre claim rate of the last 60 days of the data, for the country chosen (none: the data's own). */
export function useMercadoLibreClaims(country: string | null) {
  return useQuery({
    queryKey: [...benchmarksKey, 'mercado-libre', country],
    queryFn: () => parseResponse(benchmarksRoute['mercado-libre'].$get({ query: country ? { country } : {} })),
  });
}

/** Every change refreshes the table and the claim rate, whose threshold comes from the table. */
function useBenchmarkMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: benchmarksKey }) });
}

/** Saves an entry: the user's version of an existing one (id), or a new one. */
export function useSaveBenchmark() {
  return useBenchmarkMutation(({ id, fields }: { id: string | null; fields: BenchmarkFields }) =>
    id ? parseResponse(benchmarksRoute[':id'].$put({ param: { id }, json: fields })) : parseResponse(benchmarksRoute.$post({ json: fields })),
  );
}

/** Drops the user's version of an entry: an added one goes, an edited one is the published one again. */
export function useDropBenchmark() {
  return useBenchmarkMutation((id: string) => parseResponse(benchmarksRoute[':id'].$delete({ param: { id } })));
}

/** Back to the published table. */
export function useResetBenchmarks() {
  return useBenchmarkMutation(() => parseResponse(benchmarksRoute.reset.$post()));
}
