// frio
