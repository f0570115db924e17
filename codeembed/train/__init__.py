"""The training kit: public code -> pairs -> tokenizer -> encoder -> loss -> training -> mining -> export."""
