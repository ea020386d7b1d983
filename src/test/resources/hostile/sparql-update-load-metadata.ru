about: /sparql/update by the administrator, LOAD from the cloud metadata address (link-local)
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 403
message: internal address
---
LOAD <http://169.254.169.254/latest/meta-data/> INTO GRAPH <{{base}}graph/catalog/mps>
