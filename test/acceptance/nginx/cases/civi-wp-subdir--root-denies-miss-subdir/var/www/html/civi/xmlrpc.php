<?php // XML-RPC server
