// intranet
