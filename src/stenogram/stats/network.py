"""The interruption network: who interjects into whose turn, weighted by how often; written
as GEXF or GraphML by networkx, with DraCor's network metrics.

DraCor measures a play's network of co-present characters; the interruption network is the
stenographic record's counterpart, so the metrics that apply to any graph are computed the same
way, on the undirected graph (an edge where either interrupted the other): density, degree,
weighted degree, betweenness and closeness centrality, average clustering and path length (on
the largest connected component), the most connected speaker.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from lxml import etree

from stenogram.errors import Location, UsageError
from stenogram.files import write_atomic
from stenogram.stats.figures import SpeakerFigures
from stenogram.xmlsafe import parse_bytes

#: Network file formats by suffix: networkx's writer of each.
WRITERS = {".gexf": "write_gexf", ".graphml": "write_graphml"}


def interruption_graph(edges: Iterable[tuple[str, str]], speakers: Iterable[SpeakerFigures]) -> Any:
    """A directed graph: an edge ``a → b`` weighted by how often *a* interjected into *b*'s
    turns; every speaker a node with its name, turns and words."""
    graph = nx.DiGraph()
    for entry in speakers:
        graph.add_node(entry.who, label=entry.name, turns=entry.turns, words=entry.words)
    for made, owner in edges:
        for node in (made, owner):
            if node not in graph:
                graph.add_node(node, label=node, turns=0, words=0)
        weight = graph.edges[made, owner]["weight"] + 1 if graph.has_edge(made, owner) else 1
        graph.add_edge(made, owner, weight=weight)
    return graph


def metrics(graph: Any) -> dict[str, Any]:
    """DraCor's network metrics of *graph* (see the module's docstring), and per node."""
    undirected = graph.to_undirected()
    size = undirected.number_of_nodes()
    found: dict[str, Any] = {
        "nodes": size,
        "edges": undirected.number_of_edges(),
        "interjections": int(sum(w for _, _, w in graph.edges(data="weight"))),
        "density": round(nx.density(undirected), 4) if size > 1 else 0.0,
    }
    if size == 0:
        return found
    degree = dict(undirected.degree())
    weighted = dict(undirected.degree(weight="weight"))
    betweenness = nx.betweenness_centrality(undirected)
    closeness = nx.closeness_centrality(undirected)
    largest = undirected.subgraph(max(nx.connected_components(undirected), key=len))
    found["average_degree"] = round(sum(degree.values()) / size, 4)
    found["max_degree"] = max(degree.values())
    found["max_degree_ids"] = sorted(n for n, d in degree.items() if d == found["max_degree"])
    found["average_clustering"] = round(nx.average_clustering(undirected), 4)
    found["average_path_length"] = (
        round(nx.average_shortest_path_length(largest), 4) if largest.number_of_nodes() > 1 else 0.0
    )
    found["speakers"] = {
        node: {
            "degree": degree[node],
            "weighted_degree": int(weighted[node]),
            "betweenness": round(betweenness[node], 4),
            "closeness": round(closeness[node], 4),
        }
        for node in sorted(undirected.nodes)
    }
    return found


def check_network_path(path: Path) -> None:
    """Refuse a network file whose suffix names no format we write."""
    if path.suffix not in WRITERS:
        suffixes = " or ".join(sorted(WRITERS))
        raise UsageError(f"a network file must end in {suffixes}", Location(str(path)))


def write_network(graph: Any, path: Path) -> None:
    """Write *graph* with its metrics as node attributes, in the format of *path*'s suffix."""
    check_network_path(path)
    annotated = graph.copy()
    for node, values in metrics(graph).get("speakers", {}).items():
        annotated.nodes[node].update(values)
    buffer = io.BytesIO()
    getattr(nx, WRITERS[path.suffix])(annotated, buffer)
    write_atomic(path, _undated(buffer.getvalue()))


def _undated(data: bytes) -> bytes:
    """*data* without the day it was written (networkx stamps GEXF's ``meta``): the same
    input gives the same bytes."""
    tree = parse_bytes(data, "network")
    for meta in tree.getroot().iter("{*}meta"):
        meta.attrib.pop("lastmodifieddate", "")
    return etree.tostring(tree, xml_declaration=True, encoding="utf-8")
