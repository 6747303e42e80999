"""The 负面清单 page: the list's versions, their lines and differences, the adjustment proposals and their steps."""
