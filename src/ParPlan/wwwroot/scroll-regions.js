// A table too wide for the screen scrolls inside its box (app.css). Such a box becomes a named, focusable region, so
// keyboard users can scroll it too (WCAG 2.1.1). Boxes are checked when a page loads, after Blazor's enhanced
// navigation changes the page, and when the window is resized.
(() => {
  const mark = () => {
    for (const box of document.querySelectorAll('.mud-table-container, .pp-scroll')) {
      if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute('tabindex')) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', 'Bảng rộng: cuộn ngang để xem hết');
      }
    }
  };
  let pending = false;
  const later = () => { if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; mark(); }); } };
  new MutationObserver(later).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('resize', later);
  document.addEventListener('DOMContentLoaded', mark);
  mark();
})();
