# Reads the GEXF and GraphML exports with networkx, as a Python analyst would, and prints what it
# found as JSON: node and edge counts, whether the graph is directed, and a node's viz colour.
# argv: the server's base URL. Run by test/api/export-readers.test.ts.
import io
import json
import sys
import urllib.request
import xml.etree.ElementTree as ET

import networkx as nx

base = sys.argv[1]


def fetch(query):
    with urllib.request.urlopen(f"{base}/api/export?{query}") as r:
        return r.read()


out = {}
for name, query, read in [
    ("gexf", "format=gexf", nx.read_gexf),
    ("gexf_once", "format=gexf&symmetric=once", nx.read_gexf),
    ("graphml", "format=graphml", nx.read_graphml),
    ("graphml_once", "format=graphml&symmetric=once", nx.read_graphml),
]:
    body = fetch(query)
    g = read(io.BytesIO(body))
    some = next(iter(g.nodes(data=True)))[1]
    out[name] = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "multi": g.is_multigraph(),
        "viz_color": some.get("viz", {}).get("color"),
        "kind": some.get("kind"),
    }
    if name == "gexf":
        # The namespaces a namespace-aware reader (Gephi) looks for.
        root = ET.fromstring(body)
        out[name]["root"] = root.tag
        out[name]["viz_elements"] = len(root.findall(".//{http://gexf.net/1.3/viz}color"))
print(json.dumps(out))
