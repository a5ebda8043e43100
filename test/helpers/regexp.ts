/** One regular expression written in pieces, for a pattern longer than a line: the pieces follow each other. */
export function joinedRegExp(pieces: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(pieces.map((piece) => piece.source).join(''), flags);
}
