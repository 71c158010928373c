"""Linux desktop integration files (packaging/linux): always checked here, and
also by desktop-file-validate and appstreamcli where those are installed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "no.kpidesk.KPIDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def run_validator(*command: str) -> str:
    """Run an installed validator; '' when it is not installed (the checks below still run)."""
    if shutil.which(command[0]) is None:
        return ""
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file() -> None:
    run_validator("desktop-file-validate", str(DESKTOP))
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "KPIDesk"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "kpidesk"
    assert "%f" in entry["Exec"].split()
    assert entry["Terminal"] == "false"
    assert entry["MimeType"] == "application/x-kpidesk;"
    assert entry["Categories"].endswith(";")
    assert {"Comment", "Comment[nb]"} <= set(entry)
    for key in entry:
        assert key.split("[")[0][0].isupper(), key


def test_appstream_metainfo() -> None:
    run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") and root.findtext("project_license")
    assert root.findtext("name") == "KPIDesk"
    summaries = {s.get(XML_LANG): s.text for s in root.findall("summary")}
    assert summaries.get(None) and summaries.get("nb")
    paragraphs = root.findall("description/p")
    assert {p.get(XML_LANG) for p in paragraphs} == {None, "nb"}
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("provides/mediatype") == "application/x-kpidesk"
    screenshots = root.findall("screenshots/screenshot")
    assert 2 <= len(screenshots) <= 3
    assert sum(s.get("type") == "default" for s in screenshots) == 1
    for shot in screenshots:
        image = shot.find("image")
        assert image.text.startswith("https://")
        local = LINUX / "screenshots" / image.text.rsplit("/", 1)[1]
        assert local.is_file(), f"{local} is not committed"
        width, height = png_size(local)
        assert (width, height) == (int(image.get("width")), int(image.get("height")))
        assert {c.get(XML_LANG) for c in shot.findall("caption")} == {None, "nb"}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_mime_type_matches_a_real_kpidesk_file(demo_path: Path) -> None:
    root = ET.parse(MIME).getroot()
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-kpidesk"
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.kpidesk"
    assert mime.find(f"{MIME_NS}icon").get("name") == APP_ID
    header = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    nested = header.find(f"{MIME_NS}match")
    data = demo_path.read_bytes()[:100]
    signature = header.get("value").replace("\\000", "\0").encode()
    assert data[int(header.get("offset")) :].startswith(signature)
    assert nested.get("type") == "big32"
    offset = int(nested.get("offset"))
    assert int.from_bytes(data[offset : offset + 4], "big") == int(nested.get("value"), 16)


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256])
def test_icon_sizes(size: int) -> None:
    icon = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(icon) == (size, size)


def test_scalable_icon_is_the_app_svg() -> None:
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()
