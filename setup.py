"""Packaging glue that pyproject.toml cannot say alone.

`resources/` sits at the repository root (shared by the source checkout, the
PyInstaller spec and the tests), but an installed wheel must carry it inside the
package as `kpidesk/resources/` (where kpidesk/paths.py looks for it). Mapping
the folder to the `kpidesk.resources` package does that; everything else is in
pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["kpidesk", "kpidesk.*"]), "kpidesk.resources"],
    package_dir={"kpidesk.resources": "resources"},
)
