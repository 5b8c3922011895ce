/** The card's own CSS, applied inside its closed shadow root so page styles cannot reach it. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --fg: #1b1b1f; --muted: #5c5f66; --bg: #ffffff; --line: #d9dbe0;
  --agree: #007a5a; --differ: #b34400; --updated: #005a8c;
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(420px, calc(100vw - 16px)); max-height: min(60vh, 480px); overflow: auto;
  padding: 12px 14px; border: 1px solid var(--line); border-radius: 10px;
  background: var(--bg); color: var(--fg); box-shadow: 0 8px 28px rgba(0,0,0,.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left;
  opacity: 1; transition: opacity 120ms ease-out;
}
.card[hidden] { display: none; }
.card:focus { outline: 2px solid var(--updated); outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { --fg: #ececf1; --muted: #a3a7b0; --bg: #1d1f24; --line: #3a3d45;
          --agree: #4fd1a5; --differ: #ff9d5c; --updated: #7cc4ff; }
}
@media (prefers-reduced-motion: reduce) { .card { transition: none; } }
.title { margin: 0 0 8px; font-size: 13px; font-weight: 600; }
ol { list-style: none; margin: 0; padding: 0; }
li { padding: 8px 0; border-top: 1px solid var(--line); }
.head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.site { font-weight: 600; color: inherit; }
.date { color: var(--muted); font-size: 12px; }
.badge { margin-left: auto; font-size: 11px; font-weight: 600; padding: 1px 6px; border-radius: 8px; border: 1px solid currentColor; }
.badge.agree { color: var(--agree); } .badge.differ { color: var(--differ); border-width: 2px; } .badge.updated { color: var(--updated); border-style: double; border-width: 3px; }
blockquote { margin: 6px 0 4px; padding: 0 0 0 8px; border-left: 3px solid var(--line); }
mark { background: none; color: inherit; font-weight: 700; }
mark.agree { text-decoration: underline dotted var(--agree) 2px; }
mark.differ { text-decoration: underline wavy var(--differ) 2px; }
mark.updated { text-decoration: underline double var(--updated) 2px; }
.diff { margin: 2px 0 0; color: var(--muted); font-size: 12px; }
.diff b { color: var(--fg); }
.via { color: var(--muted); font-size: 12px; }
.hint { margin: 8px 0 0; color: var(--muted); font-size: 11px; }
`;
