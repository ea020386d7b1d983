about: /sparql/update by the administrator, LOAD of a local file
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 403
message: only http and https
---
LOAD <file:///etc/passwd> INTO GRAPH <{{base}}graph/catalog/mps>
