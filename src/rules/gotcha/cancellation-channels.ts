import { cancellationChannelsMissing, describeChannels } from '../../domain/channels.ts';
import { isEntryOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'gotcha/cancellation-channels',
    severity: 'error',
    description: 'A plan can be cancelled every way it can be bought.',
    rationale:
      'Selling online and cancelling only by phone is the classic cancellation trap: ' +
      'the customer who joined in a minute must spend an hour leaving.',
    source:
      'US FTC Negative Option Rule ("click to cancel"), 16 CFR 425.6; ' +
      'California Automatic Renewal Law, Bus. & Prof. Code 17602(d)',
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
      entry(entry) {
        if (!isEntryOf(entry, 'plan')) return;
        const plan = entry.data;
        if (plan === undefined) return;
        const missing = cancellationChannelsMissing(plan.signup, plan.cancellation.channels);
        if (missing.length === 0) return;
        context.report({
          field: ['cancellation', 'channels'],
          part: 'key',
          messageId: 'found',
          data: { missing: describeChannels(missing) },
        });
      },
    };
  },
});
