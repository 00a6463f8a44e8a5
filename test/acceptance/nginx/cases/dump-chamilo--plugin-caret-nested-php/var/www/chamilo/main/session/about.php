<?php
// Chamilo 1.11: main/session/about.php
