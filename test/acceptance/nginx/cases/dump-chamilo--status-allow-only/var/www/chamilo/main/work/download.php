<?php
// Chamilo 1.11: main/work/download.php
