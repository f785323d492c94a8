"""Running every notebook on one article and writing a shareable HTML report.

One Python process drives all notebooks through the papermill and nbconvert APIs (no CLI
process per notebook), and the HTML exporter is built once. A notebook that fails is reported
in one line, naming the notebook and cell; the others still run.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import ParameterError
from ..reading.loading import load_article
from ..reading.metadata import read_metadata
from .index import page_entry, write_index
from .pages import PageExporter


def _notebooks_dir() -> Path:
    """The report's notebooks: ``analysis.notebooks`` as installed, else ``notebooks/`` of the checkout."""
    try:
        import analysis.notebooks as installed

        return Path(next(iter(installed.__path__))).resolve()
    except (ImportError, StopIteration):
        return Path(__file__).resolve().parents[2] / "notebooks"


NOTEBOOKS = _notebooks_dir()
KERNEL = "python3"


@dataclass
class PageResult:
    """What happened to one notebook of the report."""

    notebook: str
    html: str | None
    seconds: float
    error: str | None = None


def slugify(name: str) -> str:
    """A file-system friendly name: lower case, letters, digits and dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "article"


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The report's notebooks, in their numbered order."""
    return sorted(folder.glob("[0-9]*.ipynb"))


def build_report(
    article: str | Path,
    out: str | Path = "reports",
    actors: str | Path | None = None,
    notebooks: list[Path] | None = None,
    log=print,
    with_code: bool = False,
) -> list[PageResult]:
    """Execute each notebook on ``article`` and write notebooks, HTML and an index page.

    Pages hide the code unless ``with_code`` (the analyst's version); see ``report.pages``."""
    article = Path(article).resolve()
    loaded = load_article(article)  # fail fast, with the library's one-line message
    if actors and not Path(actors).is_file():
        raise ParameterError(f"{actors}: no such actor codebook file")
    metadata = read_metadata(article)
    headline = str(metadata.get("title") or loaded.title)
    if actors is None:  # the article's metadata names its codebook; without one, actors are discovered
        actors = metadata.get("codebook") or ""
    folder = Path(out) / slugify(article.stem)
    folder.mkdir(parents=True, exist_ok=True)
    paths = notebooks or notebook_paths()
    results = []
    with SharedKernel(paths[0].parent if paths else NOTEBOOKS) as kernel:
        import nbformat  # imported while the kernel boots (nbformat alone takes a second)
        import papermill

        exporter = PageExporter(with_code=with_code)
        for number, path in enumerate(paths, 1):
            log(f"[{number}/{len(paths)}] {path.name} ...", end=" ", flush=True)
            started = time.perf_counter()
            params = _parameters(path, article, actors, folder)
            executed = folder / path.name
            error = None
            try:
                kernel.reset(path.parent)
                papermill.execute_notebook(
                    str(path), str(executed), parameters=params, kernel_name=KERNEL, km=kernel.km,
                    cwd=str(path.parent), progress_bar=False, log_output=False,
                    request_save_on_cell_execute=False,  # write once at the end, not after every cell
                )
            except papermill.PapermillExecutionError as exc:
                error = f"{path.name} cell {exc.cell_index}: {exc.ename}: {_first_line(exc.evalue)}"
            except Exception as exc:  # kernel death, bad notebook: still one line, still go on
                error = f"{path.name}: {type(exc).__name__}: {_first_line(str(exc))}"
            page = None
            if executed.exists():
                nb = _renumber(nbformat.read(executed, as_version=4))
                nbformat.write(nb, executed)
                page = executed.with_suffix(".html")
                page.write_text(exporter.export(nb, executed.name, headline, article.name), encoding="utf-8")
            seconds = time.perf_counter() - started
            log("FAILED" if error else f"ok ({seconds:.1f} s)")
            results.append(PageResult(path.name, page.name if page else None, seconds, error))
    entries = [page_entry(p, r.notebook, r.html, r.error) for p, r in zip(paths, results)]
    write_index(folder, entries, headline, article.name, metadata)
    return results


def kernel_manager():
    """A manager for a python3 kernel whose sockets are encrypted (CurveZMQ keys it provisions).

    Without keys, ipykernel warns "Kernel is running over TCP without encryption" on stderr at
    every start; with them the warning has no cause, and the kernel's real errors still show.
    """
    import zmq
    from jupyter_client.manager import AsyncKernelManager

    km = AsyncKernelManager(kernel_name=KERNEL)
    if zmq.has("curve"):  # pyzmq's wheels are built with it; without it, plain TCP (and the warning)
        km.transport_encryption = "auto"
    return km


class SharedKernel:
    """One python3 kernel for all notebooks of a report, its namespace reset before each.

    Starting a kernel and importing pandas and matplotlib in it costs more than running most
    notebooks; sharing one kernel pays that once. A kernel that died is started again.
    """

    def __init__(self, cwd: Path):
        self.cwd = str(cwd)
        self.km = None

    def __enter__(self) -> SharedKernel:
        from jupyter_core.utils import run_sync

        self.km = kernel_manager()
        run_sync(self.km.start_kernel)(cwd=self.cwd)
        return self

    def reset(self, cwd: Path) -> None:
        """Clear the namespace and figures left by the previous notebook."""
        from jupyter_core.utils import run_sync

        if not run_sync(self.km.is_alive)():
            run_sync(self.km.restart_kernel)(now=True)
        client = self.km.client()  # a client per reset: its sockets belong to this call's event loop
        client.start_channels()
        try:
            run_sync(client.wait_for_ready)(timeout=60)
            code = (f"%reset -f\nimport os, matplotlib.pyplot as _plt\n_plt.close('all')\n"
                    f"os.chdir({str(cwd)!r})\ndel os, _plt")
            run_sync(client.execute_interactive)(code, store_history=False, output_hook=lambda msg: None)
        finally:
            client.stop_channels()

    def __exit__(self, *exc) -> None:
        from jupyter_core.utils import run_sync

        run_sync(self.km.shutdown_kernel)(now=True)


def _renumber(nb):
    """Execution counts from 1 in each notebook, as if it had its own kernel, and cell ids
    from their position (papermill gives its injected cell a random one): reruns stay identical."""
    count = 0
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index:02d}"
        if cell.cell_type == "code" and cell.get("execution_count") is not None:
            count += 1
            cell.execution_count = count
            for output in cell.outputs:
                if output.get("output_type") == "execute_result":
                    output.execution_count = count
    return nb


def _parameters(path: Path, article: Path, actors, folder: Path) -> dict:
    """The report's parameters that this notebook declares, paths relative to the notebook."""
    import papermill

    declared = papermill.inspect_notebook(str(path))
    offered = {
        "article_path": _relative(article, path.parent),
        "actors_path": _relative(Path(actors).resolve(), path.parent) if actors else "",
        "out_dir": _relative(folder.resolve(), path.parent),
    }
    return {k: v for k, v in offered.items() if k in declared and v is not None}


def _relative(target: Path, start: Path) -> str:
    import os

    return os.path.relpath(target, start)


def _first_line(text: str) -> str:
    lines = [ln for ln in str(text).splitlines() if ln.strip()]
    return lines[0][:300] if lines else ""


def main_report(article: str, out: str, actors: str | None, with_code: bool = False) -> int:
    """Command-line entry: build the report, print where it is, 1 if any notebook failed."""
    results = build_report(article, out, actors, log=lambda *a, **k: print(*a, **k, file=sys.stderr),
                           with_code=with_code)
    failed = [r for r in results if r.error]
    for r in failed:
        print(f"error: {r.error}", file=sys.stderr)
    folder = Path(out) / slugify(Path(article).stem)
    total = sum(r.seconds for r in results)
    print(f"report: {folder / 'index.html'} ({len(results)} notebooks, {total:.1f} s)", file=sys.stderr)
    return 1 if failed else 0


def refresh_notebooks(paths: list[Path] | None = None, log=print) -> None:
    """Re-execute every notebook in place with its default parameters (``make notebooks``).

    nbclient runs them without timing metadata, so the committed files change only where
    outputs change; nbval then compares fresh runs against these outputs.
    """
    import nbformat
    from nbclient import NotebookClient

    for path in paths or sorted(NOTEBOOKS.glob("*.ipynb")):  # the report's notebooks and the template
        log(f"executing {path.name}")
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb, km=kernel_manager(), kernel_name=KERNEL, timeout=600, record_timing=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.execute(cleanup_kc=True)  # the kernel manager is ours: shut its kernel down after each
        nbformat.write(nb, path)
