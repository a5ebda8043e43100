/**
 * Keeps a static status page right between builds. The page carries its
 * schedule, worked out at the build (src/domain/status/maintenance-phases.ts):
 * each element whose words change by the clock holds its phases in
 * `data-phases`, and this script shows the phase whose time has come. It
 * also says how long ago the page was built, in the site's locale. It
 * decides nothing: without it the page reads correctly as of its build,
 * and says when that was.
 */

/** One phase as the page writes it: from `from` on, say `text`, and give the element `class` if there is one. */
interface PagePhase {
  from: string;
  text: string;
  class?: string;
}

const minute = 60_000;
/** The one pending timer: a tick on visibility replaces it rather than starting a second chain. */
let timer: ReturnType<typeof setTimeout> | undefined;

/** The largest whole unit of an age, as Intl.RelativeTimeFormat takes it: 0 minutes reads "this minute". */
function ageParts(ms: number): [number, Intl.RelativeTimeFormatUnit] {
  const minutes = Math.floor(Math.max(0, ms) / minute);
  if (minutes < 60) return [minutes, 'minute'];
  if (minutes < 48 * 60) return [Math.floor(minutes / 60), 'hour'];
  return [Math.floor(minutes / 1440), 'day'];
}

function tick(): void {
  const now = Date.now();
  let next = Number.POSITIVE_INFINITY;
  for (const element of document.querySelectorAll<HTMLElement>('[data-phases]')) {
    const phases = JSON.parse(element.dataset['phases'] ?? '[]') as PagePhase[];
    // The first phase is the build's: it stands even if this clock is behind the build's.
    const current = phases.findLast((phase) => Date.parse(phase.from) <= now) ?? phases[0];
    const coming = phases.find((phase) => Date.parse(phase.from) > now);
    if (coming) next = Math.min(next, Date.parse(coming.from));
    if (!current) continue;
    (element.querySelector('[data-phase-text]') ?? element).textContent = current.text;
    if (current.class !== undefined) element.className = current.class;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-age-of]')) {
    const built = Date.parse(element.dataset['ageOf'] ?? '');
    const out = element.querySelector('[data-age]');
    if (Number.isNaN(built) || !out) continue;
    const [count, unit] = ageParts(now - built);
    out.textContent = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, {
      numeric: 'auto',
    }).format(-count, unit);
    element.hidden = false;
    // The next whole minute of the age, when the words may change.
    next = Math.min(next, built + (Math.floor(Math.max(0, now - built) / minute) + 1) * minute);
  }
  clearTimeout(timer);
  if (next !== Number.POSITIVE_INFINITY) timer = setTimeout(tick, Math.max(next - Date.now(), 0));
}

tick();
// A computer that slept missed its timers: catch up as soon as the page is seen again.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') tick();
});
