about: /sparql/update by the administrator writing to the default graph (the read-only union)
request: POST /sparql/update
content-type: application/sparql-update
credentials: admin
expect: 400
message: default graph
---
INSERT DATA { <{{base}}dataset/x> <http://purl.org/dc/terms/title> "HOSTILE" }
