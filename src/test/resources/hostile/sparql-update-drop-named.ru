about: /sparql/update by the administrator dropping every named graph, the reference data with them
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 409
message: reference data
---
DROP NAMED
