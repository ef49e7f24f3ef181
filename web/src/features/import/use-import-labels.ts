import type { ParseKeys, TOptions } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rejectReasonKey } from './reject-reasons.ts';

const kindKeys = {
  orders: 'import.kinds.orders',
  returns: 'import.kinds.returns',
  combined: 'import.kinds.combined',
  auto: 'import.kinds.auto',
} as const satisfies Record<string, ParseKeys>;

const modeKeys = { append: 'import.modes.append', replace: 'import.modes.replace' } as const satisfies Record<string, ParseKeys>;

// Source ids the server reports for the exports it recognises (server/import/layouts and the
// generic matchers); a new one shows as its id until it is named here.
const sourceKeys = {
  canonical: 'import.sources.canonical',
  shopify: 'import.sources.shopify',
  tiendanube: 'import.sources.tiendanube',
  woocommerce: 'import.sources.woocommerce',
  mercadolibre: 'import.sources.mercadolibre',
  'returns-export': 'import.sources.returns-export',
  'combined-export': 'import.sources.combined-export',
  'generic-synonyms': 'import.sources.generic-synonyms',
  'sales-ledger': 'import.sources.sales-ledger',
} as const satisfies Record<string, ParseKeys>;

const delimiterKeys = {
  ',': 'import.format.delimiters.comma',
  ';': 'import.format.delimiters.semicolon',
  '\t': 'import.format.delimiters.tab',
  '|': 'import.format.delimiters.pipe',
} as const satisfies Record<string, ParseKeys>;

const decimalKeys = {
  '.': 'import.format.decimals.point',
  ',': 'import.format.decimals.comma',
  ' ': 'import.format.decimals.space',
  '\u00a0': 'import.format.decimals.space',
  "'": 'import.format.decimals.apostrophe',
} as const satisfies Record<string, ParseKeys>;

const fieldKeys = {
  order_id: 'import.fields.order_id',
  ordered_at: 'import.fields.ordered_at',
  customer_id: 'import.fields.customer_id',
  sku: 'import.fields.sku',
  product_name: 'import.fields.product_name',
  category: 'import.fields.category',
  variant: 'import.fields.variant',
  quantity: 'import.fields.quantity',
  unit_price: 'import.fields.unit_price',
  line_total: 'import.fields.line_total',
  line_discount: 'import.fields.line_discount',
  currency: 'import.fields.currency',
  channel: 'import.fields.channel',
  region: 'import.fields.region',
  country: 'import.fields.country',
  carrier: 'import.fields.carrier',
  delivered_at: 'import.fields.delivered_at',
  return_id: 'import.fields.return_id',
  reason_raw: 'import.fields.reason_raw',
  reason: 'import.fields.reason',
  requested_at: 'import.fields.requested_at',
  received_at: 'import.fields.received_at',
  resolved_at: 'import.fields.resolved_at',
  resolution: 'import.fields.resolution',
  amount: 'import.fields.amount',
  disposition: 'import.fields.disposition',
  recovered_value: 'import.fields.recovered_value',
  shipping_cost: 'import.fields.shipping_cost',
  return_flag: 'import.fields.return_flag',
  return_quantity: 'import.fields.return_quantity',
  return_carrier: 'import.fields.return_carrier',
  order_refund: 'import.fields.order_refund',
  document_type: 'import.fields.document_type',
  order_status: 'import.fields.order_status',
  cancelled_at: 'import.fields.cancelled_at',
  request_status: 'import.fields.request_status',
  status_at: 'import.fields.status_at',
  row: 'import.fields.row',
} as const satisfies Record<string, ParseKeys>;

function lookup(keys: Record<string, ParseKeys>, value: string): ParseKeys | null {
  return Object.hasOwn(keys, value) ? keys[value]! : null;
}

/**
 * The reader's words for the codes an import report speaks in (kinds, modes, canonical fields,
 * format parts, reject reasons). A code the app does not know yet is shown as the server sent it.
 */
export function useImportLabels() {
  const { t } = useTranslation();
  return useMemo(() => {
    const known = (keys: Record<string, ParseKeys>) => (value: string) => {
      const key = lookup(keys, value);
      return key ? t(key) : value;
    };
    return {
      kind: known(kindKeys),
      mode: known(modeKeys),
      field: known(fieldKeys),
      delimiter: known(delimiterKeys),
      decimal: known(decimalKeys),
      /** The app's name for a source it knows, else the server's own label, else the id. */
      source: (source: string, serverLabel?: string) =>
        Object.hasOwn(sourceKeys, source) ? t(sourceKeys[source as keyof typeof sourceKeys]) : serverLabel || source,
      dateFormat: (dateFormat: string) => (dateFormat === 'iso' ? t('import.format.dateIso') : dateFormat),
      encoding: (encoding: string) => (encoding === 'xlsx' ? t('import.format.workbook') : encoding.toUpperCase()),
      rejectReason: (reason: string) => {
        const known = rejectReasonKey(reason);
        return known ? String(t(known.key, known.values as TOptions)) : reason;
      },
    };
  }, [t]);
}
