"""Query parameters a route does not declare are refused (422 naming them), on every route.

Without this, `GET /spaces?colour=red` answers every space: a typo in a filter (`?stauts=open`)
silently returns everything, which a partner's script then takes for the filtered list. The
parameters a route accepts are those FastAPI gathers from its signature and its dependencies
(aliases included), computed once per route.
"""

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import BaseModel

_ACCEPTED: dict[int, frozenset[str]] = {}


def accepted_query_parameters(route: APIRoute) -> frozenset[str]:
    names = _ACCEPTED.get(id(route))
    if names is None:
        names = _ACCEPTED[id(route)] = frozenset(_query_names(route.dependant))
    return names


def _query_names(dependant: Dependant) -> set[str]:
    names: set[str] = set()
    for field in dependant.query_params:
        model = field.field_info.annotation
        if isinstance(model, type) and issubclass(model, BaseModel):  # a query model's fields
            names.update(f.alias or n for n, f in model.model_fields.items())
        else:
            names.add(field.alias)
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def reject_unknown_query_parameters(request: Request) -> None:
    query = request.scope.get("query_string")
    if not query:
        return
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    accepted = accepted_query_parameters(route)
    unknown = [name for name in dict.fromkeys(request.query_params.keys()) if name not in accepted]
    if not unknown:
        return
    listed = ", ".join(f"`{name}`" for name in sorted(accepted)) or "none"
    raise RequestValidationError(
        [
            {
                "type": "unknown_query_parameter",
                "loc": ("query", name),
                "msg": f"Unknown query parameter; this operation accepts: {listed}.",
                "input": request.query_params.get(name),
            }
            for name in unknown
        ]
    )
