/**
 * How customers reach the company and leave it: a link for every support
 * channel that has one, and every way to cancel each plan, computed from the
 * plans' own cancellation channels so that the page can never promise a way
 * the plan data does not.
 */
import type { Channel } from '../schemas/site.ts';

export interface SupportChannel {
  channel: Channel;
  label: string;
  contact: string;
  hours: string;
}

/** The links site.yaml may give: signing in, ordering, checking an address. */
export interface SiteLinks {
  account?: string | undefined;
  signUp?: string | undefined;
  availability?: string | undefined;
}

/** The order channels are listed in: the quickest first. */
export const channelOrder: readonly Channel[] = ['online', 'chat', 'phone', 'email', 'store', 'mail'];

/** A `tel:` address for a phone number as people write it: "+1 555 0100" is tel:+15550100. */
export function telHref(number: string): string | undefined {
  const digits = number.replace(/[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** Where a support channel's contact leads, if anywhere: a call, an email, the account. */
export function contactHref(support: SupportChannel, links: SiteLinks = {}): string | undefined {
  switch (support.channel) {
    case 'phone':
      return telHref(support.contact);
    case 'email':
      return /^[^\s@]+@[^\s@]+$/.test(support.contact) ? `mailto:${support.contact}` : undefined;
    case 'online':
    case 'chat':
      return /^(\/|https:\/\/)/.test(support.contact) ? support.contact : links.account;
    default:
      return undefined;
  }
}

export interface WayToCancel {
  channel: Channel;
  /** The names of the plans that can be cancelled this way, in the order given. */
  plans: string[];
  /** The support channel that answers this way, with its contact and hours, if site.yaml lists one. */
  support: SupportChannel | undefined;
}

/** Every way to cancel, each with the plans it ends, from the plans' cancellation channels. */
export function waysToCancel(
  plans: ReadonlyArray<{ name: string; channels: readonly Channel[] }>,
  support: readonly SupportChannel[],
): WayToCancel[] {
  return channelOrder
    .map((channel) => ({
      channel,
      plans: plans.filter((plan) => plan.channels.includes(channel)).map((plan) => plan.name),
      support: support.find((entry) => entry.channel === channel),
    }))
    .filter((way) => way.plans.length > 0);
}
