"""The search tool: walk -> chunk -> BM25 + dense -> fuse -> rank -> index -> output. Imports nothing of codeembed.train, torch or transformers."""
