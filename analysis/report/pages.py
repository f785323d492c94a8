"""Executed notebooks as pages for readers: self-contained HTML, code hidden, one stylesheet.

nbconvert's ``lab`` template loads require.js and MathJax from a CDN: offline the page breaks,
online it tells a third party who reads the report, and MathJax typesets "$5 million and
another $10 million" as maths. Here nbconvert's ``basic`` template renders only the cells, and
this module wraps them in a page of its own: one inline stylesheet (``STYLE``), no script, a
Content-Security-Policy that forbids loading anything from another host, and a short "how this
was made" box in place of the parameters cells (whose paths belong to the machine that ran them).
"""

from __future__ import annotations

import ast
import copy
import html
import re
from importlib import metadata
from pathlib import Path

#: The distribution name in pyproject.toml (its version goes in every page's "how this was made").
DISTRIBUTION = "news-analysis-notebooks"
#: Cell tags papermill uses: the notebook's own defaults and the values it injected.
PARAMETER_TAGS = ("parameters", "injected-parameters")
#: Tag papermill gives the banner cells it adds around a failure ("An Exception was encountered at In [11]").
ERROR_TAG = "papermill-error-cell-tag"
#: Tag of the "how this was made" cell, whose (empty) input is never shown.
MADE_TAG = "how-this-was-made"
#: Nothing from another host, no script at all; images only from the report folder or inline.
CSP = "default-src 'none'; img-src 'self' data: file:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

#: The one stylesheet of every page (index, notebook pages), inlined so a page is one file.
STYLE = """
:root{--ink:#1c2329;--muted:#5a6570;--line:#dfe3e8;--soft:#f4f6f8;--accent:#1b5e9c;--bad:#a61b1b}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;
 font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:62rem;margin:0 auto;padding:.8rem 1.1rem 3rem}
h1{font-size:1.65rem;line-height:1.25;margin:.6rem 0 .4rem}
h2{font-size:1.25rem;line-height:1.3;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
p,li{max-width:46rem}
a{color:var(--accent)}
code{font:.88em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:0 .2em;
 border-radius:3px}
pre{font:.8rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:.6rem .8rem;
 overflow-x:auto;border-radius:4px}
img{max-width:100%;height:auto}
.crumbs{font-size:.9rem;color:var(--muted);margin:.2rem 0 .6rem}
.crumbs a{margin-right:.9rem}
.made{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.55rem .9rem;margin:.8rem 0 1.2rem;
 font-size:.88rem;max-width:46rem}
.made strong{display:block;margin-bottom:.2rem}
.made dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .9rem;margin:0}
.made dt{color:var(--muted)}
.made dd{margin:0;overflow-wrap:anywhere}
table.data{border-collapse:collapse;font-size:.84rem;line-height:1.4;margin:.5rem 0;display:block;max-width:100%;
 overflow-x:auto}
table.data th,table.data td{padding:.28rem .55rem;border-bottom:1px solid var(--line);min-width:3.5rem}
table.data td{max-width:34rem}
table.data th{background:var(--soft);font-weight:600}
details{margin:.2rem 0 1rem}
summary{cursor:pointer;color:var(--accent);font-size:.9rem}
.jp-Cell{margin:0}
.jp-OutputArea-output{margin:.4rem 0;overflow-x:auto}
.jp-RenderedImage img{display:block;margin:.6rem 0}
.jp-OutputArea-output pre{background:none;padding:0}
.jp-InputArea pre{margin:.8rem 0 .3rem}
.anchor-link{margin-left:.3rem;font-size:.8em;text-decoration:none;visibility:hidden}
h1:hover .anchor-link,h2:hover .anchor-link,h3:hover .anchor-link{visibility:visible}
.error{color:var(--bad)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.75rem;margin:.6rem 0 1rem}
.card{border:1px solid var(--line);border-radius:8px;padding:.6rem .85rem}
.card .label{color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}
.card .value{font-size:1.3rem;font-weight:650;line-height:1.3;overflow-wrap:anywhere}
.card .note{color:var(--muted);font-size:.85rem}
.pages{padding-left:1.2rem}
.pages li{margin:.45rem 0}
.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.8rem}
.gallery figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:.4rem}
.gallery figcaption{font-size:.82rem;color:var(--muted)}
.files{columns:2 16rem;padding-left:1.2rem;font-size:.92rem}
.meta{color:var(--muted);margin:.2rem 0 .8rem}
footer{margin-top:2.5rem;font-size:.85rem;color:var(--muted)}
@media (max-width:640px){body{font-size:15px}main{padding:.5rem .7rem 2rem}h1{font-size:1.35rem}
 table.data{font-size:.78rem}}
""".strip()


def package_version() -> str:
    """The installed version of this package ("unknown" when run from a bare checkout)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def page(title: str, body: str, crumbs: str = "") -> str:
    """A whole HTML page around ``body`` (already safe HTML); ``title`` is escaped here."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        f"<title>{html.escape(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n<main>\n"
        + (f"<nav class=\"crumbs\">{crumbs}</nav>\n" if crumbs else "")
        + body
        + "\n</main>\n</body>\n</html>\n"
    )


class PageExporter:
    """Turns executed notebooks into reader pages; built once per report (nbconvert is slow to set up)."""

    def __init__(self, with_code: bool = False):
        from nbconvert import HTMLExporter
        from traitlets.config import Config

        self.with_code = with_code
        hide = Config({"TagRemovePreprocessor": {"enabled": True, "remove_input_tags": {MADE_TAG}}})
        self.exporter = HTMLExporter(
            config=hide, template_name="basic", exclude_input=not with_code, exclude_input_prompt=True,
            exclude_output_prompt=True, anchor_link_text="#",
        )

    def export(self, nb, notebook_name: str, article_title: str, article_name: str) -> str:
        """The page for one executed notebook ``nb`` (a NotebookNode; left unchanged)."""
        reader = for_readers(nb, article_name, article_title)
        body, _ = self.exporter.from_notebook_node(reader)
        heading = notebook_title(nb) or Path(notebook_name).stem
        crumbs = (f'<a href="index.html">← Report index</a>'
                  f'<a href="{html.escape(notebook_name)}">Executed notebook (.ipynb)</a>')
        body = body.replace('<img src="data:image/png', '<img alt="figure" src="data:image/png')
        return page(f"{heading} · {article_title}", _strip_scripts(body), crumbs)


def for_readers(nb, article_name: str, article_title: str):
    """A copy of ``nb`` fit for a reader: the parameters cells replaced by a "how this was made"
    box, warnings (stderr, which carries machine paths) dropped, tracebacks cut to one line."""
    nb = copy.deepcopy(nb)
    values = parameters(nb)
    box = made_box(values, article_name, article_title)
    cells, placed = [], False
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if ERROR_TAG in tags:  # papermill's red banners: the failed cell says it in one line instead
            continue
        if any(t in PARAMETER_TAGS for t in tags):
            if not placed:
                cells.append(_html_cell(box))
                placed = True
            continue
        if cell.cell_type == "code":
            cell.outputs = [_readable(o) for o in cell.outputs if not _is_warning(o)]
        cells.append(cell)
    if not placed:
        cells.insert(1 if cells and cells[0].cell_type == "markdown" else 0, _html_cell(box))
    nb.cells = cells
    nb.metadata.pop("papermill", None)
    return nb


def parameters(nb) -> dict:
    """The values a notebook ran with: its parameters cell's defaults, overridden by papermill's."""
    values: dict = {}
    for cell in nb.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            values.update(_literals(cell.source))
    values.update(nb.metadata.get("papermill", {}).get("parameters", {}) or {})
    return values


def made_box(values: dict, article_name: str, article_title: str) -> str:
    """The "how this was made" box: what ran on what, file names only (never a path)."""
    rows = [("Article", f"{html.escape(article_title)} <code>{html.escape(article_name)}</code>")]
    if "actors_path" in values:
        codebook = _name(values["actors_path"])
        rows.append(("Actors", f"codebook <code>{html.escape(codebook)}</code>" if codebook
                     else "discovered in the text (no codebook)"))
    if "engine" in values:
        rows.append(("Sentiment engine", html.escape(str(values["engine"]))))
    for key, value in values.items():
        if key in ("article_path", "actors_path", "engine", "out_dir"):
            continue
        if key.endswith(("_path", "_dir")):
            shown = f"<code>{html.escape(_name(value))}</code>" if _name(value) else "none"
        else:
            shown = html.escape(repr(value) if isinstance(value, str) else str(value))
        rows.append((key.replace("_", " "), shown))
    rows.append(("Made with", f"{DISTRIBUTION} {html.escape(package_version())}"))
    items = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<div class="made"><strong>How this was made</strong><dl>{items}</dl></div>'


def notebook_title(nb) -> str:
    """The text of a notebook's first Markdown heading ("" if it has none)."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return ""


def describe(nb) -> str:
    """A notebook's one-line description: the first line of text after its Markdown title."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            lines = [ln.strip() for ln in cell.source.splitlines() if ln.strip() and not ln.startswith("#")]
            if lines:
                return lines[0]
    return ""


def _literals(source: str) -> dict:
    """``name = literal`` assignments of a parameters cell (others are skipped, not evaluated)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return {}
    found = {}
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None)
        if isinstance(target, ast.Name) and node.value is not None:
            try:
                found[target.id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return found


def _name(path) -> str:
    """The file name of a path parameter ("" for an empty one): a page never shows a path."""
    text = str(path or "").strip()
    return re.split(r"[\\/]", text.rstrip("/\\"))[-1] if text else ""


def _html_cell(content: str):
    from nbformat.v4 import new_code_cell, new_output

    cell = new_code_cell("", outputs=[new_output("display_data", data={"text/html": content, "text/plain": ""})])
    cell.metadata["tags"] = [MADE_TAG]
    cell["id"] = "how-this-was-made"  # fixed, so two runs write identical pages
    return cell


def _is_warning(output) -> bool:
    return output.get("output_type") == "stream" and output.get("name") == "stderr"


def _readable(output):
    """An error output as one line (a traceback holds the paths of the machine that ran it)."""
    if output.get("output_type") != "error":
        return output
    from nbformat.v4 import new_output

    first = (str(output.get("evalue", "")).splitlines() or [""])[0]
    line = f"This cell failed: {output.get('ename', 'Error')}: {first}"
    return new_output("stream", name="stdout", text=line + "\n")


def _strip_scripts(body: str) -> str:
    """Drop ``<script>`` blocks nbconvert's template may add (widget state, MathJax config).

    Only template markup is affected: outputs of this project's notebooks are escaped, so an
    article's ``<script>`` arrives here as ``&lt;script&gt;`` text and is kept as text.
    """
    return re.sub(r"<script\b[^>]*>.*?</script>\s*", "", body, flags=re.S | re.I)
