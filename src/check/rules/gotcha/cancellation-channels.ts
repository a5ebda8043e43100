import { cancellationChannelsMissing, describeChannels } from '../../../domain/channels.ts';
import type { Channel } from '../../../schemas/site.ts';
import { defineRule } from '../../rule.ts';

export default defineRule({
  meta: {
    id: 'gotcha/cancellation-channels',
    severity: 'error',
    description: 'A plan can be cancelled every way it can be bought.',
    rationale:
      'Selling online and cancelling only by phone is the classic cancellation trap: the customer who joined in a minute must spend an hour leaving.',
    source:
      'US FTC Negative Option Rule ("click to cancel"), 16 CFR 425.6; California Automatic Renewal Law, Bus. & Prof. Code 17602(d)',
    messages: {
      found:
        'Customers can sign up {{missing}}, but "cancellation.channels" does not let them cancel that way. Add it.',
    },
    appliesTo: ['pricing'],
    examples: {
      bad: 'signup: [online, phone]\ncancellation: { channels: [phone] }',
      good: 'signup: [online, phone]\ncancellation: { channels: [online, phone, chat] }',
    },
  },
  create(context) {
    return {
      document(document) {
        if (!/\/plans\/[^/]+\.ya?ml$/.test(document.path)) return;
        const data = document.data as { signup?: unknown; cancellation?: { channels?: unknown } } | undefined;
        const signup = data?.signup;
        const channels = data?.cancellation?.channels;
        if (!Array.isArray(signup) || !Array.isArray(channels)) return;
        const missing = cancellationChannelsMissing(signup as Channel[], channels as Channel[]);
        if (missing.length === 0) return;
        context.report({
          range: channelsRange(document.source),
          messageId: 'found',
          data: { missing: describeChannels(missing) },
        });
      },
    };
  },
});

/** The `channels:` line under `cancellation:`, or the `cancellation:` line itself. */
function channelsRange(source: string): { start: number; end: number } {
  const section = source.search(/^cancellation:/m);
  const at = section === -1 ? 0 : section;
  const channels = source.slice(at).search(/^\s+channels:/m);
  const start = channels === -1 ? at : at + channels + (source.slice(at + channels).match(/^\s*/)?.[0].length ?? 0);
  const end = source.indexOf('\n', start);
  return { start, end: end === -1 ? source.length : end };
}
