/**
 * The status record's other forms, in the run's one build of the sample
 * content: each day's page where the bars link, the developers' page, and
 * the feeds and calendar, read with parsers nobody here wrote (ical.js for
 * iCalendar, JSON.parse and the DOM for the rest).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { statusLabel } from '../../src/domain/status/component-status.ts';
import type { ComponentStatus } from '../../src/schemas/component.ts';
import { statuspageDocuments } from '../../src/schemas/statuspage-v2.ts';
import type { BuildResult } from '../helpers/astro-build.ts';
import { projectRoot } from '../helpers/content-tree.ts';
import { builtSampleSite } from '../helpers/sample-site.ts';

const content = join(projectRoot, 'content');
const maintenanceFiles = readdirSync(join(content, 'status/maintenance')).filter((name) => name.endsWith('.md'));
const frontMatterOf = (file: string) =>
  parse(readFileSync(file, 'utf8').split('---\n')[1] ?? '') as { scheduledStart: string; scheduledEnd: string };
const componentIds = (
  parse(readFileSync(join(content, 'status/components.yaml'), 'utf8')) as {
    groups: Array<{ components: Array<{ id: string }> }>;
  }
).groups.flatMap((group) => group.components.map((component) => component.id));

describe('the status record, page by page and feed by feed', () => {
  let build: BuildResult;
  const file = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  const documentOf = (path: string) => new JSDOM(file(path)).window.document;

  beforeAll(async () => {
    build = await builtSampleSite();
  });

  it("links every bar of a day with a problem to that day's page, which names the component's worst state", () => {
    const status = documentOf('status/index.html');
    const bars = [...status.querySelectorAll('.status-bars .bar')];
    const troubled = bars.filter((bar) => !bar.classList.contains('bar-operational'));
    expect(troubled.length).toBeGreaterThan(0);
    for (const bar of troubled) {
      const link = bar.querySelector('a');
      expect(link, bar.textContent ?? '').not.toBeNull();
      const href = link!.getAttribute('href') ?? '';
      expect(href).toMatch(/^\/status\/days\/\d{4}-\d{2}-\d{2}\/$/);
      const page = join(href.slice(1), 'index.html');
      expect(existsSync(join(build.outDir, page)), href).toBe(true);
      const component = (bar.closest('ol')?.getAttribute('aria-label') ?? '').replace(/, last \d+ days$/, '');
      const worst = [...bar.classList].find((name) => name.startsWith('bar-'))?.slice(4) as ComponentStatus;
      const row = [...documentOf(page).querySelectorAll('li[data-component]')].find(
        (candidate) => candidate.querySelector('a')?.textContent?.trim() === component,
      );
      expect(row?.textContent, `${component} on ${href}`).toContain(statusLabel[worst]);
    }
    // A day without a problem is not a link: nothing to follow.
    expect(bars.filter((bar) => bar.classList.contains('bar-operational') && bar.querySelector('a'))).toEqual([]);
  });

  it("lists on a day's page the incidents under way that day, linked", () => {
    const days = readdirSync(join(build.outDir, 'status/days'));
    expect(days.length).toBeGreaterThan(0);
    const page = documentOf(`status/days/${days[0]}/index.html`);
    const incidents = [...page.querySelectorAll('a[href^="/status/incidents/"]')];
    const maintenance = [...page.querySelectorAll('a[href^="/status/maintenance/"]')];
    expect(incidents.length + maintenance.length).toBeGreaterThan(0);
    expect(page.querySelector('h1')?.textContent).toMatch(/^Service on \w+ \d+, \d{4}$/);
  });

  it('gives developers every API document and every component badge', () => {
    const page = documentOf('status/developers/index.html');
    const links = new Set([...page.querySelectorAll('a')].map((link) => link.getAttribute('href')));
    for (const path of Object.keys(statuspageDocuments)) expect(links).toContain(`/api/v2/${path}`);
    for (const id of componentIds) expect(links).toContain(`/status/badges/${id}.svg`);
    expect(page.querySelector('#widget ~ pre')?.textContent).toContain(
      '<statuspage-widget src="https://harborfiber.example"></statuspage-widget>',
    );
  });

  it('publishes the same items as Atom and as JSON Feed', () => {
    const feed = JSON.parse(file('status/feed.json')) as {
      version: string;
      feed_url: string;
      items: Array<{ id: string; title: string }>;
    };
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(feed.feed_url).toBe('https://harborfiber.example/status/feed.json');
    const atom = new JSDOM(file('status/feed.xml'), { contentType: 'application/xml' }).window.document;
    const entries = [...atom.querySelectorAll('entry')].map((entry) => ({
      id: entry.querySelector('id')?.textContent,
      title: entry.querySelector('title')?.textContent,
    }));
    expect(entries.length).toBeGreaterThan(0);
    expect(feed.items.map((item) => ({ id: item.id, title: item.title }))).toEqual(entries);
  });

  it('publishes every maintenance window as an event that a calendar parser reads', () => {
    const calendar = new ICAL.Component(ICAL.parse(file('status/maintenance.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid).sort()).toEqual(
      maintenanceFiles.map((name) => `${name.replace(/\.md$/, '')}@harborfiber.example`).sort(),
    );
    for (const event of events) {
      const written = frontMatterOf(join(content, 'status/maintenance', event.uid.replace(/@.*/, '.md')));
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(written.scheduledStart).toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(new Date(written.scheduledEnd).toISOString());
      expect(event.description).toContain('Affects: ');
    }
  });
});

describe('numbers a paper takes from the status record', () => {
  it('count the incident files of the period and show uptime as the status page does', async () => {
    const { outDir } = await builtSampleSite();
    const paper = new JSDOM(readFileSync(join(outDir, 'papers/our-year-in-outages/index.html'), 'utf8')).window
      .document;
    const inPeriod = readdirSync(join(content, 'status/incidents')).filter((name) => {
      const day = name.slice(0, 10);
      return day >= '2026-08-01' && day <= '2026-11-30';
    });
    const [count] = [...paper.querySelectorAll('data.count')];
    expect(count?.getAttribute('value')).toBe(String(inPeriod.length));
    const uptimes = [...paper.querySelectorAll('data.uptime')];
    expect(uptimes.length).toBe(2);
    for (const uptime of uptimes) {
      const value = Number(uptime.getAttribute('value'));
      expect(value).toBeGreaterThan(0.99);
      expect(value).toBeLessThan(1);
      expect(uptime.textContent).toBe(`${(Math.floor(value * 10_000) / 100).toFixed(2)}%`);
    }
  });
});
