[h2]Admin guide[/h2] stub
