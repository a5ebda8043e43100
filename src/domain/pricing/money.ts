import type { Money } from '../../schemas/money.ts';
import { remember } from '../remember.ts';

const minorUnits = new Map<string, number>();
/** How many digits a currency's minor unit has: 2 for USD, 0 for JPY. */
export function minorUnitDigits(currency: string): number {
  return remember(
    minorUnits,
    currency,
    () => moneyFormat('en', currency, false).resolvedOptions().maximumFractionDigits ?? 2,
  );
}

/** Currency formatters, made once per locale, currency and option. */
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(locale: string, currency: string, stripWholeCents: boolean): Intl.NumberFormat {
  return remember(
    moneyFormats,
    `${locale} ${currency} ${stripWholeCents}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        ...(stripWholeCents ? { trailingZeroDisplay: 'stripIfInteger' as const } : {}),
      }),
  );
}

/**
 * The exact decimal string of an amount, such as "45.00" for 4500 cents: what
 * machine-readable formats (JSON-LD, the pricing API) carry. Built from
 * integer arithmetic, so no floating-point division ever touches a price.
 */
export function toDecimal(money: Money): string {
  const digits = minorUnitDigits(money.currency);
  const sign = money.amount < 0 ? '-' : '';
  const absolute = Math.abs(money.amount);
  const whole = Math.trunc(absolute / 10 ** digits);
  const fraction = String(absolute % 10 ** digits).padStart(digits, '0');
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

export interface FormatMoneyOptions {
  /** Leave out ".00" on whole amounts ("$45" rather than "$45.00"), for prose. */
  stripWholeCents?: boolean;
}

/**
 * Formats money for people, such as "$45.00". `Intl.NumberFormat` formats the
 * exact decimal string of `toDecimal`, so the digits shown are the stored ones.
 */
export function formatMoney(money: Money, locale: string, options: FormatMoneyOptions = {}): string {
  return moneyFormat(locale, money.currency, options.stripWholeCents === true).format(
    toDecimal(money) as unknown as number,
  );
}

/** Adds amounts of the same currency; mixing currencies is a programming error. */
export function sumMoney(currency: string, amounts: readonly Money[]): Money {
  return amounts.reduce<Money>(
    (total, money) => {
      if (money.currency !== currency) throw new Error(`Cannot add ${money.currency} to ${currency}.`);
      return { amount: total.amount + money.amount, currency };
    },
    { amount: 0, currency },
  );
}
