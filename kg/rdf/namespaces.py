"""RDF namespaces of kg, as classes so that a misspelt term fails at once."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

__all__ = [
    "KGA",
    "KGO",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SEM",
    "SKOS",
    "WD",
    "XSD",
    "bind_all",
]


class KGO(DefinedNamespace):
    """The kg ontology (``ontologies/kg.ttl`` and the direct properties of ``actions.ttl``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-events/ontology#")

    # classes
    Actor: URIRef
    Article: URIRef
    Concept: URIRef
    Country: URIRef
    Event: URIRef
    Group: URIRef
    MergedEvent: URIRef
    Organisation: URIRef
    Person: URIRef
    # properties
    action: URIRef
    actionText: URIRef
    agentless: URIRef
    aimedAtPeople: URIRef
    attributedTo: URIRef
    attributedToText: URIRef
    cameoCode: URIRef
    cameoRoot: URIRef
    confidence: URIRef
    contentHash: URIRef
    countryCode: URIRef
    date: URIRef
    directProperty: URIRef
    directRelation: URIRef
    domesticTarget: URIRef
    extractor: URIRef
    firstDate: URIRef
    group: URIRef
    goldstein: URIRef
    hasMention: URIRef
    isoAlpha2: URIRef
    isoAlpha3: URIRef
    lastDate: URIRef
    modality: URIRef
    mutual: URIRef
    negated: URIRef
    numArticles: URIRef
    numMentions: URIRef
    numSources: URIRef
    ploverCategory: URIRef
    ploverMode: URIRef
    ploverScore: URIRef
    quadClass: URIRef
    requiresRecipient: URIRef
    sector: URIRef
    sentence: URIRef
    sentenceEnd: URIRef
    sentenceStart: URIRef
    source: URIRef
    sourceText: URIRef
    target: URIRef
    targetOptional: URIRef
    targetText: URIRef
    # direct source -> target properties, one per action (actions.ttl)
    abduct: URIRef
    accuse: URIRef
    agree: URIRef
    aid: URIRef
    airStrike: URIRef
    apologize: URIRef
    arrest: URIRef
    attack: URIRef
    bomb: URIRef
    ceasefire: URIRef
    coerce: URIRef
    concede: URIRef
    condemn: URIRef
    consult: URIRef
    contact: URIRef
    cooperate: URIRef
    criticize: URIRef
    defend: URIRef
    demand: URIRef
    demonstrate: URIRef
    deny: URIRef
    deployTroops: URIRef
    deport: URIRef
    easeRestrictions: URIRef
    economicAid: URIRef
    economicCooperation: URIRef
    eliminate: URIRef
    expel: URIRef
    expressIntent: URIRef
    fight: URIRef
    holdTalks: URIRef
    hostMeeting: URIRef
    humanitarianAid: URIRef
    inform: URIRef
    insist: URIRef
    investigate: URIRef
    invite: URIRef
    kill: URIRef
    mediate: URIRef
    meet: URIRef
    militaryAid: URIRef
    militaryCooperation: URIRef
    mobilize: URIRef
    negotiate: URIRef
    offerAid: URIRef
    phoneCall: URIRef
    pledge: URIRef
    praise: URIRef
    protest: URIRef
    recognize: URIRef
    reduceRelations: URIRef
    reject: URIRef
    release: URIRef
    request: URIRef
    requestAid: URIRef
    riot: URIRef
    sanction: URIRef
    seize: URIRef
    severRelations: URIRef
    shell: URIRef
    signAgreement: URIRef
    strike: URIRef
    support: URIRef
    threaten: URIRef
    threatenForce: URIRef
    urge: URIRef
    veto: URIRef
    visit: URIRef
    warn: URIRef
    welcome: URIRef
    withdraw: URIRef


# Action concepts are data (ontologies/actions.ttl), so KGA is an open namespace.
KGA = Namespace("https://w3id.org/kg-events/action/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = SDO
WD = Namespace("http://www.wikidata.org/entity/")

_PREFIXES = {
    "kgo": KGO._NS,
    "kga": KGA,
    "sem": SEM,
    "prov": PROV._NS,
    "skos": SKOS._NS,
    "schema": SDO._NS,
    "owl": OWL._NS,
    "rdfs": RDFS._NS,
    "xsd": XSD._NS,
    "wd": WD,
}


def bind_all(graph, base: str | None = None) -> None:
    """Bind the kg prefixes (and ``kgid:`` for ``base``) on ``graph``."""
    for prefix, ns in _PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    if base:
        graph.bind("kgid", Namespace(base), override=True, replace=True)
