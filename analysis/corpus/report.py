"""The corpus page: ``notebooks/corpus_overview.ipynb`` run on a corpus folder, as ``index.html``.

The notebook is not numbered, so the article report (which runs ``NN_*.ipynb``) leaves it out.
Paths given to it are relative to the notebook's folder, as in the article report, so the
executed notebook and the page carry no machine paths.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import AnalysisError
from ..report.pages import PageExporter
from ..report.runner import KERNEL, NOTEBOOKS, kernel_manager, renumber, skip_iri_format_check

NOTEBOOK = NOTEBOOKS / "corpus_overview.ipynb"
TITLE = "Corpus overview"


def write_corpus_report(corpus_dir: str | Path, notebook: Path = NOTEBOOK) -> Path:
    """Execute the corpus notebook on ``corpus_dir`` and write ``corpus_overview.ipynb`` and
    ``index.html`` there (figures and tables as PNG/CSV in ``corpus_dir/overview``)."""
    skip_iri_format_check()  # 3 CPU s of the page's imports (``report.runner``)
    import nbformat
    import papermill
    from jupyter_core.utils import run_sync

    folder = Path(corpus_dir).resolve()
    executed = folder / notebook.name
    params = {"corpus_dir": os.path.relpath(folder, notebook.parent),
              "out_dir": os.path.relpath(folder / "overview", notebook.parent)}
    km = kernel_manager()
    try:
        papermill.execute_notebook(str(notebook), str(executed), parameters=params, kernel_name=KERNEL,
                                   km=km, cwd=str(notebook.parent), progress_bar=False, log_output=False,
                                   request_save_on_cell_execute=False)
    except papermill.PapermillExecutionError as exc:
        raise AnalysisError(f"{notebook.name} cell {exc.cell_index}: {exc.ename}: {exc.evalue}") from None
    finally:
        if run_sync(km.is_alive)():
            run_sync(km.shutdown_kernel)(now=True)
    nb = renumber(nbformat.read(executed, as_version=4))
    nbformat.write(nb, executed)
    page = folder / "index.html"
    page.write_text(render_page(nb, TITLE, folder.name), encoding="utf-8")
    return page


def render_page(nb, title: str, corpus_name: str = "corpus") -> str:
    """The executed notebook as one reader page, with the article pages' look (``report.pages``:
    self-contained, no scripts, code hidden)."""
    return PageExporter().export(nb, "corpus_overview.ipynb", title, corpus_name)
