<?php // placeholder: XML-RPC endpoint
echo "/xmlrpc.php ran\n";
