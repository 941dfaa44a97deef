"""Render the program icon from resources/icons/werkdrukdesk.svg.

    python installer/make_icons.py

Writes, beside the SVG, werkdrukdesk.png (256 px, for Linux launchers and the program) and
werkdrukdesk.ico (16-256 px, for the Windows executable, shortcuts and the .werkdruk file type).
Qt's own SVG renderer draws every size, so the small sizes are drawn, not shrunk. The results are
committed; run this again only after changing the SVG. Needs no screen.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "werkdrukdesk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    png = ICONS / "werkdrukdesk.png"
    png.write_bytes(png_bytes(render(renderer, 256)))

    from PIL import Image  # Pillow comes with ReportLab

    images = [Image.open(io.BytesIO(png_bytes(render(renderer, s)))).convert("RGBA")
              for s in ICO_SIZES]
    ico = ICONS / "werkdrukdesk.ico"
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=images[:-1])
    for path in (png, ico):
        print(f"{path.relative_to(ICONS.parent.parent)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
