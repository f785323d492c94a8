"""The corpus page: ``notebooks/corpus_overview.ipynb`` run on a corpus folder, as ``index.html``.

The notebook is not numbered, so the article report (which runs ``NN_*.ipynb``) leaves it out.
Paths given to it are relative to the notebook's folder, as in the article report, so the
executed notebook and the page carry no machine paths.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import AnalysisError
from ..report.limits import die_with_parent
from ..report.pages import PageExporter
from ..report.runner import KERNEL, NOTEBOOKS, kernel_manager, renumber, skip_iri_format_check

NOTEBOOK = NOTEBOOKS / "corpus_overview.ipynb"
TITLE = "Corpus overview"


def start_kernel(notebook: Path = NOTEBOOK):
    """The page's kernel, started now: ``run_corpus`` starts it when the analysis is done, so that
    it boots (a second of a core) while this process combines the parts and writes the tables,
    instead of after them. It dies with this process; ``write_corpus_report`` shuts it down."""
    from jupyter_core.utils import run_sync

    km = kernel_manager()
    run_sync(km.start_kernel)(cwd=str(notebook.parent), preexec_fn=die_with_parent)
    return km


def stop_kernel(km) -> None:
    """Shut the kernel of ``km`` down if it runs."""
    from jupyter_core.utils import run_sync

    if run_sync(km.is_alive)():
        run_sync(km.shutdown_kernel)(now=True)


def write_corpus_report(corpus_dir: str | Path, notebook: Path = NOTEBOOK, km=None) -> Path:
    """Execute the corpus notebook on ``corpus_dir`` and write ``corpus_overview.ipynb`` and
    ``index.html`` there (figures and tables as PNG/CSV in ``corpus_dir/overview``). ``km``: a
    kernel manager from ``start_kernel`` (else papermill starts a kernel); shut down here."""
    skip_iri_format_check()  # 3 CPU s of the page's imports (``report.runner``)
    import nbformat
    import papermill

    folder = Path(corpus_dir).resolve()
    executed = folder / notebook.name
    params = {"corpus_dir": os.path.relpath(folder, notebook.parent),
              "out_dir": os.path.relpath(folder / "overview", notebook.parent)}
    km = km or kernel_manager()
    try:
        papermill.execute_notebook(str(notebook), str(executed), parameters=params, kernel_name=KERNEL,
                                   km=km, cwd=str(notebook.parent), progress_bar=False, log_output=False,
                                   request_save_on_cell_execute=False)
    except papermill.PapermillExecutionError as exc:
        raise AnalysisError(f"{notebook.name} cell {exc.cell_index}: {exc.ename}: {exc.evalue}") from None
    finally:
        stop_kernel(km)
    nb = renumber(nbformat.read(executed, as_version=4))
    nbformat.write(nb, executed)
    page = folder / "index.html"
    page.write_text(render_page(nb, TITLE, folder.name), encoding="utf-8")
    return page


def render_page(nb, title: str, corpus_name: str = "corpus") -> str:
    """The executed notebook as one reader page, with the article pages' look (``report.pages``:
    self-contained, no scripts, code hidden)."""
    return PageExporter().export(nb, "corpus_overview.ipynb", title, corpus_name)
