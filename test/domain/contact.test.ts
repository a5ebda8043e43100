import { describe, expect, it } from 'vitest';
import { contactHref, telHref, waysToCancel } from '../../src/domain/contact.ts';

describe('contact links', () => {
  it('turns a phone number as people write it into a tel: address, and refuses what is not one', () => {
    expect(telHref('+1 555 0100')).toBe('tel:+15550100');
    expect(telHref('(555) 010-0199')).toBe('tel:5550100199');
    expect(telHref('call the shop')).toBeUndefined();
  });

  it('links a phone, an email and the account; a shop and a letter have no link', () => {
    const links = { account: 'https://example.com/account/' };
    expect(contactHref({ channel: 'phone', label: 'Call', contact: '+1 555 0100', hours: '' }, links)).toBe(
      'tel:+15550100',
    );
    expect(contactHref({ channel: 'email', label: 'Email', contact: 'help@example.com', hours: '' })).toBe(
      'mailto:help@example.com',
    );
    expect(contactHref({ channel: 'chat', label: 'Chat', contact: 'the chat button', hours: '' }, links)).toBe(
      'https://example.com/account/',
    );
    expect(contactHref({ channel: 'chat', label: 'Chat', contact: 'the chat button', hours: '' })).toBeUndefined();
    expect(contactHref({ channel: 'store', label: 'Shop', contact: '1 Main St', hours: '' })).toBeUndefined();
  });
});

describe('ways to cancel', () => {
  it('lists each channel a plan can be cancelled through, quickest first, with its plans and hours', () => {
    const support = [{ channel: 'phone' as const, label: 'Call us', contact: '+1 555 0100', hours: 'Every day' }];
    const ways = waysToCancel(
      [
        { name: 'Fiber 300', channels: ['phone', 'online'] },
        { name: 'Home Phone', channels: ['phone'] },
      ],
      support,
    );
    expect(ways).toEqual([
      { channel: 'online', plans: ['Fiber 300'], support: undefined },
      { channel: 'phone', plans: ['Fiber 300', 'Home Phone'], support: support[0] },
    ]);
  });
});
