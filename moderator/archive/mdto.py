"""MDTO-style descriptions: one ``informatieobject`` and one ``bestand`` per record.

MDTO (Metagegevens Duurzaam Toegankelijke Overheidsinformatie) is the Nationaal
Archief's model.

Follows the element names of MDTO 1.0 where they fit; values without an agreed list
(waardering, beperking) are labelled with their source "Moderator".
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from moderator.archive.collect import Record

NS = "https://www.nationaalarchief.nl/mdto"
_FORMATS = {".jsonl": "application/x-ndjson", ".json": "application/json",
            ".yaml": "application/yaml", ".txt": "text/plain"}


def _begrip(parent: ET.Element, tag: str, label: str) -> None:
    el = ET.SubElement(parent, tag)
    ET.SubElement(el, "begripLabel").text = label
    lijst = ET.SubElement(el, "begripBegrippenlijst")
    ET.SubElement(lijst, "verwijzingNaam").text = "Moderator"


def describe(r: Record, digest: str, *, creator: str, made: str, retention_days: int) -> bytes:
    """The MDTO-style XML for one record."""
    root = ET.Element("MDTO", {"xmlns": NS})
    io = ET.SubElement(root, "informatieobject")
    ident = ET.SubElement(io, "identificatie")
    ET.SubElement(ident, "identificatieKenmerk").text = r.name
    ET.SubElement(ident, "identificatieBron").text = "Moderator archiefpakket"
    ET.SubElement(io, "naam").text = r.title
    _begrip(io, "aggregatieniveau", "Archiefstuk")
    ET.SubElement(io, "omschrijving").text = r.description
    if r.first:
        dekking = ET.SubElement(io, "dekkingInTijd")
        _begrip(dekking, "dekkingInTijdType", "Periode")
        ET.SubElement(dekking, "dekkingInTijdBegindatum").text = r.first[:10]
        ET.SubElement(dekking, "dekkingInTijdEinddatum").text = (r.last or r.first)[:10]
    vormer = ET.SubElement(io, "archiefvormer")
    ET.SubElement(vormer, "verwijzingNaam").text = creator
    if r.personal:
        beperking = ET.SubElement(io, "beperkingGebruik")
        _begrip(beperking, "beperkingGebruikType", "Persoonsgegevens (AVG)")
        ET.SubElement(beperking, "beperkingGebruikNadereBeschrijving").text = (
            f"Bevat teksten van burgers; bewaartermijn {retention_days} dagen, daarna gewist.")
    _begrip(io, "waardering", "Te bepalen door de archiefvormer (selectielijst)")
    gebeurtenis = ET.SubElement(io, "event")
    _begrip(gebeurtenis, "eventType", "Export naar archiefpakket")
    ET.SubElement(gebeurtenis, "eventTijd").text = made
    bestand = ET.SubElement(root, "bestand")
    ET.SubElement(bestand, "naam").text = r.name
    ET.SubElement(bestand, "omvang").text = str(len(r.data))
    suffix = "." + r.name.rsplit(".", 1)[-1]
    _begrip(bestand, "bestandsformaat", _FORMATS.get(suffix, "application/octet-stream"))
    checksum = ET.SubElement(bestand, "checksum")
    _begrip(checksum, "checksumAlgoritme", "SHA-256")
    ET.SubElement(checksum, "checksumWaarde").text = digest
    ET.SubElement(checksum, "checksumDatum").text = made
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data
