"""The optional LLM layer: provider selection, prompt files, token budget, redaction, verified rewrites.

Nothing here is imported on an analyzer path; langchain and tiktoken are imported inside functions.
"""
