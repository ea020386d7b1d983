about: /sparql/update by the administrator writing a graph that is no agency catalogue
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 400
message: only change agency catalogue graphs
---
INSERT DATA { GRAPH <{{base}}graph/system> { <{{base}}x> <http://purl.org/dc/terms/title> "HOSTILE" } }
