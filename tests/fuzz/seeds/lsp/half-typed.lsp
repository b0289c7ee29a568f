Content-Length: 75

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/didOpen", "params": {}}Content-Length: 1249

{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml", "version": 1, "text": "# yaml-language-server: $schema=../../docs/rule-schema.json\n# The language server's tests open this file: a scale slip, an agreement, and a check over claims.\ncrosscheck: 1\ntitle: Vietnam–Japan summit, September 2015\ndefaults:\n  tolerance: 1%\n  currency: USD\nsources:\n  diplomat:\n    path: ../articles/diplomat-2015-09-vietnam-japan-partnership.txt\n    published: 2015-09\n  csis:\n    path: ../articles/csis-2015-09-party-chief-visit.txt\n    published: 2015-09\nclaims:\n  hospital_oda:\n    about: Japanese ODA for new hospitals in Ho Chi Minh City\n    as_of: 2015-09-15\n    mentions:\n      diplomat: \"286 million yen in official development assistance\"\n      csis: \"$239 million in official development assistance\"\n  infrastructure_loan:\n    as_of: 2015-09-15\n    mentions:\n      diplomat: {quote: \"100 billion yen ($835 million) loan\", figure: 1}\n      csis: \"$829 million in additional aid for infrastructure projects\"\n  vessels_pledged_2014:\n    mentions: {diplomat: \"donate six used vessels\"}\n  vessels_added_2015:\n    mentions:\n      - sou"}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml"}, "position": {"line": 30, "character": 11}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml"}, "position": {"line": -1, "character": "x"}}}Content-Length: 51

{"jsonrpc": "2.0", "id": [1], "method": "shutdown"}Content-Length: 43

{"jsonrpc": "2.0", "id": 4, "result": null}Content-Length: 9999999999999

{