/**
 * `/api/v2/*.json`: the status record in Atlassian Statuspage's v2 format,
 * one file per endpoint (summary, status, components, incidents, unresolved
 * incidents, scheduled maintenances: all, upcoming, active). Each document
 * is parsed with its schema before it is written.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStatuspageApi } from '../../../data/status-record.ts';
import { statuspageDocuments, type StatuspageDocumentPath } from '../../../schemas/statuspage-v2.ts';

export const getStaticPaths = (() =>
  (Object.keys(statuspageDocuments) as StatuspageDocumentPath[]).map((path) => ({
    params: { document: path },
    props: { path },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const path = (props as { path: StatuspageDocumentPath }).path;
  const document = statuspageDocuments[path].parse((await getStatuspageApi())[path]);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
