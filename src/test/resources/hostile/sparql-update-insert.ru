about: SPARQL Update INSERT DATA into another agency's graph, sent to the query endpoint
request: POST /sparql
content-type: application/sparql-update
credentials: none
accept: application/sparql-results+json
expect: 415
---
INSERT DATA { GRAPH <{{base}}graph/catalog/mps> { <{{base}}dataset/csdl-0001> <http://purl.org/dc/terms/title> "HOSTILE" } }
