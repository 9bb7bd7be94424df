/// The one stylesheet, served from /assets/confide.css so the CSP can forbid inline styles.
enum Stylesheet {
    static let css = """
    :root { --ink:#0b0c0c; --muted:#505a5f; --link:#1d4f91; --focus:#ffdd00; --err:#b10e1e; --ok:#00703c; --line:#b1b4b6; --bg:#f3f2f1; --warn:#7a4a00; }
    * { box-sizing: border-box; }
    body { margin:0; font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size:1.05rem; line-height:1.5; color:var(--ink); background:#fff; }
    .wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
    a { color: var(--link); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 -2px var(--focus), 0 4px var(--ink); }
    .skip-link { position:absolute; left:-9999px; }
    .skip-link:focus { position:static; display:block; padding:.5rem; background:var(--focus); color:var(--ink); }
    .site-header { background:var(--ink); color:#fff; padding:.5rem 0; }
    .site-header .wrap { display:flex; flex-wrap:wrap; gap:1rem; align-items:center; justify-content:space-between; }
    .site-header a, .site-header .link-button { color:#fff; }
    .brand { font-weight:700; font-size:1.25rem; text-decoration:none; }
    nav ul { list-style:none; display:flex; flex-wrap:wrap; gap:1rem; margin:0; padding:0; }
    nav { display:flex; flex-wrap:wrap; gap:1rem; align-items:center; }
    .whoami { margin:0; color:#dedede; }
    form.inline { display:inline; margin:0; }
    .link-button { background:none; border:none; padding:0; font:inherit; text-decoration:underline; cursor:pointer; color:var(--link); }
    main { padding: 1rem 1rem 3rem; }
    h1 { font-size:2rem; margin:.5rem 0 1rem; }
    label { display:block; font-weight:600; margin-top:1rem; }
    .hint { color:var(--muted); margin:.2rem 0; font-weight:400; }
    input[type=text], input[type=email], input[type=password], input[type=date], select, textarea { font:inherit; width:100%; max-width:40rem; padding:.4rem; border:2px solid var(--ink); }
    textarea { min-height: 6rem; display:block; }
    input[type=checkbox] + .inline-label, input[type=radio] + .inline-label { display:inline; font-weight:400; margin-left:.4rem; }
    input[type=radio], input[type=checkbox] { width:1.3rem; height:1.3rem; vertical-align:middle; margin:.3rem 0; }
    fieldset { border:1px solid var(--line); margin:1rem 0; padding:.5rem 1rem 1rem; }
    legend { font-weight:700; }
    .finding { border-left:4px solid var(--line); padding-left:.75rem; margin-bottom:1rem; }
    pre.letter { white-space:pre-wrap; font-family:inherit; }
    button, .button { font:inherit; background:var(--ok); color:#fff; border:none; padding:.5rem 1rem; margin-top:1rem; cursor:pointer; box-shadow:0 2px 0 #002d18; text-decoration:none; display:inline-block; }
    button.secondary, .button.secondary { background:var(--bg); color:var(--ink); box-shadow:0 2px 0 #929191; }
    button.warning { background:var(--err); }
    .error-summary { border:4px solid var(--err); padding:1rem; margin:1rem 0; }
    .error-summary h2 { margin-top:0; }
    .notice { border-left:6px solid var(--link); background:var(--bg); padding:.5rem 1rem; margin:1rem 0; }
    .hold { border-left:6px solid var(--warn); background:#fff4e5; padding:.5rem 1rem; margin:1rem 0; }
    table { border-collapse:collapse; width:100%; margin:1rem 0; }
    th, td { text-align:left; border-bottom:1px solid var(--line); padding:.4rem .5rem; vertical-align:top; }
    .timeline { list-style:none; padding:0; }
    .timeline > li { border-left:4px solid var(--line); padding:.25rem 1rem; margin-bottom:1rem; }
    .record-body { white-space:pre-wrap; background:var(--bg); padding:.75rem; }
    .amendment { border-left:4px solid var(--link); margin:.5rem 0 .5rem 1rem; padding:.25rem .75rem; }
    .tag { display:inline-block; padding:0 .4rem; background:var(--bg); border:1px solid var(--line); font-size:.9rem; }
    .flag { color:var(--err); font-weight:700; }
    dl { display:grid; grid-template-columns: max-content 1fr; gap:.25rem 1rem; }
    dt { font-weight:600; }
    dd { margin:0; }
    body.survivor { font-size:1.15rem; }
    .exit-bar { position:sticky; top:0; z-index:10; background:#fff; border-bottom:1px solid var(--line); padding:.5rem 1rem; display:flex; flex-wrap:wrap; align-items:center; gap:.25rem 1rem; }
    .exit-button { display:inline-block; background:var(--err); color:#fff; font-weight:700; padding:.6rem 1.2rem; text-decoration:none; box-shadow:0 2px 0 #55070e; }
    .exit-button:focus { color:var(--ink); background:var(--focus); }
    .exit-hint { margin:0; color:var(--muted); font-size:.95rem; }
    .language { text-align:right; margin:.5rem 0; }
    .her-request { border-top:4px solid var(--link); margin-top:2rem; padding-top:.5rem; }
    .choice { margin:.4rem 0; }
    blockquote { border-left:4px solid var(--line); margin:.5rem 0; padding:.25rem 1rem; color:var(--muted); }
    .code { font-size:2rem; letter-spacing:.2rem; }
    @media (max-width: 40rem) { h1 { font-size:1.6rem; } .wrap { padding:0 .75rem; } table { font-size:.95rem; } }
    .site-footer { color:var(--muted); border-top:1px solid var(--line); padding-top:1rem; }
    """
}
