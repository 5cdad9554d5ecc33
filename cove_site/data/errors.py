"""The data error, in a module of its own so that catching it costs no import of the data stack."""


class DataError(Exception):
    """The data cannot be used; `problems` lists every reason as `file:line: field: message`."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems
