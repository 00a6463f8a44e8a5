// compacte
