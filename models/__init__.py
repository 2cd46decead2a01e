"""ChatNomina language models: corpus generator, tokenizer, T5 + NER training, ONNX export."""
