about: /sparql/update by the administrator with SERVICE in the WHERE clause
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 400
message: SERVICE
---
INSERT { GRAPH <{{base}}graph/catalog/mps> { ?s <http://purl.org/dc/terms/title> "HOSTILE" } }
WHERE { SERVICE <{{canary}}/sparql> { ?s ?p ?o } }
