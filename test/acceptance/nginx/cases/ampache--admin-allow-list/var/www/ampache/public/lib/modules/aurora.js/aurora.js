// aurora
