// Fills `{name}` placeholders of the page's strings (the same syntax as checker_strings.py).

export function format(template, values) {
  return String(template ?? "").replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}
