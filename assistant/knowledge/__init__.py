"""The knowledge index: loaders, token-bounded chunking, embeddings, the vector store,
incremental ingest, hybrid (dense + BM25) search and guidance extraction from job aids.

Heavy libraries (chromadb, onnxruntime; torch only to export the ONNX model) are imported inside
functions only; the package's own modules import each other at the top.
"""


class KnowledgeError(Exception):
    """A problem with the knowledge index that the user can act on; the message is one line."""


class IndexEmptyError(KnowledgeError):
    """A command that reads the index found none (reading never builds one)."""
