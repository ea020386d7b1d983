about: /sparql/update by the administrator: the endpoint does not exist (yet), and nothing is fetched
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
accept: application/sparql-results+json
expect: 404
---
LOAD <{{canary}}/admin.ttl> INTO GRAPH <{{base}}graph/catalog/mps>
