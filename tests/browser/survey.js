// What a reader meets on the current page, measured in the page (tests/browser/test_reading_on_a_phone.py).
() => {
  const width = document.documentElement.clientWidth;
  const article = document.querySelector("article") || document.body;
  const describe = (el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ""}>`;

  // Sideways scrolling: the page itself, an element reaching past the viewport, or a box that scrolls sideways
  // (code blocks may: they keep their lines).
  const overflow = [];
  if (document.documentElement.scrollWidth > width + 1) {
    overflow.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
  }
  for (const el of article.querySelectorAll("*")) {
    if (el.closest("pre, svg, [hidden]")) continue;
    const box = el.getBoundingClientRect();
    if (!box.width) continue;
    if (box.right > width + 1 || box.left < -1) {
      overflow.push(`${describe(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} px`);
    } else if (/(auto|scroll)/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1) {
      overflow.push(`${describe(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth} px)`);
    }
  }

  // Words broken across lines: a run of letters between spaces, hyphens, dashes or slashes (where a line may
  // break) whose glyphs sit on more than one line.
  const broken = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.parentElement || node.parentElement.closest("script, style, pre, svg, [hidden]")) continue;
    for (const match of node.data.matchAll(/[^\s\-\u2010\u2011\u2013\u2014/\u200b]+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }

  const cells = [...article.querySelectorAll("td, th")].map((c) => c.getBoundingClientRect().width).filter((w) => w > 0);
  const h1 = article.querySelector("h1")?.cloneNode(true);
  h1?.querySelectorAll(".headerlink").forEach((a) => a.remove());
  const switcher = article.querySelector("nav.cove-years");
  const deadlines = [...article.querySelectorAll(".cove-deadline")];
  return {
    overflow: overflow.slice(0, 5),
    broken: broken.slice(0, 10),
    height: document.documentElement.scrollHeight,
    factBlocks: [...article.querySelectorAll(".cove-fact-block")].map((b) => Math.round(b.getBoundingClientRect().height)),
    narrowestCell: cells.length ? Math.round(Math.min(...cells)) : null,
    h1: h1 ? h1.textContent.trim() : "",
    title: document.title,
    switcherBeforeH1: !switcher || !h1 || Boolean(switcher.compareDocumentPosition(article.querySelector("h1")) & Node.DOCUMENT_POSITION_FOLLOWING),
    links: [...document.querySelectorAll("a[href]")].filter((a) => !a.closest(".cove-years, .md-select")).map((a) => a.href),
    ctas: [...article.querySelectorAll("a.cove-cta")].map((a) => a.href),
    deadlinesWithoutState: deadlines.filter((d) => !d.parentElement.querySelector("[data-cove-call-state] [data-cove-state]:not([hidden])")).length,
  };
}
