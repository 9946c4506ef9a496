"""The page every generated document is printed on: A4, French, a Unicode TrueType font (DejaVu,
shipped with matplotlib, so accents and « » print), the city's header, numbered articles, tables
and the signature block.

Deterministic: the same data gives the same bytes. fpdf2 writes no random file id; the only
moving part is the creation date, which the caller sets from the data (the latest change of the
rows printed), never from the clock."""

from datetime import date, datetime
from pathlib import Path

import matplotlib
from fpdf import FPDF

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT = "DejaVu"
BLUE = (31, 95, 168)
LIGHT_BLUE = (225, 234, 245)
GREY = (90, 90, 90)
CITY_NAME = "Ville de Roubaix"
CITY_LINE = (
    "Réseau des Espaces Numériques Citoyens (ENC) et des Points d'Accès à l'Internet Citoyen"
)
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def the_association(name: str) -> str:
    """« l'association X », unless the name already says it (« Association SERVIR »)."""
    return name if name.lower().startswith("association") else f"l'association {name}"


def french_date(day: date | None) -> str:
    if day is None:
        return "—"
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def french_datetime(moment: datetime) -> str:
    from app.core.clock import PARIS

    local = moment.astimezone(PARIS)
    return f"{french_date(local.date())} à {local:%H:%M}"


class GeneratedDocument(FPDF):
    def __init__(self, title: str, reference: str, footer_note: str, created: datetime) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.document_title = title
        self.reference = reference
        self.footer_note = footer_note
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font(FONT, "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_creation_date(created)
        self.set_title(f"{title} — {reference}")
        self.set_author(CITY_NAME)
        self.set_creator("API des Espaces Numériques Citoyens")
        self.set_producer("API des Espaces Numériques Citoyens")
        self.set_lang("fr")
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=20)
        self.alias_nb_pages()
        self.add_page()
        self._masthead()

    # ---- page furniture -------------------------------------------------------------------

    def _masthead(self) -> None:
        self.set_font(FONT, "B", 11)
        self.set_text_color(*BLUE)
        self.cell(0, 6, CITY_NAME, new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 4.5, CITY_LINE, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*BLUE)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
        self.ln(7)
        self.set_text_color(0, 0, 0)
        self.set_font(FONT, "B", 16)
        self.multi_cell(0, 8, self.document_title.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", 10)
        self.set_text_color(*GREY)
        self.cell(0, 6, self.reference, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{self.document_title} — {self.reference}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"page {self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, fit(self, self.footer_note, self.epw), align="L")
        self.set_text_color(0, 0, 0)

    # ---- content --------------------------------------------------------------------------

    def section(self, text: str) -> None:
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(2)
        self.set_font(FONT, "B", 11)
        self.set_text_color(*BLUE)
        self.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font(FONT, "", 10)

    def paragraph(self, text: str, *, bold: bool = False, italic: bool = False) -> None:
        self.set_font(FONT, "B" if bold else ("I" if italic else ""), 10)
        self.multi_cell(0, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", 10)

    def facts(self, rows: list[tuple[str, str]], label_width: float = 48) -> None:
        """Label: value lines (the parties' identifiers, the dates)."""
        for label, value in rows:
            self.set_font(FONT, "B", 9.5)
            self.cell(label_width, 5.2, label)
            self.set_font(FONT, "", 9.5)
            self.multi_cell(0, 5.2, value, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", 10)

    def party(self, heading: str, lines: list[str]) -> None:
        self.set_font(FONT, "B", 10)
        self.cell(0, 5.5, heading, new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", 9.5)
        for line in lines:
            self.set_x(self.l_margin + 5)
            self.multi_cell(0, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", 10)
        self.ln(1.5)

    def articles(self, clauses: list[dict], first: int = 1) -> None:
        for number, clause in enumerate(clauses, start=first):
            if self.get_y() > self.h - 40:
                self.add_page()
            self.set_font(FONT, "B", 10)
            self.multi_cell(
                0,
                5.5,
                f"Article {number} — {clause['title']}",
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.set_font(FONT, "", 9.5)
            self.multi_cell(0, 5, clause["text"], align="J", new_x="LMARGIN", new_y="NEXT")
            self.ln(1.5)
        self.set_font(FONT, "", 10)

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        def head() -> None:
            self.set_font(FONT, "B", 8.5)
            self.set_fill_color(*LIGHT_BLUE)
            for label, width in zip(header, widths, strict=True):
                self.cell(width, 6.5, label, border=1, fill=True)
            self.ln()
            self.set_font(FONT, "", 8.5)

        head()
        for row in rows:
            if self.get_y() > self.h - 28:
                self.add_page()
                head()
            for value, width in zip(row, widths, strict=True):
                self.cell(width, 6, fit(self, value, width), border=1)
            self.ln()
        self.ln(2)
        self.set_font(FONT, "", 10)

    def signatures(self, left: tuple[str, str], right: tuple[str, str], place: str) -> None:
        """Two boxes side by side, each with who signs and room for the signature."""
        if self.get_y() > self.h - 70:
            self.add_page()
        self.ln(3)
        self.paragraph(place)
        self.ln(2)
        width = (self.w - self.l_margin - self.r_margin - 8) / 2
        top = self.get_y()
        for index, (heading, name) in enumerate((left, right)):
            x = self.l_margin + index * (width + 8)
            self.set_draw_color(150, 150, 150)
            self.set_line_width(0.3)
            self.rect(x, top, width, 38)
            self.set_xy(x + 3, top + 2.5)
            self.set_font(FONT, "B", 9.5)
            self.multi_cell(width - 6, 5, heading, align="L", new_x="LEFT", new_y="NEXT")
            self.set_font(FONT, "", 9)
            self.multi_cell(width - 6, 5, name, align="L", new_x="LEFT", new_y="NEXT")
            self.set_font(FONT, "I", 8)
            self.set_text_color(*GREY)
            self.set_xy(x + 3, top + 31)
            self.cell(width - 6, 5, "Signature (précédée de « lu et approuvé »)")
            self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, top + 42)
        self.set_font(FONT, "", 10)

    def ruled_lines(self, count: int, gap: float = 8) -> None:
        """Blank lines to write on (reservations at a hand-over)."""
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        for _ in range(count):
            self.ln(gap)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)

    def render(self) -> bytes:
        return bytes(self.output())


def fit(pdf: FPDF, value: str, width: float) -> str:
    text = str(value)
    if pdf.get_string_width(text) <= width - 2:
        return text
    while text and pdf.get_string_width(text + "…") > width - 2:
        text = text[:-1]
    return text + "…"
