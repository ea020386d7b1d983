about: /sparql/update by the administrator dropping every graph
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 400
message: default graph
---
DROP ALL
