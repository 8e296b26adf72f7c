/// The page's inline stylesheet and script: no external assets, nothing loaded.
enum HTMLAssets {
    /// Layout, marks, badges, the tooltip and the table of contents. Label colours
    /// are appended by `LabelStyle.css`.
    static let style: StaticString = """
    html{scroll-padding-top:4.5rem}
    :root{--ink:#1d1d1f;--muted:#6b6b70;--line:#e2e2e6;--paper:#fff;--side:#f6f6f8}
    *{box-sizing:border-box}
    body{margin:0;color:var(--ink);background:var(--paper);font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;
    display:grid;grid-template-columns:minmax(12rem,17rem) minmax(0,1fr);grid-template-rows:auto 1fr}
    .top{grid-column:1/-1;grid-row:1;position:sticky;top:0;z-index:5;background:var(--paper);
    border-bottom:1px solid var(--line);padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
    .top h1{font-size:1.05rem;margin:0}
    .legend{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
    .key{font:600 .7rem/1 system-ui,sans-serif;letter-spacing:.03em;border:1px solid rgba(0,0,0,.15);border-radius:.3rem;
    padding:.3rem .45rem;background:var(--bg);color:var(--ink);cursor:pointer}
    .key.off{background:none;color:var(--muted);text-decoration:line-through}
    span.key{cursor:default}
    .l-other{--bg:repeating-linear-gradient(45deg,#eee 0 4px,#ccc 4px 8px)}
    .badges{font-size:.75rem;color:var(--muted);margin-left:.4rem}
    main{grid-column:2;grid-row:2;padding:0 1.5rem 4rem;min-width:0}
    nav.toc{grid-column:1;grid-row:2;position:sticky;top:3.2rem;align-self:start;max-height:calc(100vh - 3.2rem);
    overflow:auto;background:var(--side);border-right:1px solid var(--line);padding:.6rem .8rem;font-size:.85rem}
    nav.toc h2{font-size:.9rem;margin:.2rem 0}
    nav.toc p{color:var(--muted);margin:.2rem 0 .5rem}
    nav.toc ol{margin:0;padding-left:2.2em}
    nav.toc li{overflow-wrap:anywhere}
    nav.toc small{color:var(--muted)}
    nav.toc li.err a{color:#b00020}
    article.doc{content-visibility:auto;contain-intrinsic-size:auto 30rem;border-bottom:1px solid var(--line);padding:1rem 0}
    article.doc h2{font-size:1.1rem;margin:0 0 .3rem;overflow-wrap:anywhere}
    article.doc h2 .n{color:var(--muted);text-decoration:none;font-weight:400;margin-right:.3rem}
    .meta{display:flex;flex-wrap:wrap;gap:.1rem 1.2rem;margin:0 0 .3rem;font-size:.85rem}
    .meta div{display:flex;gap:.35rem}
    .meta dt{color:var(--muted)}
    .meta dd{margin:0;overflow-wrap:anywhere}
    .counts{color:var(--muted);font-size:.8rem;margin:.1rem 0}
    .warn{color:#b00020;font-size:.85rem;margin:.2rem 0}
    .text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/2 Georgia,"Times New Roman",serif;max-width:48rem;margin-top:.6rem}
    mark{background:var(--bg);color:inherit;padding:.12em .2em;border-radius:.25em;
    -webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:default}
    mark mark{box-shadow:0 0 0 1px rgba(0,0,0,.35)}
    mark::after{content:attr(data-l);font:700 .55rem/1 system-ui,sans-serif;letter-spacing:.04em;margin-left:.3em;
    vertical-align:.15em;color:rgba(0,0,0,.6)}
    mark.cont::after,.nobadge mark::after{display:none}
    mark[data-e]:hover,mark.same{outline:2px solid var(--ec);outline-offset:1px}
    #tip{position:fixed;z-index:10;max-width:30rem;background:#222;color:#fff;font:12px/1.45 ui-monospace,monospace;
    padding:.45rem .6rem;border-radius:.3rem;white-space:pre-wrap;overflow-wrap:anywhere;pointer-events:none;
    box-shadow:0 2px 8px rgba(0,0,0,.3)}
    #tip[hidden]{display:none}
    #tip b{color:#ffd866}
    @media (max-width:50rem){body{display:block}nav.toc{position:static;max-height:none;border:0}.top{position:static}}

    """

    /// Tooltip, entity outlines, legend toggles, the badge switch and the contents'
    /// place below the sticky header, by event
    /// delegation (a handful of listeners, whatever the number of documents). Every
    /// value shown goes through `textContent`, never `innerHTML`.
    static let script: StaticString = """
    (function () {
      "use strict";
      var tip = document.getElementById("tip");
      var head = document.querySelector("header.top"), toc = document.querySelector("nav.toc");
      function fit() {
        // Keep the contents and anchor targets below the sticky header, whatever its height.
        var h = head.offsetHeight;
        toc.style.top = h + "px";
        toc.style.maxHeight = "calc(100vh - " + h + "px)";
        document.documentElement.style.scrollPaddingTop = h + "px";
      }
      fit();
      window.addEventListener("resize", fit);
      var current = null, outlined = [];
      function clear() {
        for (var i = 0; i < outlined.length; i++) outlined[i].classList.remove("same");
        outlined = [];
      }
      function place(e) {
        var x = e.clientX + 14, y = e.clientY + 18;
        var w = tip.offsetWidth, h = tip.offsetHeight;
        if (x + w > window.innerWidth - 4) x = Math.max(4, window.innerWidth - w - 4);
        if (y + h > window.innerHeight - 4) y = Math.max(4, e.clientY - h - 10);
        tip.style.left = x + "px";
        tip.style.top = y + "px";
      }
      document.addEventListener("mouseover", function (e) {
        var m = e.target.closest ? e.target.closest("mark") : null;
        if (m === current) return;
        current = m;
        clear();
        if (!m) { tip.hidden = true; return; }
        var label = document.createElement("b");
        label.textContent = m.getAttribute("data-l");
        tip.replaceChildren(label, document.createTextNode("\\n" + (m.getAttribute("data-tip") || "")));
        tip.hidden = false;
        place(e);
        var entity = m.getAttribute("data-e");
        var scope = m.closest("article");
        if (entity !== null && scope) {
          var all = scope.querySelectorAll("mark[data-e]");
          for (var i = 0; i < all.length; i++) {
            if (all[i].getAttribute("data-e") === entity) { all[i].classList.add("same"); outlined.push(all[i]); }
          }
        }
      });
      document.addEventListener("mousemove", function (e) { if (current) place(e); });
      var keys = document.querySelectorAll("[data-toggle]");
      for (var i = 0; i < keys.length; i++) {
        keys[i].addEventListener("click", function () {
          document.body.classList.toggle("off-" + this.getAttribute("data-toggle"));
          this.classList.toggle("off");
        });
      }
      document.getElementById("badges").addEventListener("change", function () {
        document.body.classList.toggle("nobadge", !this.checked);
      });
    })();

    """
}
