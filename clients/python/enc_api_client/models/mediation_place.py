from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MediationPlace")


@_attrs_define
class MediationPlace:
    """One row of the standard, field for field (schema.json's order).

    Attributes:
        id (str):
        pivot (str):
        nom (str):
        commune (str):
        code_postal (str):
        code_insee (None | str):
        adresse (str):
        complement_adresse (None | str):
        latitude (float | None):
        longitude (float | None):
        typologie (None | str):
        telephone (None | str):
        courriels (None | str):
        site_web (None | str):
        horaires (None | str):
        presentation_resume (None | str):
        presentation_detail (None | str):
        source (None | str):
        itinerance (None | str):
        structure_parente (None | str):
        date_maj (str):
        services (None | str):
        publics_specifiquement_adresses (None | str):
        prise_en_charge_specifique (None | str):
        frais_a_charge (None | str):
        dispositif_programmes_nationaux (None | str):
        formations_labels (None | str):
        autres_formations_labels (None | str):
        modalites_acces (None | str):
        modalites_accompagnement (None | str):
        fiche_acces_libre (None | str):
        prise_rdv (None | str):
    """

    id: str
    pivot: str
    nom: str
    commune: str
    code_postal: str
    code_insee: None | str
    adresse: str
    complement_adresse: None | str
    latitude: float | None
    longitude: float | None
    typologie: None | str
    telephone: None | str
    courriels: None | str
    site_web: None | str
    horaires: None | str
    presentation_resume: None | str
    presentation_detail: None | str
    source: None | str
    itinerance: None | str
    structure_parente: None | str
    date_maj: str
    services: None | str
    publics_specifiquement_adresses: None | str
    prise_en_charge_specifique: None | str
    frais_a_charge: None | str
    dispositif_programmes_nationaux: None | str
    formations_labels: None | str
    autres_formations_labels: None | str
    modalites_acces: None | str
    modalites_accompagnement: None | str
    fiche_acces_libre: None | str
    prise_rdv: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pivot = self.pivot

        nom = self.nom

        commune = self.commune

        code_postal = self.code_postal

        code_insee: None | str
        code_insee = self.code_insee

        adresse = self.adresse

        complement_adresse: None | str
        complement_adresse = self.complement_adresse

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        typologie: None | str
        typologie = self.typologie

        telephone: None | str
        telephone = self.telephone

        courriels: None | str
        courriels = self.courriels

        site_web: None | str
        site_web = self.site_web

        horaires: None | str
        horaires = self.horaires

        presentation_resume: None | str
        presentation_resume = self.presentation_resume

        presentation_detail: None | str
        presentation_detail = self.presentation_detail

        source: None | str
        source = self.source

        itinerance: None | str
        itinerance = self.itinerance

        structure_parente: None | str
        structure_parente = self.structure_parente

        date_maj = self.date_maj

        services: None | str
        services = self.services

        publics_specifiquement_adresses: None | str
        publics_specifiquement_adresses = self.publics_specifiquement_adresses

        prise_en_charge_specifique: None | str
        prise_en_charge_specifique = self.prise_en_charge_specifique

        frais_a_charge: None | str
        frais_a_charge = self.frais_a_charge

        dispositif_programmes_nationaux: None | str
        dispositif_programmes_nationaux = self.dispositif_programmes_nationaux

        formations_labels: None | str
        formations_labels = self.formations_labels

        autres_formations_labels: None | str
        autres_formations_labels = self.autres_formations_labels

        modalites_acces: None | str
        modalites_acces = self.modalites_acces

        modalites_accompagnement: None | str
        modalites_accompagnement = self.modalites_accompagnement

        fiche_acces_libre: None | str
        fiche_acces_libre = self.fiche_acces_libre

        prise_rdv: None | str
        prise_rdv = self.prise_rdv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pivot": pivot,
                "nom": nom,
                "commune": commune,
                "code_postal": code_postal,
                "code_insee": code_insee,
                "adresse": adresse,
                "complement_adresse": complement_adresse,
                "latitude": latitude,
                "longitude": longitude,
                "typologie": typologie,
                "telephone": telephone,
                "courriels": courriels,
                "site_web": site_web,
                "horaires": horaires,
                "presentation_resume": presentation_resume,
                "presentation_detail": presentation_detail,
                "source": source,
                "itinerance": itinerance,
                "structure_parente": structure_parente,
                "date_maj": date_maj,
                "services": services,
                "publics_specifiquement_adresses": publics_specifiquement_adresses,
                "prise_en_charge_specifique": prise_en_charge_specifique,
                "frais_a_charge": frais_a_charge,
                "dispositif_programmes_nationaux": dispositif_programmes_nationaux,
                "formations_labels": formations_labels,
                "autres_formations_labels": autres_formations_labels,
                "modalites_acces": modalites_acces,
                "modalites_accompagnement": modalites_accompagnement,
                "fiche_acces_libre": fiche_acces_libre,
                "prise_rdv": prise_rdv,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        pivot = d.pop("pivot")

        nom = d.pop("nom")

        commune = d.pop("commune")

        code_postal = d.pop("code_postal")

        def _parse_code_insee(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_insee = _parse_code_insee(d.pop("code_insee"))

        adresse = d.pop("adresse")

        def _parse_complement_adresse(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complement_adresse = _parse_complement_adresse(d.pop("complement_adresse"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        def _parse_typologie(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        typologie = _parse_typologie(d.pop("typologie"))

        def _parse_telephone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        telephone = _parse_telephone(d.pop("telephone"))

        def _parse_courriels(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        courriels = _parse_courriels(d.pop("courriels"))

        def _parse_site_web(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        site_web = _parse_site_web(d.pop("site_web"))

        def _parse_horaires(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        horaires = _parse_horaires(d.pop("horaires"))

        def _parse_presentation_resume(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        presentation_resume = _parse_presentation_resume(d.pop("presentation_resume"))

        def _parse_presentation_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        presentation_detail = _parse_presentation_detail(d.pop("presentation_detail"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_itinerance(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        itinerance = _parse_itinerance(d.pop("itinerance"))

        def _parse_structure_parente(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        structure_parente = _parse_structure_parente(d.pop("structure_parente"))

        date_maj = d.pop("date_maj")

        def _parse_services(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        services = _parse_services(d.pop("services"))

        def _parse_publics_specifiquement_adresses(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publics_specifiquement_adresses = _parse_publics_specifiquement_adresses(
            d.pop("publics_specifiquement_adresses")
        )

        def _parse_prise_en_charge_specifique(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prise_en_charge_specifique = _parse_prise_en_charge_specifique(d.pop("prise_en_charge_specifique"))

        def _parse_frais_a_charge(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        frais_a_charge = _parse_frais_a_charge(d.pop("frais_a_charge"))

        def _parse_dispositif_programmes_nationaux(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dispositif_programmes_nationaux = _parse_dispositif_programmes_nationaux(
            d.pop("dispositif_programmes_nationaux")
        )

        def _parse_formations_labels(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        formations_labels = _parse_formations_labels(d.pop("formations_labels"))

        def _parse_autres_formations_labels(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        autres_formations_labels = _parse_autres_formations_labels(d.pop("autres_formations_labels"))

        def _parse_modalites_acces(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        modalites_acces = _parse_modalites_acces(d.pop("modalites_acces"))

        def _parse_modalites_accompagnement(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        modalites_accompagnement = _parse_modalites_accompagnement(d.pop("modalites_accompagnement"))

        def _parse_fiche_acces_libre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fiche_acces_libre = _parse_fiche_acces_libre(d.pop("fiche_acces_libre"))

        def _parse_prise_rdv(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prise_rdv = _parse_prise_rdv(d.pop("prise_rdv"))

        mediation_place = cls(
            id=id,
            pivot=pivot,
            nom=nom,
            commune=commune,
            code_postal=code_postal,
            code_insee=code_insee,
            adresse=adresse,
            complement_adresse=complement_adresse,
            latitude=latitude,
            longitude=longitude,
            typologie=typologie,
            telephone=telephone,
            courriels=courriels,
            site_web=site_web,
            horaires=horaires,
            presentation_resume=presentation_resume,
            presentation_detail=presentation_detail,
            source=source,
            itinerance=itinerance,
            structure_parente=structure_parente,
            date_maj=date_maj,
            services=services,
            publics_specifiquement_adresses=publics_specifiquement_adresses,
            prise_en_charge_specifique=prise_en_charge_specifique,
            frais_a_charge=frais_a_charge,
            dispositif_programmes_nationaux=dispositif_programmes_nationaux,
            formations_labels=formations_labels,
            autres_formations_labels=autres_formations_labels,
            modalites_acces=modalites_acces,
            modalites_accompagnement=modalites_accompagnement,
            fiche_acces_libre=fiche_acces_libre,
            prise_rdv=prise_rdv,
        )

        mediation_place.additional_properties = d
        return mediation_place

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
