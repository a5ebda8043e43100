/**
 * Plainsight's /api/v2/ read by Statuspage clients nobody here wrote, from
 * npm: Atlassian's own <statuspage-widget> (run in jsdom) and the
 * statuspage.io client library, against a real build served on localhost.
 * The content has an incident open at the build's "now", so that the
 * answers differ from the all-clear a broken client would also show.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { Statuspage } from 'statuspage.io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newIncidentText } from '../../src/domain/status/incident-file.ts';
import { statuspageId } from '../../src/domain/status/statuspage.ts';
import { astroBuild, fixedEpoch, type BuildResult } from '../helpers/astro-build.ts';
import { ContentTree } from '../helpers/content-tree.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const now = Number(fixedEpoch) * 1000;
const widgetScript = readFileSync(
  createRequire(import.meta.url).resolve('@statuspage/status-widget/dist/index.js'),
  'utf8',
);

describe('Statuspage clients reading /api/v2/', () => {
  let tree: ContentTree;
  let build: BuildResult;
  let server: StaticServer;

  beforeAll(async () => {
    tree = new ContentTree();
    // Opened 40 minutes before the build's "now": DNS in a major outage.
    tree.write(
      'status/incidents/2026-11-21-dns-down.md',
      newIncidentText('Websites do not load for some customers', 'critical', {
        at: new Date(now - 40 * 60_000),
        status: 'identified',
        message: 'A faulty update on our name servers. We are rolling it back.',
        components: [{ id: 'dns', status: 'major_outage' }],
      }),
    );
    build = await astroBuild({ contentDir: tree.dir });
    if (build.status !== 0) throw new Error(build.output);
    server = await serveStatic(build.outDir);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(build.outDir, { recursive: true, force: true });
    tree.dispose();
  });

  it("Atlassian's status widget shows the derived description and indicator", async () => {
    const dom = new JSDOM(
      `<!doctype html><body><statuspage-widget src="${server.url}"></statuspage-widget>` +
        `<statuspage-widget src="${server.url}" appearance="badge"></statuspage-widget></body>`,
      {
        url: server.url,
        runScripts: 'outside-only',
        pretendToBeVisual: true,
      },
    );
    try {
      dom.window.eval(widgetScript);
      const widgets = [...dom.window.document.querySelectorAll('statuspage-widget')];
      const rendered = async () => {
        for (let tries = 0; tries < 100; tries += 1) {
          if (widgets.every((widget) => widget.shadowRoot?.querySelector('.status-indicator.critical'))) return;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      await rendered();
      const [basic, badge] = widgets.map((widget) => widget.shadowRoot);
      expect(basic?.querySelector('.status-indicator')?.className).toBe('status-indicator critical');
      expect(basic?.querySelector('.status-text')?.textContent?.trim()).toBe('Major outage');
      expect(badge?.querySelector('.status-indicator.critical')?.textContent?.trim()).toBe('Major outage');
    } finally {
      dom.window.close();
    }
  });

  it('the statuspage.io client parses the summary, components, incidents and unresolved incidents', async () => {
    const client = new Statuspage('plainsight');
    client.setApiUrl(server.url);
    const summary = await client.api.getSummary();
    expect(summary.status).toEqual({ indicator: 'critical', description: 'Major outage' });
    expect(summary.page.url).toBe('https://harborfiber.example/status/');
    expect(summary.incidents.map((incident) => incident.name)).toEqual(['Websites do not load for some customers']);

    const { components } = await client.api.getComponents();
    const dns = components.find((component) => component.id === statuspageId('component', 'dns'));
    expect(dns?.status).toBe('major_outage');
    expect(
      components
        .filter((component) => component.status !== 'operational')
        .map((component) => component.name)
        .sort(),
    ).toEqual(['Home internet', 'Name lookups (DNS)']);

    const all = await client.api.incidents.getAll();
    expect(all.incidents.length).toBe(12);
    expect(all.incidents[0]).toMatchObject({
      name: 'Websites do not load for some customers',
      status: 'identified',
      impact: 'critical',
    });
    const unresolved = await client.api.incidents.getUnresolved();
    expect(unresolved.incidents.map((incident) => incident.status)).toEqual(['identified']);
    expect(unresolved.incidents[0]?.incident_updates[0]?.body).toBe(
      'A faulty update on our name servers. We are rolling it back.',
    );

    const maintenances = await client.api.scheduledMaintenances.getUpcoming();
    expect(maintenances.scheduled_maintenances.map((m) => m.name)).toEqual(['Online account offline for an upgrade']);
  });

  it('the status page and its badge say the same as the API', () => {
    const html = readFileSync(`${build.outDir}/status/index.html`, 'utf8');
    const banner = new JSDOM(html).window.document.querySelector('.status-banner strong');
    expect(banner?.textContent).toBe('Major outage.');
    expect(readFileSync(`${build.outDir}/status/badge.svg`, 'utf8')).toContain(
      '<title id="badge-title">Harbor Fiber status: Major outage</title>',
    );
    expect(readFileSync(`${build.outDir}/status/badges/dns.svg`, 'utf8')).toContain(
      '<title id="badge-title">Name lookups (DNS): Major outage</title>',
    );
  });

  it('the status page opens with the open incident: its impact, components, age and latest update', () => {
    const page = new JSDOM(readFileSync(`${build.outDir}/status/index.html`, 'utf8')).window.document;
    const card = page.querySelector('#active-heading ~ .incident-card');
    const text = (card?.textContent ?? '').replace(/\s+/g, ' ');
    expect(card?.querySelector('h3 a')?.getAttribute('href')).toBe('/status/incidents/2026-11-21-dns-down/');
    const facts = Object.fromEntries(
      [...(card?.querySelectorAll('dt') ?? [])].map((term) => [
        term.textContent,
        (term.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ]),
    );
    expect(facts['Impact']).toBe('Critical');
    expect(facts['Started']).toMatch(/, open for 40 min$/);
    expect(facts['Affects']).toContain('Name lookups (DNS): Major outage');
    expect(text).toContain('Identified (');
    expect(text).toContain('A faulty update on our name servers. We are rolling it back.');
    // It comes before the components, the first thing after the headline.
    const headings = [...page.querySelectorAll('h2')].map((heading) => heading.id);
    expect(headings.slice(0, 2)).toEqual(['active-heading', 'maintenance-heading']);
  });
});
