import type { Money } from '../../schemas/money.ts';

/** How many digits a currency's minor unit has: 2 for USD, 0 for JPY. */
const minorUnits = new Map<string, number>();
export function minorUnitDigits(currency: string): number {
  let digits = minorUnits.get(currency);
  if (digits === undefined) {
    digits = moneyFormat('en', currency, false).resolvedOptions().maximumFractionDigits ?? 2;
    minorUnits.set(currency, digits);
  }
  return digits;
}

/** Currency formatters, made once per locale, currency and option: making one costs far more than using it. */
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(locale: string, currency: string, stripWholeCents: boolean): Intl.NumberFormat {
  const key = `${locale} ${currency} ${stripWholeCents}`;
  let made = moneyFormats.get(key);
  if (made === undefined) {
    made = new Intl.NumberFormat(locale, { style: 'currency', currency, ...(stripWholeCents ? { trailingZeroDisplay: 'stripIfInteger' as const } : {}) });
    moneyFormats.set(key, made);
  }
  return made;
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
  return moneyFormat(locale, money.currency, options.stripWholeCents === true).format(toDecimal(money) as unknown as number);
}

/** Adds amounts of the same currency; mixing currencies is a programming error. */
export function sumMoney(currency: string, amounts: readonly Money[]): Money {
  return amounts.reduce<Money>((total, money) => {
    if (money.currency !== currency) throw new Error(`Cannot add ${money.currency} to ${currency}.`);
    return { amount: total.amount + money.amount, currency };
  }, { amount: 0, currency });
}
