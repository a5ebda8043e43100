/**
 * A synthetic content tree for the scale benchmark (`npm run bench`): the
 * sample content, plus `entries` generated entries in a realistic mix, the
 * same for the same seed. Every generated file must pass every rule, so
 * that the benchmark measures a build that succeeds, as a large company's
 * would.
 *
 * The mix, by share of entries: incidents with two to four updates (half
 * with a postmortem) 65 %, papers with headings and footnotes 20 %, policy
 * versions (policies of two versions each) 10 %, plans 5 %. Text comes from
 * templates of short plain sentences, with numbers in about a third of them
 * and fees and prices named through the components editors use.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast generator with a seed (mulberry32): the same seed gives the same tree. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one of `items` at random. */
const picker =
  (random: () => number) =>
  <T>(items: readonly T[]): T =>
    items[Math.floor(random() * items.length)] as T;

export interface SyntheticCounts {
  incidents: number;
  papers: number;
  policyVersions: number;
  plans: number;
}

/** How `entries` split into kinds; the parts always add up to `entries`. */
export function syntheticCounts(entries: number): SyntheticCounts {
  const plans = Math.floor(entries * 0.05);
  const policyVersions = 2 * Math.floor((entries * 0.1) / 2);
  const papers = Math.floor(entries * 0.2);
  return { plans, policyVersions, papers, incidents: entries - plans - policyVersions - papers };
}

const places = [
  'North Bayside',
  'Harbor Road',
  'Marsh Lane',
  'the Old Town',
  'Ridge Road',
  'South Point',
  'the Mill District',
  'Cedar Hill',
];
const components = ['fiber-north', 'fiber-south', 'dns', 'home-phone', 'account-portal', 'support-lines'] as const;
const authors = ['maya-okafor', 'daniel-reyes', 'priya-natarajan'];
const tags = ['pricing', 'fees', 'cancellation', 'reliability', 'status'];
const incidentTitles = [
  'Slow internet in {place}',
  'No internet in parts of {place}',
  'Calls dropping for customers in {place}',
  'The account portal is slow to load',
  'Long waits on the support line',
  'Websites slow to open for some customers',
];
const updateMessages = [
  [
    'Some customers in {place} told us their service stopped at {hour}. We are finding out why.',
    'About {count} homes are affected. We are looking into it.',
  ],
  [
    'We found the cause: a faulty card in one of our switches. A technician is on the way.',
    'A power cut at our {place} cabinet took it offline. The battery ran out after {minutes} minutes.',
  ],
  [
    'The fix is in place and service is coming back. We are watching it closely.',
    'Most homes are back online. If you are still offline, restart your router.',
  ],
  [
    'Every affected home is back online. Customers who were offline get a credit on their next bill automatically.',
    'Service is back to normal for everyone. Thank you for your patience.',
  ],
];
const sentences = [
  'We look after about {count} homes in {place}.',
  'The repair took {minutes} minutes from the first call to the last home back online.',
  'Our team checks every cabinet in {place} twice a year.',
  'We write down what went wrong, and we share it here.',
  'A second cable into {place} means one cut cannot take down a whole street.',
  'Most homes were back online within {hours} hours.',
  'We tell you before we change anything you pay for.',
  'You can cancel online with one button, at any time you choose.',
  'The price on our pricing page is the price on your bill.',
  'Installation costs <Fee id="installation" />, and we tell you before you order.',
  'Fiber 300 costs <Price plan="fiber-300" /> a month, with no fees added at checkout.',
  'We answered {count} calls that week, and most waited less than {minutes} minutes.',
  'A router from us is optional: you may use your own.',
  'We publish every incident, even the small ones.',
  'Credits for outages reach your bill on their own; you do not have to ask.',
  'We keep spare parts for every cabinet in {place}.',
  'In {year} we replaced {count} metres of old cable.',
  'Plain words take longer to write, and they are worth it.',
];

const plainSentences = sentences.filter((sentence) => !sentence.includes('<'));

function fill(template: string, random: () => number): string {
  const pick = picker(random);
  return template
    .replaceAll('{place}', () => pick(places))
    .replaceAll('{count}', () => (100 + Math.floor(random() * 2900)).toLocaleString('en'))
    .replaceAll('{minutes}', () => String(10 + Math.floor(random() * 80)))
    .replaceAll('{hours}', () => String(2 + Math.floor(random() * 6)))
    .replaceAll(
      '{hour}',
      () => `${1 + Math.floor(random() * 11)}:${String(Math.floor(random() * 6) * 10).padStart(2, '0')} am`,
    )
    .replaceAll('{year}', () => String(2019 + Math.floor(random() * 7)));
}

/**
 * `count` sentences; `components` false leaves out those that name a fee or price through a component
 * (Markdown files and front matter cannot hold one).
 */
function paragraph(random: () => number, count: number, components = true): string {
  const pick = picker(random);
  return Array.from({ length: count }, () => fill(pick(components ? sentences : plainSentences), random)).join(' ');
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

function incident(index: number, random: () => number): string {
  const pick = picker(random);
  // Spread backwards from November 2026, about one every nine hours.
  let at = Date.UTC(2026, 10, 15) - index * 9 * 3600_000 - Math.floor(random() * 3600_000);
  const component = pick(components);
  const impact = pick(['minor', 'major', 'minor', 'none'] as const);
  const stages = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
  const used = random() < 0.5 ? [0, 3] : random() < 0.5 ? [0, 1, 3] : [0, 1, 2, 3];
  const updates = used.map((stage) => {
    at += (20 + Math.floor(random() * 90)) * 60_000;
    const status = stage === 3 ? 'operational' : impact === 'major' ? 'major_outage' : 'degraded_performance';
    return [
      `  - at: ${isoTime(at)}`,
      `    status: ${stages[stage]}`,
      `    message: ${JSON.stringify(fill(pick(updateMessages[stage] as string[]), random))}`,
      '    components:',
      `      - { id: ${component}, status: ${status} }`,
    ].join('\n');
  });
  const front = [
    '---',
    `title: ${JSON.stringify(fill(pick(incidentTitles), random))}`,
    `impact: ${impact}`,
    'updates:',
    ...updates,
    '---',
    '',
  ].join('\n');
  // A major incident always gets a postmortem, as the check asks.
  if (impact !== 'major' && random() < 0.5) return front;
  return (
    `${front}\n## What happened\n\n${paragraph(random, 4, false)}\n\n## What we are changing\n\n` +
    `- ${paragraph(random, 1, false)}\n- ${paragraph(random, 1, false)}\n\n${paragraph(random, 3, false)}\n`
  );
}

function paper(index: number, random: () => number): string {
  const pick = picker(random);
  const published = isoDay(Date.UTC(2026, 9, 1) - (index * 86_400_000) / 4);
  const sections = Array.from(
    { length: 3 + Math.floor(random() * 3) },
    (_, n) =>
      '## ' +
      fill(
        pick([
          'How we look after {place}',
          'What we learned in {year}',
          'Why we do it this way',
          'What it costs',
          'What comes next',
        ]),
        random,
      ) +
      ` (${n + 1})\n\n${paragraph(random, 5)}\n\n${paragraph(random, 4)}`,
  );
  return [
    '---',
    `title: Notes from ${fill('{place}', random)}, number ${index + 1}`,
    `summary: ${JSON.stringify(paragraph(random, 1, false))}`,
    `authors: [${pick(authors)}]`,
    `published: ${published}`,
    `tags: [${pick(tags)}]`,
    '---',
    '',
    `${paragraph(random, 3)}[^source]`,
    '',
    sections.join('\n\n'),
    '',
    `[^source]: ${paragraph(random, 1, false)}`,
    '',
  ].join('\n');
}

/**
 * Writes the sample content from `sampleDir`, plus `entries` generated
 * entries, into `outDir`, and returns how many of each kind it wrote.
 */
export function writeSyntheticContent(sampleDir: string, outDir: string, entries: number, seed = 1): SyntheticCounts {
  const random = seededRandom(seed);
  const counts = syntheticCounts(entries);
  cpSync(sampleDir, outDir, { recursive: true });
  for (let i = 0; i < counts.incidents; i += 1)
    writeFileSync(join(outDir, 'status/incidents', `generated-${i + 1}.md`), incident(i, random));
  for (let i = 0; i < counts.papers; i += 1)
    writeFileSync(join(outDir, 'papers', `generated-${i + 1}.mdx`), paper(i, random));
  // Policies: copies of the sample's two-version policy under new names.
  const versions = ['2025-03-01.mdx', '2026-09-01.mdx'].map(
    (name) => [name, readFileSync(join(sampleDir, 'policies/terms-of-service', name), 'utf8')] as const,
  );
  for (let p = 0; p < counts.policyVersions / 2; p += 1) {
    const dir = join(outDir, 'policies', `regional-terms-${p + 1}`);
    mkdirSync(dir, { recursive: true });
    const region = `${places[p % places.length]} ${Math.floor(p / places.length) + 1}`;
    for (const [name, text] of versions)
      writeFileSync(join(dir, name), text.replace(/^title: .*$/m, `title: Terms of service for ${region}`));
  }
  // Plans: copies of the sample's plans, each with its own name and place in the order.
  const plans = ['fiber-300.yaml', 'fiber-1000.yaml'].map((name) =>
    readFileSync(join(sampleDir, 'pricing/plans', name), 'utf8'),
  );
  for (let i = 0; i < counts.plans; i += 1) {
    const text = (plans[i % plans.length] as string)
      .replace(/^name: (.*)$/m, `name: $1, offer ${i + 1}`)
      .replace(/^order: .*$/m, `order: ${100 + i}`);
    writeFileSync(join(outDir, 'pricing/plans', `offer-${i + 1}.yaml`), text);
  }
  return counts;
}
