about: /sparql/update by the administrator, LOAD from a loopback address: refused by the outbound guard, nothing fetched
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 403
message: does not fetch
---
LOAD <{{canary}}/admin.ttl> INTO GRAPH <{{base}}graph/catalog/mps>
