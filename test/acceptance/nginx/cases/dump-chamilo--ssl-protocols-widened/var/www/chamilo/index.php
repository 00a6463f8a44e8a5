<?php
// Chamilo 1.11: index.php
