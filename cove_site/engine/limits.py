"""Every limit on what the checker and the build accept, in one place.

The CLI (`cove-site check --help` prints them), the engine, the browser page (they reach it through the
checker page's config block) and the data loader all read these numbers here, so a file is refused for the
same reason everywhere. Each limit is far above any real partnership or data file; it exists so that a
hostile or broken file gets a clear answer in bounded time and memory instead of a crash or a hang.
"""

from __future__ import annotations

#: Largest partnership file (or standard input, share link, imported file), in bytes.
MAX_INPUT_BYTES = 2_000_000
#: Most organisations in one partnership: far above any consortium (the 13 CoVEs selected in 2022 had 331
#: organisations in all, 25 each on average).
MAX_ORGANISATIONS = 5_000
#: Most organisations the browser form shows; a larger partnership is still checked, its result shown as the
#: file's, while the form keeps what it had (1,000 cards render without a main-thread task over 200 ms).
MAX_FORM_ORGANISATIONS = 1_000
#: Most entries in any other list of a partnership (eqf_levels has eight possible values).
MAX_LIST_ITEMS = 100
#: Deepest nesting of lists and mappings in a partnership or data file (a partnership needs 3, a data file 7).
MAX_DEPTH = 32
#: Most values in one document, aliases counted at their full size (a 5,000-organisation partnership has 25,000).
MAX_VALUES = 200_000
#: Longest text in a partnership (an organisation's name, a country code, a role), in characters.
MAX_TEXT_LENGTH = 500
#: Most digits in a whole number (2^53 + 1 has 16).
MAX_DIGITS = 50
#: Most problems listed for one input; the rest are counted in a last line ("and 19,950 more problems").
MAX_LISTED_ERRORS = 50
#: A wrong value is quoted up to this many characters in a message.
QUOTE_LENGTH = 40

#: Largest data file (data/calls/<year>.yaml), in bytes (the largest real one has about 30,000).
MAX_DATA_FILE_BYTES = 1_000_000
#: Longest text of a fact in the data, in characters; the same number is `maxLength` in the JSON Schema.
MAX_FACT_TEXT_LENGTH = 2_000


def as_dict() -> dict[str, int]:
    """The partnership limits, for the browser page's config block and the CLI's --help."""
    return {
        "max_input_bytes": MAX_INPUT_BYTES,
        "max_organisations": MAX_ORGANISATIONS,
        "max_form_organisations": MAX_FORM_ORGANISATIONS,
        "max_list_items": MAX_LIST_ITEMS,
        "max_depth": MAX_DEPTH,
        "max_values": MAX_VALUES,
        "max_text_length": MAX_TEXT_LENGTH,
        "max_digits": MAX_DIGITS,
        "max_listed_errors": MAX_LISTED_ERRORS,
    }


def shorten(text: str, length: int = QUOTE_LENGTH) -> str:
    """A value as a message quotes it: at most `length` characters, an ellipsis marking the cut."""
    return text if len(text) <= length else text[:length] + "…"
