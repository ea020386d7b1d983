about: /sparql/update by the administrator with a syntax error: line and column
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 400
message: line 2
---
PREFIX dct: <http://purl.org/dc/terms/>
INSERT DATA { GRAPH <{{base}}graph/catalog/mps> { <{{base}}x> dct:title "HOSTILE" . . } }
