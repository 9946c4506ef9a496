"""With the typed client (clients/python): log in, page through the spaces you may see, and
record a visit in the first open one. Run against the demo (`bash scripts/demo.sh`):

    pip install -e clients/python
    python clients/examples/spaces_and_a_visit.py --api http://127.0.0.1:8000 \
        --email hauts-champs@enc-roubaix.example --password demo-association-2026

Prints one line per space, then the visit created. A script that retries a failed call sends
the same `external_id` again and gets the same visit back, never a second one.
"""

import argparse
import sys
import uuid
from datetime import UTC, datetime

from enc_api_client import AuthenticatedClient
from enc_api_client.api.auth import create_token
from enc_api_client.api.spaces import list_spaces
from enc_api_client.api.visits import create_visit
from enc_api_client.models import (
    BodyCreateToken,
    PageSpaceRead,
    Problem,
    SpaceStatus,
    TokenPair,
    VisitCreate,
    VisitMode,
    VisitRead,
)
from enc_api_client.types import UNSET


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--api", default="http://127.0.0.1:8000")
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()

    # Logging in needs no token yet: the client sends a harmless header in its place.
    anonymous = AuthenticatedClient(
        base_url=args.api, token="spaces_and_a_visit", prefix="", auth_header_name="X-Client"
    )
    login = create_token.sync(
        client=anonymous, body=BodyCreateToken(username=args.email, password=args.password)
    )
    if not isinstance(login, TokenPair):
        print(f"login refused: {login}", file=sys.stderr)
        return 1
    client = AuthenticatedClient(base_url=args.api, token=login.access_token)

    cursor, first_open = UNSET, None
    while True:
        page = list_spaces.sync(client=client, limit=50, cursor=cursor)
        if not isinstance(page, PageSpaceRead):
            print(f"listing refused: {page}", file=sys.stderr)
            return 1
        for space in page.items:
            print(f"{space.id}  {space.status.value:<10}  {space.name}")
            if first_open is None and space.status == SpaceStatus.OPEN:
                first_open = space
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    if first_open is None:
        print("no open space to record a visit in", file=sys.stderr)
        return 1

    visit = create_visit.sync(
        client=client,
        body=VisitCreate(
            space_id=first_open.id,
            occurred_at=datetime.now(UTC).replace(microsecond=0),
            duration_minutes=30,
            mode=VisitMode.INDIVIDUAL_SUPPORT,
            skills=["open-email-address"],
            external_id=f"example-{uuid.uuid4()}",  # your own id: a retry sends the same
        ),
    )
    if isinstance(visit, Problem) or not isinstance(visit, VisitRead):
        print(f"visit refused: {visit}", file=sys.stderr)
        return 1
    print(f"visit {visit.id} in {first_open.name} at {visit.occurred_at.isoformat()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
