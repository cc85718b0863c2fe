"""Text to Analysis, pure Python: quotes, speakers and claims."""
