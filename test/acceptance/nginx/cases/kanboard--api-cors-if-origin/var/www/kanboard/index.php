<?php

require __DIR__.'/app/common.php';
// Front controller (placeholder).
