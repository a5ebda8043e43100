import { defineRule } from '../../rule.ts';

export default defineRule({
  meta: {
    id: 'status/unknown-component',
    severity: 'error',
    description: 'Incidents and maintenance name only components the status page has.',
    rationale:
      'An update about a component the page does not show changes nothing customers can see: the status page would say all is well.',
    source: 'Atlassian Statuspage data model (components); Plainsight',
    messages: { found: 'There is no component "{{id}}" in status/components.yaml.' },
    appliesTo: ['status'],
  },
  create(context) {
    return {
      document(document) {
        const known = context.facts.componentIds;
        if (known === undefined || !/\/(incidents|maintenance)\//.test(document.path)) return;
        const data = document.data as
          { components?: unknown; updates?: Array<{ components?: Array<{ id?: unknown }> }> } | undefined;
        const named = [
          ...(Array.isArray(data?.components) ? data.components.map(String) : []),
          ...(data?.updates ?? []).flatMap((update) =>
            Array.isArray(update.components) ? update.components.map((c) => String(c.id)) : [],
          ),
        ];
        for (const id of new Set(named.filter((name) => !known.has(name)))) {
          const at = document.source.search(new RegExp(`\\b${id.replace(/[^\w-]/g, '')}\\b`));
          context.report({
            range: { start: Math.max(0, at), end: Math.max(0, at) + id.length },
            messageId: 'found',
            data: { id },
          });
        }
      },
    };
  },
});
