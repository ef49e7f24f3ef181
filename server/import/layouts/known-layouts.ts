import { amazonAllOrders } from './amazon.ts';
import type { Layout } from './layout.ts';
import { mercadoLibreSales } from './mercado-libre.ts';
import { shopifyOrders } from './shopify.ts';
import { tiendanubeSales } from './tiendanube.ts';
import { tiktokShopOrders } from './tiktok-shop.ts';
import { woocommerceOrders } from './woocommerce.ts';

/** The exports recognised by their header. Anything else is read through the synonym dictionary. */
export const knownLayouts: readonly Layout[] = [shopifyOrders, tiendanubeSales, woocommerceOrders, mercadoLibreSales, amazonAllOrders, tiktokShopOrders];
