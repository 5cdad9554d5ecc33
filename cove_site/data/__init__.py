"""The call data's side of the site: errors, and the cached rule bundle the CLI starts from."""
