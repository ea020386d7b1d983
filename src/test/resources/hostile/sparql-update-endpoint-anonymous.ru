about: /sparql/update without credentials
request: POST /sparql/update
content-type: application/sparql-update
credentials: none
accept: application/sparql-results+json
expect: 401
---
LOAD <{{canary}}/anonymous.ttl>
