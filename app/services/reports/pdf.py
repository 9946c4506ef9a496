"""The printable review: an A4 document in French (fpdf2, a Unicode TrueType font shipped with
matplotlib, so accents print), with charts drawn by matplotlib's headless Agg backend as PNG
images. Output is deterministic for the same data and `generated_at`."""

import io
from datetime import datetime
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from fpdf import FPDF

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT = "DejaVu"
BLUE = "#1f5fa8"


class ReviewDocument(FPDF):
    def __init__(self, title: str, generated_at: datetime) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.review_title = title
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_creation_date(generated_at)
        self.set_title(title)
        self.set_author("Ville de Roubaix — réseau des Espaces Numériques Citoyens")
        self.set_lang("fr")
        self.set_auto_page_break(auto=True, margin=18)
        self.set_font(FONT, size=10)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=8)
        self.cell(0, 6, f"{self.review_title} — page {self.page_no()}", align="C")

    def heading(self, text: str) -> None:
        self.set_font(FONT, "B", 15)
        self.set_text_color(31, 95, 168)
        self.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font(FONT, size=10)
        self.ln(2)

    def line_text(self, text: str, bold: bool = False) -> None:
        self.set_font(FONT, "B" if bold else "", 10)
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, size=10)

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        self.set_font(FONT, "B", 9)
        self.set_fill_color(225, 234, 245)
        for label, width in zip(header, widths, strict=True):
            self.cell(width, 6.5, label, border=1, fill=True)
        self.ln()
        self.set_font(FONT, size=9)
        for row in rows:
            for value, width in zip(row, widths, strict=True):
                self.cell(width, 6, _fit(self, value, width), border=1)
            self.ln()
        self.ln(3)
        self.set_font(FONT, size=10)

    def chart(self, png: bytes, width: float = 170) -> None:
        self.image(io.BytesIO(png), w=width)
        self.ln(3)


def _fit(pdf: FPDF, value: str, width: float) -> str:
    text = str(value)
    while text and pdf.get_string_width(text) > width - 2:
        text = text[:-2] + "…"
    return text


def bar_chart(labels: list[str], values: list[float], title: str, *, horizontal=False) -> bytes:
    plt.rcParams["svg.hashsalt"] = "enc"
    figure, axes = plt.subplots(figsize=(7.5, 3.2), dpi=110)
    if horizontal:
        axes.barh(labels, values, color=BLUE)
        axes.invert_yaxis()
    else:
        axes.bar(labels, values, color=BLUE)
        axes.tick_params(axis="x", labelrotation=45)
    axes.set_title(title)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return _png(figure)


def paired_chart(
    labels: list[str], first: list[float], second: list[float], title: str, names: tuple[str, str]
) -> bytes:
    figure, axes = plt.subplots(figsize=(7.5, 3.2), dpi=110)
    positions = range(len(labels))
    axes.bar([p - 0.2 for p in positions], first, width=0.4, label=names[0], color=BLUE)
    axes.bar([p + 0.2 for p in positions], second, width=0.4, label=names[1], color="#d9534f")
    axes.set_xticks(list(positions), labels, rotation=45)
    axes.set_title(title)
    axes.legend()
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return _png(figure)


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(figure)
    return buffer.getvalue()
