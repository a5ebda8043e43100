/**
 * `/api/pricing.json`: every plan and fee with computed prices, for
 * comparison sites and tools. The shape is `PricingApiSchema` (version 1),
 * published beside it as JSON Schema.
 */
import type { APIRoute } from 'astro';
import { getSite, today } from '../../data/collections.ts';
import { getPricing } from '../../data/pricing.ts';
import { pricingDocument } from '../../domain/pricing/pricing-document.ts';
import { PricingApiSchema } from '../../schemas/pricing-api.ts';

export const GET: APIRoute = async () => {
  const [site, { plans, fees }] = await Promise.all([getSite(), getPricing()]);
  // Parsing our own output keeps the published document and its schema from drifting apart.
  const document = PricingApiSchema.parse(pricingDocument(site, plans, fees, today));
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
