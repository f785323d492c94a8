"""Running every notebook on one article and writing a shareable HTML report.

One Python process drives all notebooks through the papermill and nbconvert APIs (no CLI
process per notebook), and the HTML exporter is built once. A notebook that fails is reported
in one line, naming the notebook and cell; the others still run.

Nothing is mixed up or left half-written: a report is built in a hidden folder beside its
target (``.<slug>.partial``) and moved into place only when complete, under a lock that a
second run on the same slug cannot take (it stops with one line). A folder already holding
another article's report is never overwritten. The kernel dies with this process, whatever
ends it, and its connection file is deleted as soon as the kernel has read it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import signal
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..actors.codebook import load_codebook
from ..errors import ParameterError
from ..reading.loading import load_article
from ..reading.metadata import read_metadata
from .index import index_page, page_entry
from .limits import die_with_parent
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
CELL_SECONDS = 600  # a cell's time limit: the slowest cell on a 1 MB article takes ~60 s; 10x that
MARKER = ".article-id"  # in a report folder: which article file it reports on (a hash, no path)


@dataclass
class PageResult:
    """What happened to one notebook of the report."""

    notebook: str
    html: str | None
    seconds: float
    error: str | None = None


def slugify(name: str) -> str:
    """A file-system friendly name: lower case, letters (of any script), digits and dashes."""
    slug = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", name).lower()).strip("-")
    return slug[:80].strip("-") or "article"


def report_folder(article: str | Path, out: str | Path = "reports") -> Path:
    """Where the report on ``article`` goes: ``out/<slug of the file name>``."""
    return Path(out) / slugify(Path(article).stem)


def article_id(article: Path) -> str:
    """A short hash of the article file's resolved path: tells two articles of the same name apart."""
    return hashlib.sha256(os.fsencode(os.path.realpath(article))).hexdigest()[:16]


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

    Everything is checked before any notebook runs (the article, the codebook, ``out``); the
    report is built in ``out/.<slug>.partial`` and replaces ``out/<slug>`` only when complete.
    Pages hide the code unless ``with_code`` (the analyst's version); see ``report.pages``.
    """
    loaded = load_article(article)  # fail fast, with the library's one-line message
    article = Path(os.path.realpath(article))
    if actors and not Path(actors).is_file():
        raise ParameterError(f"{actors}: no such actor codebook file")
    metadata = read_metadata(article)
    headline = str(metadata.get("title") or loaded.title)
    if actors is None:  # the article's metadata names its codebook; without one, actors are discovered
        actors = metadata.get("codebook") or ""
    if actors:
        load_codebook(actors)  # a bad codebook stops here in one line, not in a kernel
    folder = report_folder(article, out)
    paths = notebooks or notebook_paths()
    with _ReportFolder(folder, article) as building:
        results = _run_notebooks(paths, article, actors, building.partial, folder, headline, log, with_code)
        entries = [page_entry(p, r.notebook, r.html, r.error) for p, r in zip(paths, results)]
        _write_atomic(building.partial / "index.html",
                      index_page(building.partial, entries, headline, article.name, metadata))
        building.commit()
    return results


def _run_notebooks(paths: list[Path], article: Path, actors, partial: Path, folder: Path, headline: str,
                   log, with_code: bool = False) -> list[PageResult]:
    """Each notebook executed into ``partial`` and exported to HTML; failures are one line each."""
    results = []
    skip_iri_format_check()
    connection = partial / ".kernel.json"  # deleted once read; a run killed before that leaves it in partial/
    with SharedKernel(paths[0].parent if paths else NOTEBOOKS, connection) as kernel:
        import nbformat  # imported while the kernel boots (nbformat alone takes a second)
        import papermill

        exporter = PageExporter(with_code=with_code)
        restart = False
        for number, path in enumerate(paths, 1):
            log(f"[{number}/{len(paths)}] {path.name} ...", end=" ", flush=True)
            started = time.perf_counter()
            params = _parameters(path, article, actors, partial)
            executed = partial / path.name
            error = None
            try:
                kernel.reset(path.parent, restart=restart)
                restart = False
                papermill.execute_notebook(
                    str(path), str(executed), parameters=params, kernel_name=KERNEL, km=kernel.km,
                    cwd=str(path.parent), progress_bar=False, log_output=False, execution_timeout=CELL_SECONDS,
                    request_save_on_cell_execute=False,  # write once at the end, not after every cell
                )
            except papermill.PapermillExecutionError as exc:
                error = f"{path.name} cell {exc.cell_index}: {exc.ename}: {_first_line(exc.evalue)}"
            except Exception as exc:  # kernel death, a cell over its time, bad notebook: one line, go on
                error = f"{path.name}: {type(exc).__name__}: {_first_line(str(exc))}"
                restart = True  # the kernel may still be busy with the stopped cell
            page = None
            if executed.exists():
                nb = renumber(nbformat.read(executed, as_version=4))
                _show_final_folder(nb, partial, folder, path.parent)
                _write_atomic(executed, nbformat.writes(nb))
                page = executed.with_suffix(".html")
                _write_atomic(page, exporter.export(nb, executed.name, headline, article.name))
            seconds = time.perf_counter() - started
            log("FAILED" if error else f"ok ({seconds:.1f} s)")
            results.append(PageResult(path.name, page.name if page else None, seconds, error))
    return results


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it: never a truncated page."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _show_final_folder(nb, partial: Path, folder: Path, start: Path) -> None:
    """In the injected parameters, the folder the report ends up in, not the one it was built in."""
    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell.source = cell.source.replace(_relative(partial.resolve(), start), _relative(folder.resolve(), start))


class _ReportFolder:
    """``out/<slug>`` built as ``out/.<slug>.partial`` under the lock ``out/.<slug>.lock``.

    Entering checks ``out`` (a folder we can write in), takes the lock (a second run on the same
    slug stops with one line), refuses a folder holding another article's report, and removes
    what a killed run left behind. ``commit`` moves the finished report into place; leaving
    without it removes the partial folder, so the previous report stays as it was.
    """

    def __init__(self, folder: Path, article: Path):
        self.folder, self.article = folder, article
        self.out = folder.parent
        self.partial = self.out / f".{folder.name}.partial"
        self.old = self.out / f".{folder.name}.old"
        self.lock_path = self.out / f".{folder.name}.lock"
        self._lock = None

    def __enter__(self) -> _ReportFolder:
        if self.out.exists() and not self.out.is_dir():
            raise ParameterError(f"--out {self.out}: is a file, not a folder; give a folder for the reports")
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ParameterError(f"--out {self.out}: cannot create the folder ({exc.strerror})") from None
        self._lock = _take_lock(self.lock_path, self.out, self.folder)
        try:
            self._check_owner()
            for stale in (self.partial, self.old):  # left by a run that was killed
                shutil.rmtree(stale, ignore_errors=True)
            self.partial.mkdir()
            (self.partial / MARKER).write_text(article_id(self.article) + "\n", encoding="utf-8")
        except OSError as exc:
            self._release()
            raise ParameterError(f"--out {self.out}: cannot write there ({exc.strerror})") from None
        except BaseException:
            self._release()
            raise
        return self

    def _check_owner(self) -> None:
        """Refuse to replace a folder that holds another article's report, or that is not a report."""
        if not self.folder.exists():
            return
        if not self.folder.is_dir():
            raise ParameterError(f"{self.folder}: is a file; give another --out")
        marker = self.folder / MARKER
        if marker.is_file():
            if marker.read_text(encoding="utf-8").strip() != article_id(self.article):
                raise ParameterError(f"{self.folder} holds the report of another article named "
                                     f"{self.article.name}; give another --out for this one")
        elif any(self.folder.iterdir()) and not (self.folder / "index.html").exists():
            raise ParameterError(f"{self.folder} exists and is not a report; give another --out")

    def commit(self) -> None:
        """Put the finished report in place of the previous one (two renames on one file system)."""
        if self.folder.exists():
            os.replace(self.folder, self.old)
        os.replace(self.partial, self.folder)
        shutil.rmtree(self.old, ignore_errors=True)

    def _release(self) -> None:
        shutil.rmtree(self.partial, ignore_errors=True)
        if self._lock is not None:
            self.lock_path.unlink(missing_ok=True)  # while still held: a waiting run then sees a new file
            os.close(self._lock)
            self._lock = None

    def __exit__(self, *exc) -> None:
        self._release()


def _take_lock(path: Path, out: Path, folder: Path) -> int:
    """An exclusive lock on ``path`` (released by the OS if this process dies), or a one-line error."""
    import fcntl

    for _ in range(3):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise ParameterError(f"--out {out}: cannot write there ({exc.strerror})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise ParameterError(f"{folder}: another report run is writing it now; wait for it to finish") from None
            raise ParameterError(f"--out {out}: cannot lock {path.name} ({exc.strerror})") from None
        with contextlib.suppress(FileNotFoundError):
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd  # still the file at that path: not one a finishing run just removed
        os.close(fd)
    raise ParameterError(f"{folder}: another report run is writing it now; wait for it to finish")


#: A module that jsonschema imports, when installed, for its "iri" format check: rfc3987-syntax
#: (pulled in by jupyter-events, a dependency of jupyterlab's server) builds 38 Lark parsers
#: when imported, 2.8-3.2 CPU s on this machine, and jsonschema is imported by nbformat, so by
#: papermill and nbconvert: in every report and corpus page, before anything is executed.
IRI_GRAMMAR_MODULE = "rfc3987_syntax"


def skip_iri_format_check() -> None:
    """Let jsonschema go without its "iri" format check in this process (before nbformat is
    imported): the notebook schemas use no "iri" format, and nbformat validates without format
    checks, so the notebooks and pages are the same bytes. jsonschema imports the module inside
    ``suppress(ImportError)``; marking it absent is what an install without it looks like. If
    jsonschema (or anything) has already imported it, it is left alone.
    """
    sys.modules.setdefault(IRI_GRAMMAR_MODULE, None)


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
    notebooks; sharing one kernel pays that once. A kernel that died is started again. The
    kernel dies with this process (``die_with_parent``), and its connection file (``connection``,
    holding the kernel's key) is deleted once the kernel is ready: a killed run leaves neither.
    """

    def __init__(self, cwd: Path, connection: Path | None = None):
        self.cwd = str(cwd)
        self.connection = connection
        self.km = None

    def __enter__(self) -> SharedKernel:
        from jupyter_core.utils import run_sync

        self.km = kernel_manager()
        if self.connection is not None:
            self.km.connection_file = str(self.connection)
        try:
            run_sync(self.km.start_kernel)(cwd=self.cwd, preexec_fn=die_with_parent)
        except BaseException:
            self._remove_connection_file()
            raise
        return self

    def reset(self, cwd: Path, restart: bool = False) -> None:
        """Clear the namespace and figures left by the previous notebook (a fresh kernel if it died)."""
        from jupyter_core.utils import run_sync

        if restart or not run_sync(self.km.is_alive)():
            run_sync(self.km.restart_kernel)(now=True, preexec_fn=die_with_parent)
        client = self.km.client()  # a client per reset: its sockets belong to this call's event loop
        client.start_channels()
        try:
            run_sync(client.wait_for_ready)(timeout=60)
            self._remove_connection_file()  # read by now; the client keeps the ports and key in memory
            code = (f"%reset -f\nimport os, matplotlib.pyplot as _plt\n_plt.close('all')\n"
                    f"os.chdir({str(cwd)!r})\ndel os, _plt")
            run_sync(client.execute_interactive)(code, store_history=False, output_hook=lambda msg: None)
        finally:
            client.stop_channels()

    def _remove_connection_file(self) -> None:
        if self.km is not None and self.km.connection_file:
            Path(self.km.connection_file).unlink(missing_ok=True)

    def __exit__(self, *exc) -> None:
        from jupyter_core.utils import run_sync

        try:
            run_sync(self.km.shutdown_kernel)(now=True)
        except BaseException:  # interrupted mid-way (a second signal): kill it outright
            process = getattr(self.km.provisioner, "process", None)
            if process is not None:
                with contextlib.suppress(OSError):
                    process.kill()
            raise
        finally:
            self._remove_connection_file()


def renumber(nb):
    """Execution counts from 1 in each notebook, as if it had its own kernel, cell ids from their
    position (papermill gives its injected cell a random one), and no papermill timing metadata:
    reruns give identical files."""
    count = 0
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index:02d}"
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code" and cell.get("execution_count") is not None:
            count += 1
            cell.execution_count = count
            for output in cell.outputs:
                if output.get("output_type") == "execute_result":
                    output.execution_count = count
    nb.metadata.pop("papermill", None)
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
    """Command-line entry: build the report, print where it is, 1 if any notebook failed.

    SIGTERM and SIGHUP stop the run as Ctrl-C does (``KeyboardInterrupt``), so the kernel is
    shut down and the partial folder removed whichever way the command is ended.
    """
    with _signals_interrupt(signal.SIGTERM, signal.SIGHUP):
        results = build_report(article, out, actors, log=lambda *a, **k: print(*a, **k, file=sys.stderr),
                               with_code=with_code)
    failed = [r for r in results if r.error]
    for r in failed:
        print(f"error: {r.error}", file=sys.stderr)
    folder = report_folder(article, out)
    total = sum(r.seconds for r in results)
    print(f"report: {folder / 'index.html'} ({len(results)} notebooks, {total:.1f} s)", file=sys.stderr)
    return 1 if failed else 0


@contextlib.contextmanager
def _signals_interrupt(*signals: signal.Signals):
    """While inside, the given signals raise ``KeyboardInterrupt`` (main thread only)."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt(signal.Signals(signum).name)

    previous = {}
    try:
        for sig in signals:
            with contextlib.suppress(ValueError):  # not the main thread: leave handlers alone
                previous[sig] = signal.signal(sig, interrupt)
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def refresh_notebooks(paths: list[Path] | None = None, log=print) -> None:
    """Re-execute every notebook in place with its default parameters (``make notebooks``).

    nbclient runs them without timing metadata, so the committed files change only where
    outputs change; nbval then compares fresh runs against these outputs.
    """
    skip_iri_format_check()
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
