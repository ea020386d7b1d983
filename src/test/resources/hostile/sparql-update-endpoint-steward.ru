about: /sparql/update by a steward (administrator only)
request: POST /sparql/update
content-type: application/sparql-update
credentials: moit
accept: application/sparql-results+json
expect: 403
---
LOAD <{{canary}}/steward.ttl>
