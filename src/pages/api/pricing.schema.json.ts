/** `/api/pricing.schema.json`: the JSON Schema of `/api/pricing.json`, generated from the zod schema that checks it. */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { getSite } from '../../data/collections.ts';
import { PricingApiSchema } from '../../schemas/pricing-api.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const schema = {
    ...z.toJSONSchema(PricingApiSchema),
    $id: new URL('/api/pricing.schema.json', site.url).href,
    title: `${site.name} pricing API, version 1`,
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
