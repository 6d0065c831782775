"""Query a communs-kg server from Python, notebook style: run it whole, or cell by cell (# %%).

    python3 examples/query_endpoint.py http://localhost:7070

Needs SPARQLWrapper and rdflib (Debian: apt install python3-sparqlwrapper python3-rdflib;
elsewhere: pip install sparqlwrapper rdflib).
"""
import sys

import rdflib
from SPARQLWrapper import JSON, SPARQLWrapper

SERVER = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:7070").rstrip("/")

# %% 1. Who holds which role in which organization, and which article says so.
ROLES = """
PREFIX org:  <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?person ?name ?role ?organization WHERE {
  ?m a org:Membership ; org:member ?person .
  ?person foaf:name ?name .
  OPTIONAL { ?m org:role/skos:prefLabel ?role }
  OPTIONAL { ?m org:organization/skos:prefLabel ?organization }
} ORDER BY ?name ?role
"""

endpoint = SPARQLWrapper(SERVER + "/sparql")
endpoint.setQuery(ROLES)
endpoint.setReturnFormat(JSON)
rows = endpoint.queryAndConvert()["results"]["bindings"]


def value(row, var):
    return row.get(var, {}).get("value", "")


table = [(value(r, "name"), value(r, "role"), value(r, "organization")) for r in rows]
widths = [max([len(h)] + [len(t[i]) for t in table]) for i, h in enumerate(("person", "role", "organization"))]
print("  ".join(h.ljust(w) for h, w in zip(("person", "role", "organization"), widths)))
print("  ".join("-" * w for w in widths))
for t in table:
    print("  ".join(c.ljust(w) for c, w in zip(t, widths)))
print(f"{len(table)} roles")

# %% 2. Every IRI of the graph can be fetched: load the first person's description as Turtle.
if not rows:
    sys.exit("The graph has no roles yet: import some articles first.")
person = rows[0]["person"]["value"]
# IRIs are minted under the server's base; the path after /id/ is the same on any server.
url = SERVER + "/id/" + person.split("/id/", 1)[1] + ".ttl"
g = rdflib.Graph()
g.parse(url, format="turtle")
# The graph uses http://schema.org/; rdflib's own "schema" prefix is the https one.
g.namespace_manager.bind("schema", "http://schema.org/", override=True, replace=True)
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
names = sorted(str(n) for n in g.objects(rdflib.URIRef(person), FOAF.name))
print(f"{len(g)} triples about {', '.join(names)} from {url}")
for s, p, o in sorted(g.triples((None, None, rdflib.URIRef(person)))):
    print(f"  {s} --{g.namespace_manager.normalizeUri(p)}--> {', '.join(names)}")

# %% 3. Load the whole graph from its dump: N-Quads keep one named graph per article (the provenance).
import gzip
import urllib.request

dump_url = SERVER + "/dumps/communs-kg.nq.gz"
with urllib.request.urlopen(dump_url) as response:
    nquads = gzip.decompress(response.read()).decode("utf-8")
dataset = rdflib.Dataset()
dataset.parse(data=nquads, format="nquads")
articles = {c.identifier for c in dataset.contexts() if len(c) > 0}
print(f"{len(dataset)} quads in {len(articles)} article graphs from {dump_url}")
