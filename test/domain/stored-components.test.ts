import { describe, expect, it } from 'vitest';
import { storedComponents } from '../../src/domain/status/stored-components.ts';
import type { ComponentsFile } from '../../src/schemas/component.ts';

const component = (id: string) => ({ id, name: id, description: `The ${id}.`, since: '2025-01-01' });

describe('storedComponents', () => {
  it('flattens the groups in display order, each component with its group and its place on the page', () => {
    const file: ComponentsFile = {
      groups: [
        { id: 'internet', name: 'Internet', components: [component('fiber'), component('dns')] },
        { id: 'help', name: 'Help', components: [component('chat')] },
      ],
    };
    expect(storedComponents(file).map(({ id, group, order }) => [id, group.id, group.name, order])).toEqual([
      ['fiber', 'internet', 'Internet', 0],
      ['dns', 'internet', 'Internet', 1],
      ['chat', 'help', 'Help', 2],
    ]);
    expect(storedComponents(file)[0]).toEqual({
      ...component('fiber'),
      group: { id: 'internet', name: 'Internet' },
      order: 0,
    });
  });
});
