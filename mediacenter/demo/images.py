"""Demo graphics drawn locally with Pillow: branded photos, logos, portraits and fact-sheet PDFs.

Nothing is downloaded. Drawing is deterministic for a given spec (shapes come from a random
generator seeded with the spec's key), and each file is drawn only when its library entry is
missing, so a second run of the loader draws nothing.
"""

from __future__ import annotations

import io
import math
import random
import textwrap
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

# Fonts with Cyrillic glyphs, tried in order (Debian/Ubuntu, Fedora, Arch, macOS, Windows).
# Pillow's built-in font has no Cyrillic: without one of these, fact sheets are English-only.
FONT_CANDIDATES = {
    False: [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        "C:/Windows/Fonts/arial.ttf",
    ],
    True: [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
        "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
        "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
        "C:/Windows/Fonts/arialbd.ttf",
    ],
}

WHITE = (255, 255, 255)
INK = (23, 37, 52)


@dataclass(frozen=True)
class ImageSpec:
    """One image of the demo library. `title` is its stable key: the loader finds it by title."""

    key: str
    title: str
    kind: str  # "photo", "logo", "logo_wide", "portrait" or "chart"
    size: tuple[int, int]
    colours: tuple[str, str]
    label: str  # Latin text drawn on the image (works with any font)
    sublabel: str = ""
    description: str = ""  # alt text
    motif: str = "cells"  # photos: cells, helix, network, skyline

    @property
    def filename(self) -> str:
        extension = "jpg" if self.kind in {"photo", "portrait"} else "png"
        return f"demo-{self.key}.{extension}"


@dataclass(frozen=True)
class FactSheetSection:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class FactSheetSpec:
    """A one- or two-page PDF (Bulgarian page first when a Cyrillic font is available)."""

    key: str
    title: str  # stable key in the document library
    colour: str
    heading: dict[str, str]
    subtitle: dict[str, str]
    sections: dict[str, tuple[FactSheetSection, ...]] = field(default_factory=dict)
    footer: str = "Health & Life Sciences Cluster Bulgaria · www.biocluster.bg · CC BY 4.0"

    @property
    def filename(self) -> str:
        return f"demo-{self.key}.pdf"


@cache
def _font_path(bold: bool) -> str | None:
    return next((path for path in FONT_CANDIDATES[bold] if Path(path).is_file()), None)


def has_cyrillic_font() -> bool:
    return _font_path(False) is not None


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = _font_path(bold) or _font_path(False)
    if path:
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def _gradient(size: tuple[int, int], start: str, end: str) -> Image.Image:
    """A diagonal two-colour gradient, built from Pillow's gradient (no per-pixel Python)."""
    rotated = Image.linear_gradient("L").rotate(45, expand=True)
    centre, half = rotated.width // 2, 256 // 3  # the middle of the rotated square: no corners
    mask = rotated.crop((centre - half, centre - half, centre + half, centre + half)).resize(size)
    return Image.composite(
        Image.new("RGB", size, _rgb(end)), Image.new("RGB", size, _rgb(start)), mask
    )


def _fit_font(text: str, max_width: int, size: int, bold: bool = True):
    """The largest font no bigger than `size` in which `text` fits on one line of max_width."""
    while size > 10:
        candidate = font(size, bold)
        if candidate.getlength(text) <= max_width:
            return candidate
        size -= 2
    return font(10, bold)


def _encode(image: Image.Image, kind: str) -> bytes:
    buffer = io.BytesIO()
    if kind in {"photo", "portrait"}:
        image.convert("RGB").save(buffer, "JPEG", quality=85, optimize=True)
    else:
        image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def render_image(spec: ImageSpec) -> bytes:
    draw = {
        "photo": _photo,
        "logo": _logo,
        "logo_wide": _logo_wide,
        "portrait": _portrait,
        "chart": _chart,
    }[spec.kind]
    return _encode(draw(spec), spec.kind)


def _overlay_motif(base: Image.Image, spec: ImageSpec) -> Image.Image:
    rng = random.Random(spec.key)
    width, height = base.size
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    if spec.motif == "helix":
        amplitude, step = height * 0.18, max(width // 40, 12)
        centre = height * 0.42
        for i, x in enumerate(range(-step, width + step, step)):
            phase = x / width * 4 * math.pi
            y1 = centre + amplitude * math.sin(phase)
            y2 = centre - amplitude * math.sin(phase)
            draw.line([(x, y1), (x, y2)], fill=(255, 255, 255, 70), width=3)
            for y, alpha in ((y1, 200), (y2, 140)):
                r = 9 + (i % 3) * 3
                draw.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255, alpha))
    elif spec.motif == "network":
        nodes = [
            (rng.randint(0, width), rng.randint(int(height * 0.14), int(height * 0.78)))
            for _ in range(34)
        ]
        for a in nodes:
            for b in nodes:
                if a < b and math.dist(a, b) < width * 0.16:
                    draw.line([a, b], fill=(255, 255, 255, 90), width=2)
        for x, y in nodes:
            r = rng.randint(6, 16)
            draw.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255, 190))
    elif spec.motif == "skyline":
        x = 0
        while x < width:
            w = rng.randint(width // 30, width // 12)
            h = rng.randint(height // 6, int(height * 0.6))
            draw.rectangle(
                [x, height - h, x + w, height], fill=(255, 255, 255, rng.randint(35, 90))
            )
            for wy in range(height - h + 16, height - 20, 28):
                for wx in range(x + 10, x + w - 10, 22):
                    if rng.random() < 0.45:
                        draw.rectangle([wx, wy, wx + 8, wy + 12], fill=(255, 255, 255, 140))
            x += w + rng.randint(4, 18)
    else:  # cells
        for _ in range(26):
            r = rng.randint(height // 20, height // 5)
            x, y = rng.randint(-r, width + r), rng.randint(-r, height + r)
            draw.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255, rng.randint(25, 70)))
            draw.ellipse(
                [x - r // 4, y - r // 4, x + r // 4, y + r // 4],
                fill=(255, 255, 255, rng.randint(70, 140)),
            )
    return Image.alpha_composite(base.convert("RGBA"), layer)


def _caption_band(image: Image.Image, label: str, sublabel: str) -> Image.Image:
    width, height = image.size
    band_height = int(height * 0.24)
    band = Image.new("RGBA", image.size, (0, 0, 0, 0))
    ImageDraw.Draw(band).rectangle([0, height - band_height, width, height], fill=(10, 20, 30, 150))
    image = Image.alpha_composite(image, band)
    draw = ImageDraw.Draw(image)
    margin = int(width * 0.05)
    title_font = _fit_font(label, width - 2 * margin, int(height * 0.085))
    draw.text(
        (margin, height - band_height + band_height * 0.16), label, font=title_font, fill=WHITE
    )
    if sublabel:
        sub_font = _fit_font(sublabel, width - 2 * margin, int(height * 0.042), bold=False)
        draw.text(
            (margin, height - band_height * 0.38), sublabel, font=sub_font, fill=(220, 235, 235)
        )
    small = font(max(int(height * 0.025), 12))
    draw.text((margin, margin * 0.6), "Media Center · demo image", font=small, fill=(255, 255, 255))
    tag = "biocluster.bg"
    draw.text((width - margin - small.getlength(tag), margin * 0.6), tag, font=small, fill=WHITE)
    return image


def _photo(spec: ImageSpec) -> Image.Image:
    image = _overlay_motif(_gradient(spec.size, *spec.colours), spec)
    return _caption_band(image, spec.label, spec.sublabel).convert("RGB")


def _emblem(draw: ImageDraw.ImageDraw, centre: tuple[float, float], radius: float, spec: ImageSpec):
    """A hexagon ring with a small double helix: the shared look of the demo logos."""
    primary, secondary = _rgb(spec.colours[0]), _rgb(spec.colours[1])
    cx, cy = centre
    hexagon = [
        (
            cx + radius * math.cos(math.radians(60 * i - 30)),
            cy + radius * math.sin(math.radians(60 * i - 30)),
        )
        for i in range(6)
    ]
    draw.polygon(hexagon, fill=primary)
    inner = [(cx + (x - cx) * 0.78, cy + (y - cy) * 0.78) for x, y in hexagon]
    draw.polygon(inner, fill=WHITE)
    span, amplitude = radius * 1.0, radius * 0.32
    steps = 9
    for i in range(steps + 1):
        x = cx - span / 2 + span * i / steps
        phase = i / steps * 2 * math.pi
        y1, y2 = cy + amplitude * math.sin(phase), cy - amplitude * math.sin(phase)
        draw.line([(x, y1), (x, y2)], fill=secondary, width=max(int(radius * 0.03), 2))
        r = radius * 0.07
        draw.ellipse([x - r, y1 - r, x + r, y1 + r], fill=primary)
        draw.ellipse([x - r, y2 - r, x + r, y2 + r], fill=secondary)


def _logo(spec: ImageSpec) -> Image.Image:
    width, height = spec.size
    image = Image.new("RGBA", spec.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    _emblem(draw, (width / 2, height * 0.38), min(width, height) * 0.28, spec)
    title_font = _fit_font(spec.label, int(width * 0.86), int(height * 0.11))
    tw = title_font.getlength(spec.label)
    draw.text(
        ((width - tw) / 2, height * 0.70), spec.label, font=title_font, fill=_rgb(spec.colours[0])
    )
    if spec.sublabel:
        sub_font = _fit_font(spec.sublabel, int(width * 0.86), int(height * 0.045), bold=False)
        sw = sub_font.getlength(spec.sublabel)
        draw.text(((width - sw) / 2, height * 0.84), spec.sublabel, font=sub_font, fill=INK)
    return image


def _logo_wide(spec: ImageSpec) -> Image.Image:
    width, height = spec.size
    image = Image.new("RGBA", spec.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    radius = height * 0.36
    _emblem(draw, (height * 0.5, height / 2), radius, spec)
    left = int(height * 1.0)
    title_font = _fit_font(spec.label, width - left - 40, int(height * 0.22))
    draw.text((left, height * 0.24), spec.label, font=title_font, fill=_rgb(spec.colours[0]))
    if spec.sublabel:
        sub_font = _fit_font(spec.sublabel, width - left - 40, int(height * 0.1), bold=False)
        draw.text((left, height * 0.58), spec.sublabel, font=sub_font, fill=INK)
    return image


def _portrait(spec: ImageSpec) -> Image.Image:
    width, height = spec.size
    image = _gradient(spec.size, *spec.colours).convert("RGBA")
    draw = ImageDraw.Draw(image)
    head = width * 0.2
    cx, cy = width / 2, height * 0.38
    draw.ellipse([cx - head, cy - head, cx + head, cy + head], fill=(255, 255, 255, 230))
    draw.rounded_rectangle(
        [width * 0.16, height * 0.62, width * 0.84, height * 1.1],
        radius=int(width * 0.25),
        fill=WHITE,
    )
    label_font = _fit_font(spec.label, int(width * 0.9), int(height * 0.05))
    lw = label_font.getlength(spec.label)
    draw.text(((width - lw) / 2, height * 0.88), spec.label, font=label_font, fill=INK)
    return image.convert("RGB")


def _chart(spec: ImageSpec) -> Image.Image:
    width, height = spec.size
    image = Image.new("RGB", spec.size, (246, 249, 250))
    draw = ImageDraw.Draw(image)
    rng = random.Random(spec.key)
    margin = int(width * 0.08)
    base_y = int(height * 0.78)
    bars = 7
    slot = (width - 2 * margin) / bars
    primary, secondary = _rgb(spec.colours[0]), _rgb(spec.colours[1])
    draw.line([(margin, base_y), (width - margin, base_y)], fill=INK, width=3)
    for i in range(bars):
        value = rng.uniform(0.25, 0.95)
        x0 = margin + i * slot + slot * 0.18
        x1 = x0 + slot * 0.64
        top = base_y - value * (base_y - height * 0.22)
        draw.rectangle([x0, top, x1, base_y], fill=primary if i % 2 == 0 else secondary)
    title_font = _fit_font(spec.label, width - 2 * margin, int(height * 0.07))
    draw.text((margin, height * 0.06), spec.label, font=title_font, fill=INK)
    if spec.sublabel:
        sub_font = _fit_font(spec.sublabel, width - 2 * margin, int(height * 0.04), bold=False)
        draw.text((margin, height * 0.85), spec.sublabel, font=sub_font, fill=INK)
    return image


# --- Fact sheets -------------------------------------------------------------------------------

A4_AT_100_DPI = (827, 1169)


def _fact_sheet_page(spec: FactSheetSpec, language: str) -> Image.Image:
    width, height = A4_AT_100_DPI
    page = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(page)
    colour = _rgb(spec.colour)
    margin = 60
    draw.rectangle([0, 0, width, 190], fill=colour)
    heading_font = _fit_font(spec.heading[language], width - 2 * margin, 40)
    draw.text((margin, 52), spec.heading[language], font=heading_font, fill=WHITE)
    subtitle_font = font(18)
    y = 112
    for line in textwrap.wrap(spec.subtitle[language], 70)[:2]:
        draw.text((margin, y), line, font=subtitle_font, fill=WHITE)
        y += 26
    y = 230
    section_font, body_font = font(22, bold=True), font(16)
    for section in spec.sections[language]:
        draw.text((margin, y), section.heading, font=section_font, fill=colour)
        y += 36
        for item in section.lines:
            wrapped = textwrap.wrap(item, 78) or [""]
            for i, line in enumerate(wrapped):
                prefix = "•  " if i == 0 else "    "
                draw.text((margin, y), prefix + line, font=body_font, fill=INK)
                y += 24
            y += 4
        y += 18
        if y > height - 140:
            break
    draw.line([(margin, height - 80), (width - margin, height - 80)], fill=colour, width=2)
    draw.text((margin, height - 64), spec.footer, font=font(14), fill=INK)
    return page


def render_fact_sheet(spec: FactSheetSpec) -> bytes:
    """The fact sheet as PDF: Bulgarian and English pages, or English only without a Cyrillic font."""
    languages = ["bg", "en"] if has_cyrillic_font() else ["en"]
    pages = [
        _fact_sheet_page(spec, language) for language in languages if language in spec.sections
    ]
    buffer = io.BytesIO()
    pages[0].save(
        buffer, "PDF", resolution=100.0, save_all=True, append_images=pages[1:], title=spec.title
    )
    return buffer.getvalue()
