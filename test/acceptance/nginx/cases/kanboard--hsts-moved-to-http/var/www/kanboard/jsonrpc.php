<?php

require __DIR__.'/app/common.php';
// JSON-RPC API entry point (placeholder).
