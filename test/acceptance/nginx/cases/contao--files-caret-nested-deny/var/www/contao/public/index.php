<?php

// Contao front controller (placeholder of contao/manager-bundle's public/index.php).
