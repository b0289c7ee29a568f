Content-Length: 136

{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}}}Content-Length: 57

{"jsonrpc": "2.0", "method": "initialized", "params": {}}Content-Length: 1474

{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml", "languageId": "yaml", "version": 1, "text": "# yaml-language-server: $schema=../../docs/rule-schema.json\n# The language server's tests open this file: a scale slip, an agreement, and a check over claims.\ncrosscheck: 1\ntitle: Vietnam–Japan summit, September 2015\ndefaults:\n  tolerance: 1%\n  currency: USD\nsources:\n  diplomat:\n    path: ../articles/diplomat-2015-09-vietnam-japan-partnership.txt\n    published: 2015-09\n  csis:\n    path: ../articles/csis-2015-09-party-chief-visit.txt\n    published: 2015-09\nclaims:\n  hospital_oda:\n    about: Japanese ODA for new hospitals in Ho Chi Minh City\n    as_of: 2015-09-15\n    mentions:\n      diplomat: \"286 million yen in official development assistance\"\n      csis: \"$239 million in official development assistance\"\n  infrastructure_loan:\n    as_of: 2015-09-15\n    mentions:\n      diplomat: {quote: \"100 billion yen ($835 million) loan\", figure: 1}\n      csis: \"$829 million in additional aid for infrastructure projects\"\n  vessels_pledged_2014:\n    mentions: {diplomat: \"donate six used vessels\"}\n  vessels_added_2015:\n    mentions:\n      - source: diplomat\n        quote: \"two additional used vessels\"\n  vessels_total:\n    value: 8 vessels\nchecks:\n  vessels_add_up:\n    expect: vessels_pledged_2014 + vessels_added_2015 == vessels_total\n"}}}Content-Length: 189

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml"}, "position": {"line": 19, "character": 20}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml"}, "position": {"line": 34, "character": 30}}}Content-Length: 193

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml"}, "position": {"line": 17, "character": 6}}}Content-Length: 281

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml", "version": 2}, "contentChanges": [{"range": {"start": {"line": 19, "character": 17}, "end": {"line": 19, "character": 20}}, "text": "287"}]}}Content-Length: 189

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml"}, "position": {"line": 19, "character": 20}}}Content-Length: 139

{"jsonrpc": "2.0", "method": "textDocument/didSave", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml"}}}Content-Length: 140

{"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": "file:///nonexistent-crosscheck-fuzz/rules.yaml"}}}Content-Length: 65

{"jsonrpc": "2.0", "id": 6, "method": "shutdown", "params": null}Content-Length: 52

{"jsonrpc": "2.0", "method": "exit", "params": null}