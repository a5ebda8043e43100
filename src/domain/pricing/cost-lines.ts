/**
 * The words for each line of a total cost, shared by the cost table and the
 * calculator script so that both say exactly the same thing.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { BillingPeriod } from '../../schemas/fee.ts';
import { feesByIds } from './all-in-price.ts';
import { formatMoney } from './money.ts';
import type { CostLine, TotalCost } from './total-cost.ts';

function periods(count: number, period: BillingPeriod): string {
  return `${count} ${period}${count === 1 ? '' : 's'}`;
}

/** Describes one line of a total, such as "6 months at the introductory price, $55.00 each". */
export function describeCostLine(
  line: CostLine,
  period: BillingPeriod,
  catalogue: readonly Fee[],
  locale: string,
): string {
  const each = line.each === undefined ? '' : formatMoney(line.each, locale);
  const feeName = line.feeId === undefined ? '' : (feesByIds([line.feeId], catalogue)[0]?.name ?? line.feeId);
  switch (line.kind) {
    case 'introductory':
      return `${periods(line.periods ?? 0, period)} at the introductory price, ${each} each`;
    case 'regular':
      return `${periods(line.periods ?? 0, period)} at the all-in price, ${each} each`;
    case 'one-time':
      return `${feeName}, once`;
    case 'add-on':
      return `${feeName}: ${periods(line.periods ?? 0, period)} at ${each}`;
    case 'early-termination':
      return `${feeName}, if you cancel then`;
  }
}

/** What a line is for, without its count, such as "Introductory price" or "Installation": a table row's header. */
export function costLineTitle(line: CostLine, period: BillingPeriod, catalogue: readonly Fee[]): string {
  const feeName = line.feeId === undefined ? '' : (feesByIds([line.feeId], catalogue)[0]?.name ?? line.feeId);
  switch (line.kind) {
    case 'introductory':
      return `Introductory price, all-in, per ${period}`;
    case 'regular':
      return `Regular price, all-in, per ${period}`;
    case 'one-time':
      return `${feeName} (once)`;
    case 'add-on':
      return feeName;
    case 'early-termination':
      return `${feeName}, if you cancel then`;
  }
}

/** A stable key for a line, to put the same line of two totals on one table row. */
function costLineKey(line: CostLine): string {
  return `${line.kind}:${line.feeId ?? ''}`;
}

/**
 * The rows of a table that sets totals side by side: one row per kind of
 * line, in first-seen order, with each total's line in its column, or
 * undefined where that total has none (the early-termination charge, say).
 */
export function costTableRows(totals: readonly TotalCost[]): Array<Array<CostLine | undefined>> {
  const rows = new Map<string, Array<CostLine | undefined>>();
  totals.forEach((total, column) => {
    for (const line of total.lines) {
      const cells = rows.get(costLineKey(line)) ?? totals.map(() => undefined);
      cells[column] = line;
      rows.set(costLineKey(line), cells);
    }
  });
  return [...rows.values()];
}
