/// The workbench's one piece of JavaScript, served from /assets/workbench.js (the CSP allows no inline script).
/// Selecting text in the record fills the redaction forms with the selection's start and end, counted in Unicode
/// code points as the server counts them, and shows the words chosen. Without it, typing the exact words works.
enum WorkbenchScript {
    static let script = """
    (function () {
      "use strict";
      var root = document.getElementById("record-text");
      if (!root) { return; }
      var forms = document.querySelectorAll("form.selection-form");
      function codePoints(s) { return Array.from(s).length; }
      function offsetOf(node, offset) {
        var r = document.createRange();
        r.setStart(root, 0);
        r.setEnd(node, offset);
        return codePoints(r.toString());
      }
      function fill(start, end, words) {
        forms.forEach(function (f) {
          f.querySelector("input[name=start]").value = start;
          f.querySelector("input[name=end]").value = end;
          var w = f.querySelector("[name=words]");
          w.value = words;
        });
        var status = document.getElementById("selection-status");
        if (status) { status.textContent = words ? "Selected: \\u201c" + words + "\\u201d" : ""; }
      }
      function onSelect() {
        var sel = window.getSelection();
        if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
        var range = sel.getRangeAt(0);
        if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) { return; }
        var start = offsetOf(range.startContainer, range.startOffset);
        var end = offsetOf(range.endContainer, range.endOffset);
        if (end <= start) { return; }
        fill(start, end, range.toString());
      }
      document.addEventListener("mouseup", onSelect);
      document.addEventListener("keyup", onSelect);
      forms.forEach(function (f) {
        // Typing the words by hand means "every occurrence of these words": the offsets no longer apply.
        f.querySelector("[name=words]").addEventListener("input", function () {
          forms.forEach(function (g) {
            g.querySelector("input[name=start]").value = "";
            g.querySelector("input[name=end]").value = "";
          });
        });
      });
      var hint = document.getElementById("selection-hint");
      if (hint) { hint.hidden = false; }
    })();
    """

    /// Styles for the workbench, served from /assets/workbench.css.
    static let css = """
    .record-text { white-space:pre-wrap; background:var(--bg, #f3f2f1); padding:.75rem; border:1px solid #b1b4b6; line-height:1.8; }
    .record-text mark.suggested { background:#fff4e5; color:#0b0c0c; border-bottom:3px solid #7a4a00; }
    .record-text mark.suggested::after { content:" [" attr(data-n) "]"; font-size:.8rem; color:#0b0c0c; }
    .record-text mark.removed { background:#0b0c0c; color:#ffffff; text-decoration:line-through; }
    .record-text span.withheld { background:#dedede; color:#0b0c0c; font-style:italic; }
    .legend-chips span { display:inline-block; margin-right:1rem; }
    .chip-suggested { background:#fff4e5; border-bottom:3px solid #7a4a00; padding:0 .3rem; }
    .chip-removed { background:#0b0c0c; color:#fff; padding:0 .3rem; }
    .chip-withheld { background:#dedede; font-style:italic; padding:0 .3rem; }
    .context strong { background:#fff4e5; }
    td form.inline button { margin-top:0; }
    pre.manifest { white-space:pre-wrap; word-break:break-all; background:#f3f2f1; padding:.75rem; font-size:.9rem; }
    code.hash { word-break:break-all; font-size:.8rem; }
    """
}
