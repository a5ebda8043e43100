/** `/status/badges/<component>.svg`: one component's status as a badge. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getComponents } from '../../../data/collections.ts';
import { getStatusSnapshot } from '../../../data/status-record.ts';
import { statusBadge } from '../../../domain/status/badge.ts';
import { statusLabel } from '../../../domain/status/component-status.ts';

export const getStaticPaths = (async () =>
  (await getComponents()).map((component) => ({
    params: { component: component.id },
    props: { id: component.id, name: component.name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { id, name } = props as { id: string; name: string };
  const status = (await getStatusSnapshot()).componentsById.get(id)?.status ?? 'operational';
  return new Response(statusBadge(name, statusLabel[status], status), { headers: { 'Content-Type': 'image/svg+xml' } });
};
