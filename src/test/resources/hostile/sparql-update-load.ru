about: SPARQL Update LOAD sent to the query endpoint
request: POST /sparql
content-type: application/sparql-update
credentials: none
accept: application/sparql-results+json
expect: 415
---
LOAD <{{canary}}/load.ttl> INTO GRAPH <{{base}}graph/catalog/mps>
