/**
 * The site's neutral colours that a brand draws against: the page's
 * background, text and muted text in each colour scheme. They are the
 * `--bg`, `--text` and `--text-muted` tokens of src/styles/global.css (a
 * test reads that file and compares); a brand does not change them, so the
 * status colours chosen against them keep their contrast.
 */

/** A colour scheme the site is drawn in. */
export type ColorScheme = 'light' | 'dark';
export const colorSchemes: readonly ColorScheme[] = ['light', 'dark'];

/** The neutral colours of one scheme. */
export interface PageColors {
  /** The page background (`--bg`). */
  background: string;
  /** Body text (`--text`). */
  text: string;
  /** Secondary text, such as dates under a card's title (`--text-muted`). */
  textMuted: string;
}

export const pageColors: Readonly<Record<ColorScheme, PageColors>> = {
  light: { background: '#ffffff', text: '#1b1f24', textMuted: '#4a5360' },
  dark: { background: '#12161b', text: '#e8ecf0', textMuted: '#b4bdc7' },
};
