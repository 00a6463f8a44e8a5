<?php

// Contao Manager 1.8 (PHAR, renamed .php; placeholder).
