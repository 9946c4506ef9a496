"""Where things live: every table and every request or response shape is in `app/models/`.

`app/core/` is framework machinery (it is handed the tables it works on), `app/services/` holds
the business rules and builds the shapes `app/models/` declares. Tables are checked on what
importing `app.models` maps; shapes by reading `app/services/` with `ast`, like the import graph."""

import ast

from sqlmodel import SQLModel

import app.models  # noqa: F401 — maps every table
from tests.contract.test_import_graph import app_modules

# The bases a request or response shape is built on in this code base.
SHAPE_BASES = {
    "BaseModel",
    "SQLModel",
    "InputModel",
    "OutputModel",
    "UpdateModel",
    "RefusesNull",
}


def _classes(module: str, source: str) -> list[tuple[str, str, list[str]]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            bases = [
                b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
            ]
            found.append((module, node.name, bases))
    return found


def _all_classes() -> list[tuple[str, str, list[str]]]:
    found = []
    for module, path in app_modules().items():
        found += _classes(module, path.read_text("utf-8"))
    return found


def test_every_table_is_declared_in_models():
    mapped = {mapper.class_ for mapper in SQLModel._sa_registry.mappers}
    assert {cls.__table__.name for cls in mapped} >= set(SQLModel.metadata.tables)
    outside = sorted(
        f"{c.__module__}.{c.__name__}"
        for c in mapped
        if c.__module__.split(".")[:2] != ["app", "models"]
    )
    assert not outside, f"tables outside app/models/: {outside}"


def test_services_and_routers_declare_no_request_or_response_shape():
    shapes = [
        f"{module}.{name}({', '.join(bases)})"
        for module, name, bases in _all_classes()
        if module.startswith(("app.services", "app.routers")) and SHAPE_BASES & set(bases)
    ]
    assert not shapes, f"shapes declared outside app/models/ (they belong there): {shapes}"


def test_the_walk_sees_each_class_and_its_bases():
    source = (
        "class T(SQLModel, table=True): ...\nclass R(base.OutputModel): ...\nclass D:\n    pass\n"
    )
    assert _classes("app.x", source) == [
        ("app.x", "T", ["SQLModel"]),
        ("app.x", "R", ["OutputModel"]),
        ("app.x", "D", []),
    ]


def _role_reads(source: str) -> list[int]:
    """Lines reading the caller's role (`actor.role`, `self.actor.role` …)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "role":
            owner = node.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if name == "actor":
                lines.append(node.lineno)
    return sorted(lines)


def test_only_the_policy_reads_the_callers_role():
    # Who may do or see what is decided in one module: a service or router that branches on the
    # caller's role is a rule that the access matrix and a reviewer of policy.py cannot see.
    found = [
        f"{module}:{line}"
        for module, path in app_modules().items()
        if module.startswith(("app.services", "app.routers")) and module != "app.services.policy"
        for line in _role_reads(path.read_text("utf-8"))
    ]
    assert not found, f"the caller's role read outside app/services/policy.py: {found}"


def test_the_role_walk_sees_the_callers_role_only():
    source = "if actor.role == CITY: ...\nif user.role: ...\nx = self.actor.role\n"
    assert _role_reads(source) == [1, 3]
