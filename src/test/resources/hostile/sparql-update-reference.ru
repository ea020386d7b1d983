about: /sparql/update by the administrator changing the reference data
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 409
message: reference data
---
INSERT DATA { GRAPH <{{base}}graph/reference> { <{{base}}agency/mps> <http://www.w3.org/2004/02/skos/core#altLabel> "HOSTILE"@en } }
