// Keeps the verdict where the eye is. The phone's verdict bar sticks under Material's header; its height goes
// to --cove-bar-h so headings and focused fields scroll clear of both (checker.css: scroll-padding and
// scroll-margin). On wide screens the verdict panel sticks beside the form only while it fits the window:
// a taller panel scrolls with the page instead of hiding its end (it never gets a scroll bar of its own).

const GAP = 16; // px between the header and a heading brought into view

function headerBottom() {
  const header = document.querySelector(".md-header");
  return header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
}

export function watchLayout(root) {
  const html = document.documentElement;
  const bar = root.querySelector("[data-cove-bar]");
  const side = root.querySelector("[data-cove-side]");

  let barHeight = -1;
  function update() {
    // Read everything first, then write only what changed: no layout is forced twice.
    const height = bar.offsetHeight;
    const header = document.querySelector(".md-header")?.offsetHeight ?? 0;
    const fits = side.offsetHeight <= window.innerHeight - header - 2 * GAP;
    if (height !== barHeight) {
      barHeight = height;
      html.style.setProperty("--cove-bar-h", `${height}px`);
    }
    if (fits !== side.classList.contains("cove-side--sticky")) side.classList.toggle("cove-side--sticky", fits);
  }

  // The observer reports once when it starts, after the first layout: no layout is forced while the page loads.
  const observer = new ResizeObserver(update);
  observer.observe(bar);
  observer.observe(side);
  window.addEventListener("resize", update);

  /** The lowest edge of what covers the top of the window: the header, or the verdict bar under it. */
  function coveredTo() {
    const bottom = headerBottom();
    const box = bar.getBoundingClientRect();
    return box.height > 0 && box.top <= bottom + 1 ? Math.max(bottom, box.bottom) : bottom;
  }

  return {
    /** Focus `element` and, unless it is already in full view, scroll it to the top clear of the header. */
    focusInView(element) {
      const box = element.getBoundingClientRect();
      if (box.top < coveredTo() || box.bottom > window.innerHeight) element.scrollIntoView({ block: "start" });
      element.focus({ preventScroll: true });
    },
  };
}
