"""The demo network's meetings: the three network meetings of 2011 the field report names (17
January at the Comité de quartier des Hauts-Champs, 16 June at the Nouveau Roubaix, 7 July at
the Epeule), with the associations, ANIS and the Médiathèque invited, the agenda items the
report names (the loan agreement, the label charter, opening hours, recruitment of animators),
their minutes published, a decision and actions from each; and the next network meeting,
planned, whose read lists the actions still open. The minutes' wording is made up from the
report's account. A step of `app.demo.network.seed_demo`, idempotent like the others (natural
key: the meeting's title)."""

from datetime import date, datetime, time, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM
from app.core.clock import PARIS
from app.models.meeting import (
    ActionCreate,
    ActionTransition,
    AgendaItemCreate,
    AgendaItemUpdate,
    DecisionCreate,
    FollowUpAction,
    InviteeCreate,
    InviteeUpdate,
    Meeting,
    MeetingCreate,
    MeetingTransition,
)
from app.services.meetings import actions, agenda, minutes
from app.services.meetings import meetings as meeting_service

INVITED = ("hauts-champs", "epeule", "nouveau-roubaix", "cul-de-four", "secours-populaire")
PARTNERS = ("anis", "mediatheque")

# (title, day, host space, excused partner, agenda [(title, minutes)], decision (item, text),
#  actions [(title, owner association, due, status)])
MEETINGS = (
    (
        "Réunion du réseau des ENC — 17 janvier 2011",
        date(2011, 1, 17),
        "enc-hauts-champs",
        None,
        [
            (
                "Convention de prêt du matériel",
                "La ville présente la convention de prêt type des ordinateurs et imprimantes "
                "(ASSOCLIC et achats de la ville). Chaque association la relit avec son bureau.",
            ),
            (
                "Recrutement des animateurs multimédia",
                "Les associations décrivent leurs besoins : un animateur par ENC, bénévole ou en "
                "service civique, formé avec ANIS.",
            ),
        ],
        (
            0,
            "La convention de prêt type est adoptée : chaque association la signe avec la ville "
            "avant l'installation du matériel.",
        ),
        [
            (
                "Faire signer la convention de prêt par le bureau",
                "hauts-champs",
                date(2011, 2, 28),
                "done",
            ),
            (
                "Faire signer la convention de prêt par le bureau",
                "epeule",
                date(2011, 2, 28),
                "done",
            ),
        ],
    ),
    (
        "Réunion du réseau des ENC — 16 juin 2011",
        date(2011, 6, 16),
        "enc-nouveau-roubaix",
        "mediatheque",
        [
            (
                "Horaires d'ouverture des ENC",
                "Chaque association part de l'existant : des heures d'ouverture adaptées à ses "
                "moyens humains et d'accompagnement, sur l'exemple de l'analyse faite par la ville "
                "pour l'Epeule.",
            ),
            (
                "Recrutement des animateurs multimédia",
                "Point sur les recrutements : deux ENC sans animateur à la rentrée.",
            ),
        ],
        (
            0,
            "Chaque ENC publie ses horaires d'ouverture, au moins dix heures par semaine, "
            "adaptés à ses moyens humains.",
        ),
        [
            (
                "Publier les horaires d'ouverture de l'ENC",
                "nouveau-roubaix",
                date(2011, 7, 1),
                "done",
            ),
            (
                "Recruter un animateur multimédia en service civique",
                "cul-de-four",
                date(2011, 9, 30),
                "in_progress",
            ),
        ],
    ),
    (
        "Réunion du réseau des ENC — 7 juillet 2011",
        date(2011, 7, 7),
        "enc-epeule",
        None,
        [
            (
                "Charte du label ENC",
                "Présentation de la charte du label : accueil, accompagnement des publics "
                "éloignés d'Internet, horaires publiés, comptabilisation des visites.",
            ),
            (
                "Convention de prêt : retour d'information",
                "Les conventions de prêt sont signées pour les cinq ENC installés.",
            ),
            (
                "Présentation du projet Roubaix Numérique",
                "Le directeur du projet présente Roubaix Numérique et la place des ENC dans le "
                "projet d'e-démocratie de la ville.",
            ),
        ],
        (
            0,
            "La charte du label ENC est soumise aux associations ; chacune la signe à la "
            "rentrée de septembre pour demander le label.",
        ),
        [
            ("Relire et signer la charte du label ENC", "epeule", date(2011, 9, 30), "open"),
            ("Relire et signer la charte du label ENC", "hauts-champs", date(2011, 9, 30), "done"),
        ],
    ),
)
NEXT_TITLE = "Réunion du réseau des ENC — rentrée"


def _at(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=PARIS)


def _invitees(seeded) -> list[InviteeCreate]:
    return [InviteeCreate(association_id=seeded.associations[key]) for key in INVITED] + [
        InviteeCreate(partner_id=seeded.partners[key]) for key in PARTNERS
    ]


async def _find(session: AsyncSession, title: str) -> Meeting | None:
    return await session.scalar(select(Meeting).where(Meeting.title == title))


async def _seed_meeting(session: AsyncSession, seeded, entry) -> None:
    title, day, space, excused, items, (item_index, text), follow_up = entry
    data = MeetingCreate(
        title=title,
        kind="network_meeting",
        starts_at=_at(day, "14:00"),
        ends_at=_at(day, "16:30"),
        space_id=seeded.spaces[space],
        invitees=_invitees(seeded),
        agenda=[AgendaItemCreate(title=item) for item, _ in items],
    )
    created = await meeting_service.create_meeting(session, SYSTEM, data)
    await meeting_service.transition_meeting(
        session, SYSTEM, created.id, MeetingTransition(to="held"), None
    )
    for invitee in created.invitees:
        excused_here = excused is not None and invitee.partner_id == seeded.partners[excused]
        await agenda.answer_invitation(
            session,
            SYSTEM,
            created.id,
            invitee.id,
            InviteeUpdate(response="excused" if excused_here else "attended"),
        )
    for item, (_, text_of_item) in zip(created.agenda, items, strict=True):
        await agenda.update_item(
            session, SYSTEM, created.id, item.id, AgendaItemUpdate(minutes=text_of_item)
        )
    concerned = sorted({seeded.associations[owner] for _, owner, _, _ in follow_up}, key=str)
    held = await minutes.record_decision(
        session,
        SYSTEM,
        created.id,
        DecisionCreate(
            text=text,
            agenda_item_id=created.agenda[item_index].id,
            association_ids=concerned,
        ),
    )
    decision_id = held.decisions[0].id
    await meeting_service.transition_meeting(
        session, SYSTEM, created.id, MeetingTransition(to="minutes_published"), None
    )
    for action_title, owner, due, status in follow_up:
        action = await actions.create_action(
            session,
            SYSTEM,
            ActionCreate(
                title=action_title,
                decision_id=decision_id,
                owner_association_id=seeded.associations[owner],
                due_on=due,
            ),
        )
        if status != "open":
            await actions.transition_action(
                session, SYSTEM, action.id, ActionTransition(to=status), None
            )
        if status == "done":
            # History as it happened: the action was done by its due date in 2011, not on the
            # day the demo is loaded (the year's review counts actions done in the year).
            await session.execute(
                update(FollowUpAction)
                .where(FollowUpAction.id == action.id)
                .values(done_at=_at(due, "17:00"))
            )
            await session.commit()


async def seed_meetings(session: AsyncSession, seeded) -> None:
    for entry in MEETINGS:
        if await _find(session, entry[0]) is None:
            await _seed_meeting(session, seeded, entry)
    if await _find(session, NEXT_TITLE) is None:
        day = date.today() + timedelta(days=21)
        await meeting_service.create_meeting(
            session,
            SYSTEM,
            MeetingCreate(
                title=NEXT_TITLE,
                kind="network_meeting",
                starts_at=_at(day, "14:00"),
                ends_at=_at(day, "16:30"),
                space_id=seeded.spaces["enc-hauts-champs"],
                agenda_cutoff_at=_at(day - timedelta(days=7), "18:00"),
                invitees=_invitees(seeded),
                agenda=[
                    AgendaItemCreate(title="Suivi des actions de la dernière réunion"),
                    AgendaItemCreate(title="Charte du label ENC : signatures"),
                ],
            ),
        )
