/**
 * Maintenance windows that overlap on a component. Times are ISO 8601
 * instants; they are compared as instants, so "2026-12-02T10:00:00Z" and
 * "2026-12-02T02:00:00-08:00" are the same moment.
 */
export interface MaintenanceWindow {
  components: readonly string[];
  scheduledStart: string;
  scheduledEnd: string;
}

/**
 * Every overlap as `[later, earlier, component]`: indices into `windows`,
 * where `later` starts before `earlier` ends. Windows that only touch (one
 * ends as the next starts) do not overlap. Each component's windows are
 * sorted once and compared with the latest end so far: n log n, not n².
 */
export function overlappingWindows(windows: readonly MaintenanceWindow[]): Array<[number, number, string]> {
  const byComponent = new Map<string, Array<{ index: number; start: number; end: number }>>();
  windows.forEach((window, index) => {
    const start = Date.parse(window.scheduledStart);
    const end = Date.parse(window.scheduledEnd);
    for (const component of new Set(window.components)) {
      const list = byComponent.get(component) ?? [];
      list.push({ index, start, end });
      byComponent.set(component, list);
    }
  });
  const overlaps: Array<[number, number, string]> = [];
  for (const [component, list] of byComponent) {
    list.sort((a, b) => a.start - b.start || a.index - b.index);
    let reach: { index: number; end: number } | undefined;
    for (const window of list) {
      if (reach !== undefined && window.start < reach.end) overlaps.push([window.index, reach.index, component]);
      if (reach === undefined || window.end > reach.end) reach = { index: window.index, end: window.end };
    }
  }
  return overlaps.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
