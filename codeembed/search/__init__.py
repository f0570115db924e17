"""The search tool: walk -> chunk -> BM25 + dense -> fuse -> rank -> index -> output.

It imports nothing of codeembed.train, torch or transformers."""
