"""The knowledge index: loaders, token-bounded chunking, embeddings, the vector store,
incremental ingest, hybrid (dense + BM25) search and guidance extraction from job aids.

Heavy libraries (torch, sentence-transformers, chromadb) are imported inside functions only.
"""


class KnowledgeError(Exception):
    """A problem with the knowledge index that the user can act on; the message is one line."""
