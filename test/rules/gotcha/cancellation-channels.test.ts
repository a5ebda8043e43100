import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/gotcha/cancellation-channels.ts';
import { treeReport } from '../../helpers/tree-check.ts';

const plan = 'pricing/plans/fiber-300.yaml';
const channels = (signup: string, cancel: string) =>
  treeReport(rule, (tree) => {
    tree.replace(plan, 'signup: [online, phone, store]', `signup: [${signup}]`);
    tree.replace(plan, 'channels: [online, phone, chat, email, store]', `channels: [${cancel}]`);
  });

describe('gotcha/cancellation-channels', () => {
  it('accepts plans that can be cancelled every way they can be bought', async () => {
    expect(await channels('online, phone', 'online, phone')).toEqual([]);
    expect(await channels('online', 'online, phone, chat')).toEqual([]);
    expect(await channels('store', 'store, online')).toEqual([]);
  });
  it('refuses a plan sold online but cancelled only by phone or in a shop, at its channels', async () => {
    expect(await channels('online, phone, store', 'phone, store')).toEqual([
      { at: `${plan}:17:3`, message: expect.stringContaining('sign up online, but') },
    ]);
    expect(await channels('online, phone, store', 'chat')).toEqual([
      { at: `${plan}:17:3`, message: expect.stringContaining('online, by phone, or in our shop') },
    ]);
  });
});
