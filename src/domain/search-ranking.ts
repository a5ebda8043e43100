/**
 * How site search ranks pages, in one place: the weights pages give their
 * text (`data-pagefind-weight`), the weights of metadata matches (Pagefind's
 * `ranking.metaWeights`, set by src/scripts/search-page.ts), and the
 * `keywords` metadata: words a page answers to that its own text does not
 * use. Customers search for "phone", "cheapest" or "gigabit"; the contact
 * page says "Call us", and a plan's label says "940 Mbps". Every keyword is
 * worked out from the data the page shows, so none can claim more than the
 * page does.
 */
import type { Money } from '../schemas/money.ts';
import type { Channel } from '../schemas/site.ts';
import { speedText } from './pricing/broadband.ts';

/**
 * Metadata matches, against a match in a page's text. A title counts five
 * times (Pagefind's default); keywords ten times, because Pagefind scales a
 * metadata match by how rare the word is, and the words customers use for
 * the contact or status page ("phone", "internet") are on most pages.
 */
export const metaWeights = { title: 5, keywords: 10 } as const;

/**
 * The weight of a plan label's rows that read the same on every plan (fees
 * that apply only if something happens, taxes, cancelling, policies,
 * support): a quarter of the page's own facts, so that "late fee" or
 * "phone" finds the page about it before five plan pages.
 */
export const sharedFactsWeight = '0.25';

/**
 * The weight of an incident's or a maintenance's title, against 7 for a
 * page's main heading. Those pages are records of the past: their rare
 * words ("DNS", "North Bayside") still find them first, but for everyday
 * words ("phone", "internet") the pages about phones or the internet come
 * before an old incident.
 */
export const recordTitleWeight = '3';

/**
 * The weight of /transparency/'s promises. They sum up in a line or two what
 * the pricing, policy and status pages say in full ("no early-termination
 * fee", "cancel online"): at half weight, a search for those words finds the
 * pages that say it in full first.
 */
export const promiseTextWeight = '0.5';

/**
 * The status page's keywords: the words of someone whose service has
 * stopped, for the page that says whether anything is down right now.
 */
export const statusKeywords = 'outage, is the internet down, not working, problems right now';

/** What a customer calls each way of reaching us. */
const channelWords: Readonly<Record<Channel, string>> = {
  online: 'online account',
  phone: 'phone number',
  chat: 'live chat',
  email: 'email address',
  store: 'shop address',
  mail: 'postal address',
};

/**
 * The contact page's keywords: what each way of reaching us is called, and
 * "opening hours", which the page gives for every one. The page always has
 * the postal address.
 */
export function contactKeywords(channels: readonly Channel[]): string {
  const ways = [...new Set<Channel>([...channels, 'mail'])].map((channel) => channelWords[channel]);
  return `${ways.join(', ')}, opening hours`;
}

/** A plan as its keywords need it. */
export interface PlanFacts {
  name: string;
  /** The all-in price per period; plans are compared in the site's one currency. */
  allIn: Money;
  typicalDownloadMbps: number;
  typicalUploadMbps: number;
}

/** A speed with its unit in words: "940 megabits per second", "1.9 gigabits per second". */
function speedInWords(mbps: number, locale: string): string {
  return speedText(mbps, locale)
    .replace(/ Mbps$/, ' megabits per second')
    .replace(/ Gbps$/, ' gigabits per second');
}

/**
 * A plan page's keywords: its name with "Gig" said as "gigabit", its
 * typical speeds with their units in words, and whether it is the cheapest
 * plan (the lowest all-in price; plans that share it all are) or the
 * fastest (the highest typical download speed).
 */
export function planKeywords(plan: PlanFacts, plans: readonly PlanFacts[], locale: string): string {
  const words: string[] = [];
  const spokenName = plan.name.replace(/\bGig\b/g, 'gigabit');
  if (spokenName !== plan.name) words.push(spokenName);
  words.push(
    `${speedInWords(plan.typicalDownloadMbps, locale)} download`,
    `${speedInWords(plan.typicalUploadMbps, locale)} upload`,
  );
  if (plans.every((other) => plan.allIn.amount <= other.allIn.amount)) words.push('cheapest plan', 'lowest price');
  if (plans.every((other) => plan.typicalDownloadMbps >= other.typicalDownloadMbps)) words.push('fastest plan');
  return words.join(', ');
}
