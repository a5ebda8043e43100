/**
 * The pages customers come to act on, in the run's one build of the sample
 * content: how to reach a person, and every way to cancel each plan, both
 * computed from site.yaml and the plans, never typed twice.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { JSDOM } from 'jsdom';
import { describeChannels } from '../../src/domain/channels.ts';
import type { BuildResult } from '../helpers/astro-build.ts';
import { projectRoot } from '../helpers/content-tree.ts';
import { sampleSite } from '../helpers/sample-site.ts';

const content = join(projectRoot, 'content');
const site = parse(readFileSync(join(content, 'site.yaml'), 'utf8')) as {
  locale: string;
  support: Array<{ channel: string; label: string; contact: string; hours: string }>;
  links: { account: string; signUp: string; availability: string };
};
const plans = readdirSync(join(content, 'pricing/plans'))
  .filter((name) => name.endsWith('.yaml'))
  .map(
    (name) =>
      parse(readFileSync(join(content, 'pricing/plans', name), 'utf8')) as {
        name: string;
        cancellation: { channels: Array<'online' | 'phone' | 'chat' | 'email' | 'store' | 'mail'>; howTo: string };
      },
  );
/** What a reader sees of a page: its text, as the DOM gives it. */
const text = (html: string) => (new JSDOM(html).window.document.body.textContent ?? '').replace(/\s+/g, ' ');

describe('the contact and cancellation pages', () => {
  let build: BuildResult;
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    build = await sampleSite();
  });

  it('list every support channel with its hours, a phone as tel: and an email as mailto:', () => {
    const html = page('contact');
    for (const support of site.support) {
      expect(text(html)).toContain(support.label);
      expect(text(html)).toContain(support.hours);
    }
    const phone = site.support.find((s) => s.channel === 'phone');
    const email = site.support.find((s) => s.channel === 'email');
    expect(html).toContain(`href="tel:${phone?.contact.replace(/[^\d+]/g, '')}"`);
    expect(html).toContain(`href="mailto:${email?.contact}"`);
    for (const link of Object.values(site.links)) expect(html).toContain(`href="${link}"`);
  });

  it('show every plan with the ways its own data lets it be cancelled, and link the account', () => {
    const html = page('cancel');
    const shown = text(html);
    expect(plans.length).toBeGreaterThan(1);
    for (const plan of plans) {
      expect(shown).toContain(plan.name);
      expect(shown).toContain(`Cancel ${describeChannels(plan.cancellation.channels, site.locale)}.`);
    }
    expect(html).toContain(`href="${site.links.account}"`);
    const ways = new Set(plans.flatMap((plan) => plan.cancellation.channels));
    expect(html.match(/<li class="card">/g)?.length).toBe(ways.size);
  });

  it("put checking an address and ordering on every plan's page, as links from site.yaml", () => {
    const planFiles = readdirSync(join(content, 'pricing/plans')).filter((name) => name.endsWith('.yaml'));
    for (const name of planFiles) {
      const document = new JSDOM(page(`pricing/${name.replace(/\.yaml$/, '')}`)).window.document;
      const actions = [...document.querySelectorAll('.actions a')].map((link) => [
        link.getAttribute('href'),
        link.textContent?.trim(),
      ]);
      expect(actions[0], name).toEqual([site.links.availability, 'Check your address']);
      expect(actions[1]?.[0], name).toBe(site.links.signUp);
      expect(actions[1]?.[1], name).toMatch(/^Order /);
    }
  });

  it('are linked from the footer of every page', () => {
    for (const path of ['', 'pricing', 'status', 'policies']) {
      expect(page(path)).toContain('href="/contact/"');
      expect(page(path)).toContain('href="/cancel/"');
    }
  });
});
