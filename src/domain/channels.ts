import type { Channel } from '../schemas/site.ts';

/** How each channel reads after "Cancel" or "Sign up". */
const channelPhrase: Record<Channel, string> = {
  online: 'online',
  phone: 'by phone',
  chat: 'by chat',
  email: 'by email',
  store: 'in our shop',
  mail: 'by post',
};

/** How each channel reads as a heading, on the page of ways to cancel. */
export const channelHeading: Record<Channel, string> = {
  online: 'Online, in your account',
  chat: 'By chat',
  phone: 'By phone',
  email: 'By email',
  store: 'In our shop',
  mail: 'By post',
};

/** Lists channels as a phrase, such as "online, by phone or in our shop". */
export function describeChannels(channels: readonly Channel[], locale = 'en'): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(channels.map((channel) => channelPhrase[channel]));
}

/**
 * The signup channels a plan's cancellation channels leave out. Cancelling
 * must be at least as easy as signing up: every way in is a way out.
 */
export function cancellationChannelsMissing(signup: readonly Channel[], cancellation: readonly Channel[]): Channel[] {
  return signup.filter((channel) => !cancellation.includes(channel));
}
