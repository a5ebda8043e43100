import type { Money } from '../../schemas/money.ts';

/** How many digits a currency's minor unit has: 2 for USD, 0 for JPY. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats money for people, such as "$45.00". The amount is turned into an
 * exact decimal string first, so no floating-point division ever touches a
 * price; `Intl.NumberFormat` formats decimal strings exactly.
 */
export function formatMoney(money: Money, locale: string): string {
  const digits = minorUnitDigits(money.currency);
  const whole = Math.trunc(money.amount / 10 ** digits);
  const fraction = String(money.amount % 10 ** digits).padStart(digits, '0');
  const decimal = digits === 0 ? String(whole) : `${whole}.${fraction}`;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(decimal as unknown as number);
}

/** Adds amounts of the same currency; mixing currencies is a programming error. */
export function sumMoney(currency: string, amounts: readonly Money[]): Money {
  return amounts.reduce<Money>((total, money) => {
    if (money.currency !== currency) throw new Error(`Cannot add ${money.currency} to ${currency}.`);
    return { amount: total.amount + money.amount, currency };
  }, { amount: 0, currency });
}
