"""Country codes as applicants write them, mapped to the ISO codes the bundle uses."""

# The EU's own codes for Greece and the United Kingdom (Interinstitutional Style Guide).
ALIASES = {"EL": "GR", "UK": "GB"}


def normalise(raw: str) -> str:
    """' nl ' -> 'NL', 'el' -> 'GR': any case, spaces ignored, EU aliases resolved."""
    code = "".join(raw.split()).upper()
    return ALIASES.get(code, code)


class Groups:
    """One programme year's country groups: EU Member States, associated third countries, excluded."""

    def __init__(self, countries: dict):
        self.eu = frozenset(countries["eu"])
        self.associated = frozenset(countries["associated"])
        self.excluded = frozenset(countries.get("excluded") or ())
        self.programme = self.eu | self.associated

    def group(self, code: str) -> str:
        """'eu', 'associated', 'excluded' or 'non-associated'."""
        if code in self.eu:
            return "eu"
        if code in self.associated:
            return "associated"
        return "excluded" if code in self.excluded else "non-associated"
