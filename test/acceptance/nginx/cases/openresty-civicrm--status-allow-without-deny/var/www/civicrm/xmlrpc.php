<?php // placeholder: WordPress XML-RPC endpoint
echo "xmlrpc endpoint ran\n";
