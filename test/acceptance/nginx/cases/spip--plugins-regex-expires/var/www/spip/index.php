<?php

# appel SPIP
include __DIR__ . '/spip.php';
