import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendUpdateText, newIncidentText } from '../../src/domain/status/incident-file.ts';
import { statusFileName } from '../../src/domain/status/status-file.ts';
import { incidentSchema } from '../../src/schemas/incident.ts';
import { splitFrontMatter } from '../../src/reader/front-matter.ts';
import { z } from 'astro/zod';

const at = new Date('2026-11-22T08:15:30.500Z');
const schema = incidentSchema(() => z.string());

describe('incident files', () => {
  it('names the file after the UTC day and the title', () => {
    expect(statusFileName('Chat is down — again!', at, 'incident')).toBe('2026-11-22-chat-is-down-again.md');
    expect(statusFileName('¿¿', at, 'incident')).toBe('2026-11-22-incident.md');
  });

  it('writes a new incident the schema accepts, with the time to the second', () => {
    const text = newIncidentText('Chat is down', 'major', {
      at,
      status: 'investigating',
      message: 'Looking: "quotes" and: colons.',
      components: [{ id: 'support-lines', status: 'partial_outage' }],
    });
    expect(text).toContain('  - { id: support-lines, status: partial_outage }');
    const data = schema.parse(parse(splitFrontMatter(text).yaml?.text ?? ''));
    expect(data).toEqual({
      title: 'Chat is down',
      impact: 'major',
      updates: [
        {
          at: '2026-11-22T08:15:30.000Z',
          status: 'investigating',
          message: 'Looking: "quotes" and: colons.',
          components: [{ id: 'support-lines', status: 'partial_outage' }],
        },
      ],
    });
  });

  it('appends an update and keeps the rest of the file, postmortem included', () => {
    const first = newIncidentText('Chat is down', 'major', {
      at,
      status: 'investigating',
      message: 'Looking.',
      components: [{ id: 'support-lines', status: 'partial_outage' }],
    });
    const withBody = `${first}\n## What happened\n\nA certificate expired.\n`;
    const text = appendUpdateText(withBody, {
      at: new Date('2026-11-22T09:00:00Z'),
      status: 'resolved',
      message: 'Fixed.',
      components: [],
    });
    const data = schema.parse(parse(splitFrontMatter(text).yaml?.text ?? ''));
    expect(data.updates.map((u) => u.status)).toEqual(['investigating', 'resolved']);
    expect(text.endsWith('\n## What happened\n\nA certificate expired.\n')).toBe(true);
  });
});
