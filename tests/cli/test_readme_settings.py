"""Every setting is documented: each field of `Settings` appears, as its environment variable,
in README's configuration table."""

from pathlib import Path

from app.core.config import Settings

README = Path(__file__).resolve().parent.parent.parent / "README.md"


def test_every_setting_is_in_the_readme_table():
    table = [line for line in README.read_text("utf-8").splitlines() if line.startswith("| `")]
    documented = " ".join(line.split("|")[1] for line in table)
    missing = [name.upper() for name in Settings.model_fields
               if f"`{name.upper()}`" not in documented]
    assert not missing, f"settings missing from README's configuration table: {missing}"
