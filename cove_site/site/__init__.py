"""Site-side machinery that is not a MkDocs hook: the browser runtime's compilation and compression,
and the static server that serves a built site the way the README tells hosts to."""
