<?php
// themes/carnet/_define.php (theme of carnet.example.org)
